#include "normalise/block_kinds.h"

#include <optional>
#include <unordered_map>

#include "normalise/markup.h"

namespace findings {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The number a footnote's text opens with ("3 Ministry …", "12\tThe …"), if it does.
std::optional<int> FootnoteNumber(std::string_view block) {
  std::size_t digits = 0;
  while (digits < block.size() && digits < 3 && IsDigit(block[digits])) ++digits;
  if (digits == 0 || digits > 2 || digits + 1 >= block.size()) return std::nullopt;
  if (block[digits] != ' ' && block[digits] != '\t') return std::nullopt;
  const char first = block[digits + 1];
  if (!(first >= 'A' && first <= 'Z') && first != '\'' && first != '"') return std::nullopt;
  if (block.find('\t', digits + 1) != std::string_view::npos) return std::nullopt;  // a row
  return std::stoi(std::string(block.substr(0, digits)));
}

// Where each footnote number is first cited ("[^3]"), as a byte offset.
std::unordered_map<int, std::size_t> FirstCitations(std::string_view text) {
  std::unordered_map<int, std::size_t> first;
  for (std::size_t at = text.find("[^"); at != std::string_view::npos;
       at = text.find("[^", at + 2)) {
    std::size_t end = at + 2;
    while (end < text.size() && end < at + 6 && IsDigit(text[end])) ++end;
    if (end == at + 2 || end >= text.size() || text[end] != ']') continue;
    first.emplace(std::stoi(std::string(text.substr(at + 2, end - at - 2))), at);
  }
  return first;
}

}  // namespace

bool IsNumberedItem(std::string_view block) {
  const std::size_t tab = block.find('\t');
  return tab != std::string_view::npos && !IsTableRow(block) && tab + 1 < block.size();
}

void ClassifyBlocks(Document& doc) {
  const std::unordered_map<int, std::size_t> cited = FirstCitations(doc.text);
  for (std::size_t i = 0; i < doc.lines.size(); ++i) {
    Line& line = doc.lines[i];
    if (line.kind != BlockKind::kParagraph) continue;
    const std::string_view block = doc.line_text(i);
    const std::optional<int> number = FootnoteNumber(block);
    const auto citation = number ? cited.find(*number) : cited.end();
    if (citation != cited.end() && citation->second < line.start) line.kind = BlockKind::kFootnote;
    else if (IsTableRow(block)) line.kind = BlockKind::kTableRow;
    else if (StartsWithListMark(block) || IsNumberedItem(block)) line.kind = BlockKind::kListItem;
  }
}

}  // namespace findings

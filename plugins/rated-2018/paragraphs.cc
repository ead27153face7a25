#include "paragraphs.h"

#include <cctype>

#include "findings/document.h"

namespace findings::rated2018 {

namespace {

constexpr std::size_t kMaxFootnoteGap = 12;  // footnote lines a page break may put between

bool IsBoundary(const std::string& text, std::size_t i) {
  if (text[i] != '.' && text[i] != '!' && text[i] != '?') return false;
  std::size_t j = i + 1;
  while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
  if (j < text.size() && text[j] == '[') return false;  // a footnote marker follows
  if (j >= text.size() || text[j] != ' ') return j >= text.size();
  const char next = j + 1 < text.size() ? text[j + 1] : 'A';
  return std::isupper(static_cast<unsigned char>(next)) || next == '"' || next == '\'' ||
         next == '(' || std::isdigit(static_cast<unsigned char>(next));
}

}  // namespace

std::size_t Paragraph::DocOffset(std::size_t pos) const {
  const Piece* piece = &pieces.front();
  for (const Piece& p : pieces)
    if (p.text <= pos) piece = &p;
  return piece->doc + (pos - piece->text);
}

std::pair<std::size_t, std::size_t> Paragraph::SentenceAround(std::size_t pos) const {
  if (text.find('\t') != std::string::npos) return {0, text.size()};
  std::size_t start = 0;
  for (std::size_t i = 0; i < pos && i < text.size(); ++i)
    if (IsBoundary(text, i)) start = i + 1;
  std::size_t end = text.size();
  for (std::size_t i = pos; i < text.size(); ++i)
    if (IsBoundary(text, i)) {
      end = i + 1;
      break;
    }
  while (start < end && text[start] == ' ') ++start;
  return {start, end};
}

Paragraph ParagraphAt(const Context& ctx, std::size_t first, std::size_t end,
                      std::vector<bool>* used) {
  Paragraph p;
  std::size_t i = first;
  while (true) {
    (*used)[i] = true;
    if (!p.text.empty()) p.text += ' ';
    p.pieces.push_back({p.text.size(), ctx.doc.lines[i].start});
    p.text += std::string(ctx.line(i));
    p.lines.push_back(i);
    std::size_t j = i + 1;
    while (j < end && j < i + 1 + kMaxFootnoteGap && ctx.IsFootnoteLine(j)) ++j;
    if (j >= end || (*used)[j] || !ContinuesAcrossBreak(ctx.line(i), ctx.line(j))) break;
    i = j;
  }
  return p;
}

}  // namespace findings::rated2018

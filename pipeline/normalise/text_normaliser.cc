#include "normalise/text_normaliser.h"

#include <algorithm>

#include "normalise/block_kinds.h"
#include "normalise/characters.h"
#include "normalise/footnotes.h"
#include "normalise/markup.h"
#include "normalise/plain_prefix.h"

namespace findings {
namespace {

// Spaces collapsed and trimmed inside each '\t'-separated cell; empty cells dropped,
// so a table row is its cells joined by single tabs.
std::string CollapseWhitespace(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  std::size_t cell_start = 0;
  while (cell_start <= line.size()) {
    std::size_t tab = line.find('\t', cell_start);
    if (tab == std::string_view::npos) tab = line.size();
    std::string_view cell = line.substr(cell_start, tab - cell_start);
    cell_start = tab + 1;
    while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
    while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
    if (cell.empty()) continue;  // an empty cell is dropped
    if (!out.empty()) out += '\t';
    // Copied in runs that each end with the first space of a run of spaces.
    std::size_t from = 0;
    for (std::size_t i = 0; i + 1 < cell.size(); ++i) {
      if (cell[i] != ' ' || cell[i + 1] != ' ') continue;
      out.append(cell.substr(from, i + 1 - from));
      while (cell[i + 1] == ' ') ++i;  // the cell does not end with a space
      from = i + 1;
    }
    out.append(cell.substr(from));
  }
  return out;
}

// Where the line starting at `from` ends: the next '\r', '\n' or '\f', or the end.
// (One memchr per line end character; find_first_of calls memchr once per character.)
std::size_t LineEnd(std::string_view text, std::size_t from) {
  std::size_t end = text.size();
  for (char line_end : {'\n', '\r', '\f'}) {
    end = std::min(end, text.substr(0, end).find(line_end, from));
  }
  return end;
}

// A plain line (see plain_prefix.h) that NormaliseLine would give back unchanged:
// nothing to trim, and no heading or list mark to rewrite.
bool IsAlreadyNormalised(std::string_view plain_line, const NormaliseOptions& options) {
  if (plain_line.empty() || IsBlank(plain_line.front()) || IsBlank(plain_line.back()))
    return false;
  return !options.strip_markup || !HasLineMark(plain_line);
}

void AppendLine(std::string_view line, BlockKind kind, Document& doc) {
  if (!doc.lines.empty()) doc.text += '\n';
  Line span;
  span.start = doc.text.size();
  doc.text += line;
  span.end = doc.text.size();
  span.kind = kind;
  doc.lines.push_back(span);
}

// NormaliseLine, and what the line's marks showed it to be: a footnote whose number is
// set raised at its start (as a PDF's layout writes one), a markdown heading; else
// kParagraph, left to ClassifyBlocks.
std::string NormaliseBlock(std::string_view line, const NormaliseOptions& options,
                           BlockKind* kind) {
  *kind = BlockKind::kParagraph;
  std::string text = NormaliseCharacters(line);
  if (options.strip_markup) {
    const bool heading = HasHeadingMark(text);
    bool had_entity = text.find('&') != std::string::npos;
    text = StripMarkup(text);
    // Entities may have brought back characters the first pass would have mapped.
    if (had_entity) text = NormaliseCharacters(text);
    if (heading && !StartsWithListMark(text)) *kind = BlockKind::kHeading;
  }
  bool opens_footnote = false;
  std::string out = CollapseWhitespace(MarkFootnotes(text, &opens_footnote));
  if (opens_footnote) *kind = BlockKind::kFootnote;
  return out;
}

}  // namespace

std::string NormaliseLine(std::string_view line, const NormaliseOptions& options) {
  BlockKind kind;
  return NormaliseBlock(line, options, &kind);
}

Document NormaliseText(std::string_view utf8, const NormaliseOptions& options) {
  Document doc;
  doc.text.reserve(utf8.size());
  const bool paged = utf8.find('\f') != std::string_view::npos;
  if (paged) doc.page_starts.push_back(0);
  std::string stops(kFootnoteAsciiStarts);
  if (options.strip_markup) stops += kInlineMarkupStarts;
  std::size_t i = 0;
  std::size_t input_line = 0;
  // What the layout read the line as, or kParagraph: left to the line's form.
  auto given = [&]() {
    const std::vector<BlockKind>* kinds = options.line_kinds;
    return kinds && input_line < kinds->size() ? (*kinds)[input_line] : BlockKind::kParagraph;
  };
  while (i < utf8.size()) {
    const std::string_view rest = utf8.substr(i);
    const std::size_t plain = PlainPrefixLength(rest, stops);
    const std::size_t end = LineEnd(utf8, i + plain);
    const std::string_view line = rest.substr(0, end - i);
    if (line.size() == plain && IsAlreadyNormalised(line, options)) {
      AppendLine(line, given(), doc);
    } else if (!line.empty()) {
      BlockKind kind;
      const std::string normalised = NormaliseBlock(line, options, &kind);
      if (kind == BlockKind::kParagraph) kind = given();
      if (!normalised.empty()) AppendLine(normalised, kind, doc);
    }
    if (end >= utf8.size() || utf8[end] != '\r')
      ++input_line;  // the layout ends lines with \n and \f only
    if (end >= utf8.size()) break;
    // A page begins where its first line will be written: after the next '\n'.
    // A form feed that ends the text does not open an empty last page.
    if (utf8[end] == '\f' && end + 1 < utf8.size()) {
      doc.page_starts.push_back(doc.lines.empty() ? 0 : doc.text.size() + 1);
    }
    i = end + (utf8.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  ClassifyBlocks(doc);
  return doc;
}

}  // namespace findings

#include "normalise/text_normaliser.h"

#include <algorithm>

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
    const std::size_t out_before = out.size();
    if (!out.empty()) out += '\t';
    const std::size_t cell_begin = out.size();
    const std::string_view cell = line.substr(cell_start, tab - cell_start);
    // The cell's words (runs of non-spaces) joined by single spaces.
    for (std::size_t word = 0;;) {
      while (word < cell.size() && cell[word] == ' ') ++word;
      if (word == cell.size()) break;
      std::size_t word_end = word;
      while (word_end < cell.size() && cell[word_end] != ' ') ++word_end;
      if (out.size() > cell_begin) out += ' ';
      out.append(cell.substr(word, word_end - word));
      word = word_end;
    }
    if (out.size() == cell_begin) out.resize(out_before);  // an empty cell is dropped
    cell_start = tab + 1;
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

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// A plain line (see plain_prefix.h) that NormaliseLine would give back unchanged:
// nothing to trim, and no heading or list mark to rewrite.
bool IsAlreadyNormalised(std::string_view plain_line, const NormaliseOptions& options) {
  if (plain_line.empty() || IsBlank(plain_line.front()) || IsBlank(plain_line.back()))
    return false;
  return !options.strip_markup || !HasLineMark(plain_line);
}

void AppendLine(std::string_view line, Document& doc) {
  if (!doc.lines.empty()) doc.text += '\n';
  Line span;
  span.start = doc.text.size();
  doc.text += line;
  span.end = doc.text.size();
  doc.lines.push_back(span);
}

}  // namespace

std::string NormaliseLine(std::string_view line, const NormaliseOptions& options) {
  std::string text = NormaliseCharacters(line);
  if (options.strip_markup) {
    bool had_entity = text.find('&') != std::string::npos;
    text = StripMarkup(text);
    // Entities may have brought back characters the first pass would have mapped.
    if (had_entity) text = NormaliseCharacters(text);
  }
  return CollapseWhitespace(MarkFootnotes(text));
}

Document NormaliseText(std::string_view utf8, const NormaliseOptions& options) {
  Document doc;
  doc.text.reserve(utf8.size());
  const bool paged = utf8.find('\f') != std::string_view::npos;
  if (paged) doc.page_starts.push_back(0);
  std::string stops(kFootnoteAsciiStarts);
  if (options.strip_markup) stops += kInlineMarkupStarts;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const std::string_view rest = utf8.substr(i);
    const std::size_t plain = PlainPrefixLength(rest, stops);
    const std::size_t end = LineEnd(utf8, i + plain);
    const std::string_view line = rest.substr(0, end - i);
    if (line.size() == plain && IsAlreadyNormalised(line, options)) {
      AppendLine(line, doc);
    } else if (!line.empty()) {
      const std::string normalised = NormaliseLine(line, options);
      if (!normalised.empty()) AppendLine(normalised, doc);
    }
    if (end >= utf8.size()) break;
    // A page begins where its first line will be written: after the next '\n'.
    // A form feed that ends the text does not open an empty last page.
    if (utf8[end] == '\f' && end + 1 < utf8.size()) {
      doc.page_starts.push_back(doc.lines.empty() ? 0 : doc.text.size() + 1);
    }
    i = end + (utf8.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  return doc;
}

}  // namespace findings

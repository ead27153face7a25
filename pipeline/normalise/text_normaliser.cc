#include "normalise/text_normaliser.h"

#include "normalise/characters.h"
#include "normalise/footnotes.h"
#include "normalise/markup.h"

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
    for (char c : line.substr(cell_start, tab - cell_start)) {
      if (c == ' ' && (out.size() == cell_begin || out.back() == ' ')) continue;
      out += c;
    }
    if (out.size() > cell_begin && out.back() == ' ') out.pop_back();
    if (out.size() == cell_begin) out.resize(out_before);  // an empty cell is dropped
    cell_start = tab + 1;
  }
  return out;
}

// Where the line starting at `from` ends: the next '\r', '\n' or '\f', or the end.
// (A loop, not find_first_of: that calls memchr once per character.)
std::size_t LineEnd(std::string_view text, std::size_t from) {
  std::size_t i = from;
  while (i < text.size() && text[i] != '\n' && text[i] != '\r' && text[i] != '\f') ++i;
  return i;
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
  std::size_t i = 0;
  while (i < utf8.size()) {
    std::size_t end = LineEnd(utf8, i);
    std::string line = NormaliseLine(utf8.substr(i, end - i), options);
    if (!line.empty()) {
      if (!doc.lines.empty()) doc.text += '\n';
      Line span;
      span.start = doc.text.size();
      doc.text += line;
      span.end = doc.text.size();
      doc.lines.push_back(span);
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

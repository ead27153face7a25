#include "extractors.h"
#include "text_util.h"

#include <algorithm>

namespace findings::qi2016 {

std::string_view ReportView::text(std::size_t i) const {
  const std::string_view whole = outline.text[i];
  return whole.substr(std::min(info(i).heading_prefix, whole.size()));
}

Provenance ReportView::provenance(std::size_t first_line, std::size_t last_line) const {
  return ProvenanceOf(doc, doc.lines[first_line].start, doc.lines[last_line].end);
}

std::string ReportView::paragraph(std::size_t i, std::size_t* last) const {
  std::string out(text(i));
  std::size_t j = i;
  for (std::size_t next = j + 1; next < size(); ++next) {
    if (info(next).kind == OutlineKind::kFootnote) continue;  // a footnote the layout put here
    if (!info(next).continues_previous) break;
    out += ' ';
    out += text(next);
    j = next;
  }
  if (last) *last = j;
  return out;
}

ProviderCode ProviderNamedIn(const GrammarView& grammar, const std::string& text) {
  const bool crc = grammar.Matches("mentions_crc", text);
  const bool nps = grammar.Matches("mentions_nps", text);
  if (crc == nps) return std::nullopt;
  return std::string(crc ? "CRC" : "NPS");
}

}  // namespace findings::qi2016

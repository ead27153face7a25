#include "ingest/pdf_layout.h"

#include <algorithm>

namespace findings {
namespace {

std::vector<std::vector<const PdfWord*>> GroupLines(const PdfPage& page) {
  std::vector<const PdfWord*> words;
  for (const PdfWord& w : page.words) words.push_back(&w);
  std::stable_sort(words.begin(), words.end(), [](const PdfWord* a, const PdfWord* b) {
    return a->bottom < b->bottom;
  });
  std::vector<std::vector<const PdfWord*>> lines;
  for (const PdfWord* w : words) {
    if (!lines.empty()) {
      const PdfWord* last = lines.back().front();
      if (w->bottom - last->bottom < 0.5 * std::max(1.0, last->height())) {
        lines.back().push_back(w);
        continue;
      }
    }
    lines.push_back({w});
  }
  for (auto& line : lines) {
    std::stable_sort(line.begin(), line.end(),
                     [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
  }
  return lines;
}

}  // namespace

std::string LayOutPages(const std::vector<PdfPage>& pages) {
  std::string out;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (p > 0) out += '\f';
    for (const auto& line : GroupLines(pages[p])) {
      for (std::size_t i = 0; i < line.size(); ++i) {
        if (i > 0) out += ' ';
        out += line[i]->text;
      }
      out += '\n';
    }
  }
  return out;
}

}  // namespace findings

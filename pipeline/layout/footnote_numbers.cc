#include "layout/footnote_numbers.h"

#include <algorithm>
#include <set>
#include <string>

#include "layout/by_bottom.h"
#include "layout/pieces.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

bool SameBaseline(const PdfWord& a, const PdfWord& b) {
  return Similar(a.bottom, b.bottom, 0.2 * std::max(a.height(), b.height()));
}

// The word just after `w` on its baseline, if any, and whether any word stands before it.
struct Neighbours {
  const PdfWord* next = nullptr;
  bool first = true;
};

Neighbours NeighboursOf(const ByBottom& page, const PdfWord& w) {
  Neighbours n;
  const double slack = 0.2 * page.tallest();
  page.Between(w.bottom - slack, w.bottom + slack, [&](const PdfWord& other) {
    if (&other == &w || !SameBaseline(other, w)) return;
    if (other.right <= w.left) n.first = false;
    if (other.left >= w.right && (!n.next || other.left < n.next->left)) n.next = &other;
  });
  return n;
}

// A reference raised in the text: digits in type smaller than the words beside them,
// standing above their baseline.
bool IsRaisedReference(const ByBottom& page, const PdfWord& w) {
  if (!AllDigits(w.text) || w.font_size <= 0) return false;
  bool raised = false;
  page.Between(w.bottom, w.bottom + page.tallest(), [&](const PdfWord& other) {
    const bool beside = Similar(other.right, w.left, w.height()) || Similar(w.right, other.left, w.height());
    raised = raised || (&other != &w && beside && w.font_size < 0.8 * other.font_size &&
                        w.bottom < other.bottom && w.bottom > other.top);
  });
  return raised;
}

}  // namespace

std::vector<PdfWord> RaiseFootnoteNumbers(std::vector<PdfWord> words) {
  const double body_font = MedianFontSize(words);
  if (body_font <= 0) return words;
  const ByBottom page(words);
  std::vector<bool> raised(words.size());
  std::set<std::string> references;
  for (std::size_t i = 0; i < words.size(); ++i) {
    raised[i] = IsRaisedReference(page, words[i]);
    if (raised[i]) references.insert(words[i].text);
  }
  if (references.empty()) return words;
  std::vector<std::size_t> numbers;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    if (raised[i] || !AllDigits(w.text) || references.count(w.text) == 0 || w.font_size >= 0.95 * body_font) {
      continue;
    }
    // The footnote's text follows on the number's baseline, in the number's type.
    const Neighbours n = NeighboursOf(page, w);
    if (n.first && n.next && !HasDigit(n.next->text) && Similar(n.next->font_size, w.font_size, 0.1 * w.font_size)) {
      numbers.push_back(i);
    }
  }
  for (std::size_t i : numbers) {
    words[i].text = SuperscriptDigits(words[i].text);
    words[i].space_after = true;
  }
  return words;
}

}  // namespace findings

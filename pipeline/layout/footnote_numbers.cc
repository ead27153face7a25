#include "layout/footnote_numbers.h"

#include <set>
#include <string>

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

Neighbours NeighboursOf(const std::vector<PdfWord>& words, const PdfWord& w) {
  Neighbours n;
  for (const PdfWord& other : words) {
    if (&other == &w || !SameBaseline(other, w)) continue;
    if (other.right <= w.left) n.first = false;
    if (other.left >= w.right && (!n.next || other.left < n.next->left)) n.next = &other;
  }
  return n;
}

// A reference raised in the text: digits in type smaller than the words beside them,
// standing above their baseline.
bool IsRaisedReference(const std::vector<PdfWord>& words, const PdfWord& w) {
  if (!AllDigits(w.text) || w.font_size <= 0) return false;
  for (const PdfWord& other : words) {
    const bool beside = Similar(other.right, w.left, w.height()) || Similar(w.right, other.left, w.height());
    if (&other != &w && beside && w.font_size < 0.8 * other.font_size && w.bottom < other.bottom &&
        w.bottom > other.top) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<PdfWord> RaiseFootnoteNumbers(std::vector<PdfWord> words) {
  const double body_font = MedianFontSize(words);
  if (body_font <= 0) return words;
  std::set<std::string> references;
  for (const PdfWord& w : words) {
    if (IsRaisedReference(words, w)) references.insert(w.text);
  }
  if (references.empty()) return words;
  std::vector<std::size_t> numbers;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    if (!AllDigits(w.text) || references.count(w.text) == 0 || w.font_size >= 0.95 * body_font ||
        IsRaisedReference(words, w)) {
      continue;
    }
    // The footnote's text follows on the number's baseline, in the number's type.
    const Neighbours n = NeighboursOf(words, w);
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

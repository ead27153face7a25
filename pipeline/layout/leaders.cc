#include "layout/leaders.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "layout/word_measures.h"

namespace findings {
namespace {

// A leader is three stops at least: fewer is an ellipsis's or a sentence's end.
constexpr std::size_t kMinStops = 3;
// Stops a leader sets stand at one pitch to within this share of an em (a grid of
// the page: TeX's \leaders box, as wide as a stop and its space, even the first stop
// however close it comes to the title).
constexpr double kEvenPitchInEms = 0.05;
// Baselines closer than this share of an em are one line's.
constexpr double kOneBaselineInEms = 0.1;

double Em(const PdfWord& w) { return w.font_size > 0 ? w.font_size : 0.8 * w.height(); }

bool IsStop(const PdfWord& w) { return w.text == "."; }

bool OnBaseline(const PdfWord& a, const PdfWord& b) {
  return std::abs(a.bottom - b.bottom) < kOneBaselineInEms * std::max(Em(a), Em(b));
}

// The end of the run of stops from words[first] (one past its last), each on its
// baseline one pitch from the one before; `first` itself where none starts there.
std::size_t RunOfStops(const std::vector<PdfWord>& words, std::size_t first) {
  if (first + 1 >= words.size() || !IsStop(words[first]) || !IsStop(words[first + 1])) return first;
  const double em = Em(words[first]);
  const double pitch = words[first + 1].left - words[first].left;
  if (words[first + 1].left <= words[first].right || pitch >= em) return first;
  std::size_t end = first + 1;
  while (end < words.size() && IsStop(words[end]) && OnBaseline(words[first], words[end]) &&
         std::abs(words[end].left - words[end - 1].left - pitch) <= kEvenPitchInEms * em)
    ++end;
  return end;
}

// Whether the next word right of `last` on its baseline, wherever Poppler put it in
// its order, is a number: the page number a leader leads to.
bool LeadsToANumber(const std::vector<PdfWord>& words, const PdfWord& last) {
  const PdfWord* next = nullptr;
  for (const PdfWord& w : words) {
    if (w.left < last.right || !OnBaseline(w, last) || IsStop(w)) continue;
    if (!next || w.left < next->left) next = &w;
  }
  return next && AllDigits(next->text);
}

// A leader's first stop set so close to the title that it was joined to the title's
// last word ("context."): the stop one pitch before the run's second, its box the end
// of `title`'s, is taken off it.
void DropJoinedStop(PdfWord& title, const PdfWord& first, const PdfWord& second) {
  const double pitch = second.left - first.left;
  const double stop_left = first.left - pitch;
  const double tolerance = kEvenPitchInEms * Em(first);
  if (title.text.size() < 2 || title.text.back() != '.' || !OnBaseline(title, first) ||
      std::abs(title.right - (stop_left + first.right - first.left)) > tolerance)
    return;
  title.text.pop_back();
  title.right = stop_left;
}

}  // namespace

std::vector<PdfWord> WithoutLeaders(const std::vector<PdfWord>& words) {
  std::vector<PdfWord> out;
  out.reserve(words.size());
  for (std::size_t i = 0; i < words.size();) {
    const std::size_t end = RunOfStops(words, i);
    if (end - i >= kMinStops && LeadsToANumber(words, words[end - 1])) {
      if (!out.empty()) {
        DropJoinedStop(out.back(), words[i], words[i + 1]);
        out.back().space_after = true;
      }
      i = end;
      continue;
    }
    out.push_back(words[i]);
    ++i;
  }
  return out;
}

}  // namespace findings

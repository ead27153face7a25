#include "layout/stacked_figures.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "layout/word_measures.h"

namespace findings {
namespace {

// A fragment of a figure in a narrow cell is a few characters at most: no wider than
// twice its line's height (three digits are about one and a half).
constexpr double kNarrowInHeights = 2.0;
// Closer than this on its own baseline, a word is the fragment's neighbour in its cell
// (a word space is about a fifth of the height).
constexpr double kNeighbourInHeights = 0.3;
// Baselines closer than this are one line's.
constexpr double kSameBaselineInHeights = 0.3;
// A cell sets its lines flush to one side or centred: a fragment stands over the line
// under it with one edge, or its centre, this close (in text heights; a digit is about
// half the height wide).
constexpr double kAlignedInHeights = 0.25;

bool EndsFigure(const std::string& text) {
  return !text.empty() && text.back() == '%' &&
         (text.size() == 1 || AllDigits(std::string_view(text).substr(0, text.size() - 1)));
}

bool Narrow(const PdfWord& w) { return w.right - w.left <= kNarrowInHeights * w.height(); }

bool SameSize(const PdfWord& a, const PdfWord& b) {
  return std::abs(a.height() - b.height()) < 0.05 * std::max(a.height(), b.height());
}

// No other word on `w`'s baseline within a word space or two of it.
bool Lone(const std::vector<PdfWord>& words, std::size_t i) {
  const PdfWord& w = words[i];
  const double reach = kNeighbourInHeights * w.height();
  for (std::size_t j = 0; j < words.size(); ++j) {
    const PdfWord& o = words[j];
    if (j == i || std::abs(o.bottom - w.bottom) > kSameBaselineInHeights * w.height()) continue;
    if (o.left < w.right + reach && o.right > w.left - reach) return false;
  }
  return true;
}

// `upper` is the line of the cell before `lower`'s: set over it at the line pitch.
bool SetOver(const PdfWord& upper, const PdfWord& lower) {
  const double pitch = lower.bottom - upper.bottom;
  const double aligned = kAlignedInHeights * lower.height();
  const bool flush = std::abs(upper.left - lower.left) <= aligned ||
                     std::abs(upper.right - lower.right) <= aligned ||
                     std::abs(upper.left + upper.right - lower.left - lower.right) <= 2 * aligned;
  return SameSize(upper, lower) && pitch > kMinCellPitchInHeights * lower.height() &&
         pitch < kMaxCellPitchInHeights * lower.height() && upper.left < lower.right &&
         lower.left < upper.right && flush;
}

// The lone narrow digits set over `words[lower]`, if any (words.size() for none).
std::size_t FragmentOver(const std::vector<PdfWord>& words, std::size_t lower,
                         const std::vector<bool>& taken) {
  for (std::size_t j = 0; j < words.size(); ++j) {
    if (taken[j] || !AllDigits(words[j].text) || !Narrow(words[j]) ||
        !SetOver(words[j], words[lower]))
      continue;
    if (Lone(words, j)) return j;
  }
  return words.size();
}

}  // namespace

std::vector<PdfWord> JoinStackedFigures(const std::vector<PdfWord>& words) {
  std::vector<PdfWord> joined = words;
  std::vector<bool> taken(words.size(), false);    // a fragment of a figure found
  std::vector<bool> dropped(words.size(), false);  // a fragment joined to the one above
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (taken[i] || !EndsFigure(words[i].text) || !Narrow(words[i]) || !Lone(words, i)) continue;
    std::size_t top = i;
    std::string text = words[i].text;
    double left = words[i].left, right = words[i].right;
    for (std::size_t up = FragmentOver(words, i, taken); up < words.size();
         up = FragmentOver(words, up, taken)) {
      taken[up] = true;
      dropped[top] = true;
      top = up;
      text = words[up].text + text;
      left = std::min(left, words[up].left);
      right = std::max(right, words[up].right);
    }
    if (top == i) continue;
    joined[top].text = text;
    joined[top].left = left;
    joined[top].right = right;
  }
  std::vector<PdfWord> out;
  out.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i)
    if (!dropped[i]) out.push_back(joined[i]);
  return out;
}

}  // namespace findings

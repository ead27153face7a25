// A page's words by their bottom edge: the words on or near a line found by a look-up,
// not a scan of the page.
#ifndef FINDINGS_LAYOUT_BY_BOTTOM_H_
#define FINDINGS_LAYOUT_BY_BOTTOM_H_

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

#include "layout/words.h"

namespace findings {

// The page's words by their bottom edge, to look up the words of a line or two.
class ByBottom {
 public:
  explicit ByBottom(const std::vector<PdfWord>& words) : words_(words) {
    order_.resize(words.size());
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    std::sort(order_.begin(), order_.end(),
              [&](std::size_t a, std::size_t b) { return words[a].bottom < words[b].bottom; });
    for (const PdfWord& w : words) tallest_ = std::max(tallest_, w.height());
  }
  // Calls visit(word) for each word whose bottom lies in [from, to].
  template <typename Visit>
  void Between(double from, double to, Visit visit) const {
    auto it = std::lower_bound(order_.begin(), order_.end(), from,
                               [&](std::size_t i, double y) { return words_[i].bottom < y; });
    for (; it != order_.end() && words_[*it].bottom <= to; ++it) visit(words_[*it]);
  }
  double tallest() const { return tallest_; }

 private:
  const std::vector<PdfWord>& words_;
  std::vector<std::size_t> order_;
  double tallest_ = 0;
};

}  // namespace findings

#endif  // FINDINGS_LAYOUT_BY_BOTTOM_H_

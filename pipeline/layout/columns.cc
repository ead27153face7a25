#include "layout/columns.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace findings {
namespace {

// A two-column page: an empty vertical strip near the middle, with a justified left
// column ending at it (many words end at the same x) and the right column's words
// starting at one x after it. Returns the strip's x, or a negative number.
double FindGutter(const std::vector<PdfWord>& words, double page_width) {
  if (words.size() < 40) return -1;
  const int from = static_cast<int>(0.3 * page_width), to = static_cast<int>(0.7 * page_width);
  std::vector<int> coverage(static_cast<std::size_t>(to - from), 0);
  for (const PdfWord& w : words) {
    for (int x = std::max(from, static_cast<int>(w.left)); x < std::min(to, static_cast<int>(w.right) + 1); ++x)
      ++coverage[static_cast<std::size_t>(x - from)];
  }
  auto best = std::min_element(coverage.begin(), coverage.end());
  if (*best > static_cast<int>(words.size() / 100)) return -1;
  const double gutter = from + (best - coverage.begin());
  std::map<int, int> left_ends, right_starts;
  for (const PdfWord& w : words) {
    if (w.right <= gutter && gutter - w.right < 30) ++left_ends[static_cast<int>(std::lround(w.right))];
    if (w.left >= gutter && w.left - gutter < 30) ++right_starts[static_cast<int>(std::lround(w.left))];
  }
  auto most = [](const std::map<int, int>& m) {
    int n = 0;
    for (const auto& [x, count] : m) n = std::max(n, count);
    return n;
  };
  return most(left_ends) >= 8 && most(right_starts) >= 8 ? gutter : -1;
}

void AddColumns(std::vector<PdfWord> words, double gutter, std::vector<Region>& regions) {
  std::vector<PdfWord> left, right;
  for (PdfWord& w : words) ((w.left + w.right) / 2 < gutter ? left : right).push_back(std::move(w));
  regions.push_back(Region{BuildLines(left), Region::kColumn, 0});
  regions.push_back(Region{BuildLines(right), Region::kColumn, 1});
}

using Band = std::pair<double, double>;  // top, bottom

// Two words of one line with no more than a word space between them.
bool Adjacent(const PdfWord& a, const PdfWord& b) {
  const double height = std::max(a.height(), b.height());
  const double centre_a = (a.top + a.bottom) / 2, centre_b = (b.top + b.bottom) / 2;
  return std::abs(centre_a - centre_b) < 0.3 * height && b.left - a.right < 0.5 * height;
}

// The vertical ranges of lines that run across the gutter (a full-width title whose
// word gap happens to fall on it: a word on it, or a word space across it; the two
// columns' lines are further apart than a space), top to bottom, overlaps merged.
std::vector<Band> FullWidthBands(const std::vector<PdfWord>& words, double gutter) {
  std::vector<Band> bands;
  std::vector<const PdfWord*> before, after;  // words ending / starting near the gutter
  for (const PdfWord& w : words) {
    if (w.left < gutter && w.right > gutter) bands.emplace_back(w.top, w.bottom);
    else if (w.right <= gutter && gutter - w.right < 30) before.push_back(&w);
    else if (w.left >= gutter && w.left - gutter < 30) after.push_back(&w);
  }
  for (const PdfWord* a : before) {
    for (const PdfWord* b : after) {
      if (Adjacent(*a, *b)) bands.emplace_back(std::min(a->top, b->top), std::max(a->bottom, b->bottom));
    }
  }
  std::sort(bands.begin(), bands.end());
  std::vector<Band> merged;
  for (const Band& band : bands) {
    if (!merged.empty() && band.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, band.second);
    } else {
      merged.push_back(band);
    }
  }
  return merged;
}

// Which slot a word falls in: 2k for the columns above band k, 2k+1 for band k.
std::size_t SlotOf(const PdfWord& w, const std::vector<Band>& bands) {
  const double centre = (w.top + w.bottom) / 2;
  std::size_t k = 0;
  while (k < bands.size() && centre > bands[k].second) ++k;
  return k < bands.size() && centre >= bands[k].first ? 2 * k + 1 : 2 * k;
}

}  // namespace

std::vector<Region> PageRegions(const PdfPage& page, std::vector<PdfWord> words) {
  std::vector<Region> regions;
  const double gutter = FindGutter(words, page.width);
  if (gutter < 0) {
    regions.push_back(Region{BuildLines(words), Region::kWhole, 0});
    return regions;
  }
  const std::vector<Band> bands = FullWidthBands(words, gutter);
  std::vector<std::vector<PdfWord>> slots(2 * bands.size() + 1);
  for (PdfWord& w : words) slots[SlotOf(w, bands)].push_back(std::move(w));
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (slots[i].empty()) continue;
    if (i % 2 == 1) regions.push_back(Region{BuildLines(slots[i]), Region::kWhole, 0});
    else AddColumns(std::move(slots[i]), gutter, regions);
  }
  return regions;
}

}  // namespace findings

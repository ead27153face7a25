#include "layout/clipped_copies.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>
#include <vector>

namespace findings {
namespace {

// Boxes whose bottoms are this close, in their height, stand on one line; a copy's
// words stand this close to the other copy's, across the page.
constexpr double kSameInHeights = 0.1;
// A rule drawn across a line reaches its first and last words' edges; measured this
// far in (points), a pixel a rule's end only half covers is no gap in it.
constexpr double kRuleEndMargin = 1;
// Ink is looked for this far (points) clear of a rule drawn across the line.
constexpr double kClearOfRule = 0.1;
// A band drawn across a line taller than this share of the line's box is shading (a
// table's row, a box), not a rule: the line's ink cannot be told from it, and the
// line counts as seen.
constexpr double kRuleInHeights = 0.25;
// A copy without a row's cell still holds most of its words: half at least, and
// this many (a word or two stand at the same x on any two pages).
constexpr std::size_t kFewestWordsOfAPart = 3;

// One line of a page: its upright words left to right (indices into the page's words)
// and the box round them.
struct Line {
  std::vector<std::size_t> words;
  double bottom = 0;
  PdfBox box;
};

void Extend(PdfBox& box, const PdfWord& w) {
  box.left = std::min(box.left, w.left);
  box.top = std::min(box.top, w.top);
  box.right = std::max(box.right, w.right);
  box.bottom = std::max(box.bottom, w.bottom);
}

std::vector<Line> LinesOf(const PdfPage& page) {
  std::vector<std::size_t> upright;
  for (std::size_t i = 0; i < page.words.size(); ++i)
    if (page.words[i].turn == 0) upright.push_back(i);
  const std::vector<PdfWord>& words = page.words;
  std::sort(upright.begin(), upright.end(), [&](std::size_t a, std::size_t b) {
    return words[a].bottom != words[b].bottom ? words[a].bottom < words[b].bottom
                                              : words[a].left < words[b].left;
  });
  // A running head in smaller type can stand on a copy's baseline: a line is one
  // type's words.
  std::vector<Line> lines;
  for (std::size_t i : upright) {
    const PdfWord& w = words[i];
    const double near = kSameInHeights * w.height();
    auto line = lines.rbegin();
    while (line != lines.rend() && w.bottom - line->bottom <= near &&
           std::abs(line->box.bottom - line->box.top - w.height()) > near)
      ++line;
    if (line == lines.rend() || w.bottom - line->bottom > near) {
      lines.push_back(Line{{}, w.bottom, PdfBox{w.left, w.top, w.right, w.bottom}});
      line = lines.rbegin();
    }
    line->words.push_back(i);
    Extend(line->box, w);
  }
  for (Line& line : lines) {
    std::sort(line.words.begin(), line.words.end(),
              [&](std::size_t a, std::size_t b) { return words[a].left < words[b].left; });
  }
  return lines;
}

bool SameWord(const PdfWord& a, const PdfWord& b) {
  const double near = kSameInHeights * a.height();
  return a.text == b.text && std::abs(a.left - b.left) <= near &&
         std::abs(a.right - b.right) <= near && std::abs(a.height() - b.height()) <= near;
}

// Whether each word of `part` stands in `whole`, in its order.
bool WordsWithin(const PdfPage& page, const std::vector<std::size_t>& part, const PdfPage& other,
                 const std::vector<std::size_t>& whole) {
  std::size_t k = 0;
  for (std::size_t i : part) {
    while (k < whole.size() && !SameWord(page.words[i], other.words[whole[k]])) ++k;
    if (k == whole.size()) return false;
    ++k;
  }
  return true;
}

// `lower` (on a page) and `higher` (on the next) are one line painted twice: the same
// words at the same x, the next page's window onto the document half a page and more
// further down it. One copy may lack a cell of a table row that the painter left out
// of that page (Qt paints only the cells its window shows).
bool Copies(const PdfPage& page, const Line& lower, const PdfPage& next, const Line& higher) {
  if (lower.bottom - higher.bottom < page.height / 2) return false;
  const std::size_t fewer = std::min(lower.words.size(), higher.words.size());
  const std::size_t more = std::max(lower.words.size(), higher.words.size());
  if (fewer < more && (fewer < kFewestWordsOfAPart || 2 * fewer < more)) return false;
  return lower.words.size() <= higher.words.size()
             ? WordsWithin(page, lower.words, next, higher.words)
             : WordsWithin(next, higher.words, page, lower.words);
}

// The line's box but where other words' boxes reach into it, from above or below (a
// running header over a copy painted under it).
PdfBox OwnBox(const PdfPage& page, const Line& line) {
  PdfBox box = line.box;
  for (std::size_t i = 0; i < page.words.size(); ++i) {
    const PdfWord& o = page.words[i];
    if (std::find(line.words.begin(), line.words.end(), i) != line.words.end()) continue;
    if (o.right <= box.left || o.left >= box.right || o.bottom <= box.top || o.top >= box.bottom)
      continue;
    if (o.top + o.bottom < box.top + box.bottom) box.top = std::max(box.top, o.bottom);
    else box.bottom = std::min(box.bottom, o.top);
  }
  return box;
}

bool InkIn(const PdfPage& page, const PdfBox& box) {
  return box.bottom > box.top && page.ink(box).has_value();
}

// Whether the line's own box holds ink but rules drawn right across it. A line set on
// shading counts as seen: its ink cannot be told from the shading's.
bool LeavesInk(const PdfPage& page, const Line& line) {
  const PdfBox own = OwnBox(page, line);
  if (own.bottom <= own.top) return false;
  std::vector<std::pair<double, double>> across;
  if (page.drawn_across && own.right - own.left > 2 * kRuleEndMargin) {
    across = page.drawn_across(
        PdfBox{own.left + kRuleEndMargin, own.top, own.right - kRuleEndMargin, own.bottom});
  }
  double top = own.top;
  for (const auto& [band_top, band_bottom] : across) {
    if (band_bottom - band_top > kRuleInHeights * (line.box.bottom - line.box.top)) return true;
    if (InkIn(page, PdfBox{own.left, top, own.right, band_top - kClearOfRule})) return true;
    top = std::max(top, band_bottom + kClearOfRule);
  }
  return InkIn(page, PdfBox{own.left, top, own.right, own.bottom});
}

void EraseWords(PdfPage& page, std::vector<std::size_t> drop) {
  if (drop.empty()) return;
  std::sort(drop.begin(), drop.end());
  std::vector<PdfWord> kept;
  for (std::size_t i = 0; i < page.words.size(); ++i) {
    if (!std::binary_search(drop.begin(), drop.end(), i)) kept.push_back(std::move(page.words[i]));
  }
  page.words = std::move(kept);
}

// The copies of the lines `page` and `next` share, the one that leaves no ink dropped.
// Each page's copies are looked at together: a page is rendered once for them.
void DropClippedCopies(PdfPage& page, PdfPage& next) {
  const std::vector<Line> lines = LinesOf(page);
  const std::vector<Line> next_lines = LinesOf(next);
  std::vector<std::pair<const Line*, const Line*>> copies;
  for (const Line& lower : lines) {
    for (const Line& higher : next_lines) {
      if (!Copies(page, lower, next, higher)) continue;
      copies.emplace_back(&lower, &higher);
      break;
    }
  }
  std::vector<bool> seen, next_seen;
  for (const auto& [lower, higher] : copies) seen.push_back(LeavesInk(page, *lower));
  for (const auto& [lower, higher] : copies) next_seen.push_back(LeavesInk(next, *higher));
  std::vector<std::size_t> drop, next_drop;
  for (std::size_t k = 0; k < copies.size(); ++k) {
    const std::vector<std::size_t>& lower = copies[k].first->words;
    const std::vector<std::size_t>& higher = copies[k].second->words;
    if (seen[k] && !next_seen[k]) next_drop.insert(next_drop.end(), higher.begin(), higher.end());
    if (!seen[k] && next_seen[k]) drop.insert(drop.end(), lower.begin(), lower.end());
  }
  EraseWords(page, std::move(drop));
  EraseWords(next, std::move(next_drop));
}

}  // namespace

void DropClippedCopies(std::vector<PdfPage>& pages) {
  for (std::size_t p = 0; p + 1 < pages.size(); ++p) {
    if (pages[p].ink && pages[p + 1].ink) DropClippedCopies(pages[p], pages[p + 1]);
  }
}

}  // namespace findings

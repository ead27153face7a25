#include "layout/broken_rows.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "findings/document.h"
#include "layout/lines.h"
#include "layout/pieces.h"
#include "layout/stacked_figures.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

// Baselines closer than this (in text heights) are one line's.
constexpr double kSameBaselineInHeights = 0.3;
// Edges this close (in text heights) stand at one x: a cell starts its lines there.
constexpr double kSameXInHeights = 0.25;

// A line of words: their indices left to right, its baseline and text height.
struct WordLine {
  std::vector<std::size_t> words;
  double bottom = 0, height = 0;
};

// `words` in lines by baseline, top to bottom.
std::vector<WordLine> LinesOf(const std::vector<PdfWord>& words) {
  std::vector<std::size_t> order(words.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return words[a].bottom < words[b].bottom; });
  std::vector<WordLine> lines;
  for (std::size_t i : order) {
    const PdfWord& w = words[i];
    if (lines.empty() ||
        w.bottom - lines.back().bottom > kSameBaselineInHeights * lines.back().height)
      lines.push_back(WordLine{{}, w.bottom, w.height()});
    lines.back().words.push_back(i);
  }
  for (WordLine& line : lines)
    std::sort(line.words.begin(), line.words.end(),
              [&](std::size_t a, std::size_t b) { return words[a].left < words[b].left; });
  return lines;
}

// Whether the words of `line` after its `k`th stand a cell gap or more from it.
bool CellGapAfter(const std::vector<PdfWord>& words, const WordLine& line, std::size_t k) {
  return words[line.words[k + 1]].left - words[line.words[k]].right >
         kCellGapInHeights * line.height;
}

// Whether `line` holds cells: two words a cell gap apart at least.
bool HoldsCells(const std::vector<PdfWord>& words, const WordLine& line) {
  for (std::size_t k = 0; k + 1 < line.words.size(); ++k)
    if (CellGapAfter(words, line, k)) return true;
  return false;
}

// The end of a figure a cell too narrow for it broke onto its next line: "%", or
// digits and "%".
bool FigureEnd(std::string_view text) {
  const std::string_view digits = text.substr(0, text.empty() ? 0 : text.size() - 1);
  return !text.empty() && text.back() == '%' && (digits.empty() || AllDigits(digits));
}

// The cell of the row `foot` whose first word starts at `x`: its words' text, or
// nothing where no cell starts there.
std::string CellStartingAt(const std::vector<PdfWord>& words, const WordLine& foot, double x) {
  for (std::size_t k = 0; k < foot.words.size(); ++k) {
    const bool starts = k == 0 || CellGapAfter(words, foot, k - 1);
    if (!starts || !Similar(words[foot.words[k]].left, x, kSameXInHeights * foot.height)) continue;
    std::string text = words[foot.words[k]].text;
    for (std::size_t j = k + 1; j < foot.words.size() && !CellGapAfter(words, foot, j - 1); ++j)
      text += " " + words[foot.words[j]].text;
    return text;
  }
  return {};
}

// Whether `head`, the first line of the next column, a line of cells, carries the
// cells of the row `foot` on, `dx` further right: each of its words is the end of a figure under
// the figure's digits, or starts text where a cell of words ending open starts, or goes on from the
// word before it in its cell; and one of them at least shows the break, which no row of its own
// starts with: a figure's end, or a word in lower case.
bool RowCarriedOn(const std::vector<PdfWord>& column, const WordLine& foot,
                  const std::vector<PdfWord>& next, const WordLine& head, double dx) {
  if (!HoldsCells(next, head)) return false;
  bool shows_break = false;
  bool in_text = false;  // the word before is text that carries a cell on
  for (std::size_t k = 0; k < head.words.size(); ++k) {
    const PdfWord& w = next[head.words[k]];
    const double left = w.left - dx, right = w.right - dx;
    if (FigureEnd(w.text)) {
      const bool under_digits =
          std::any_of(foot.words.begin(), foot.words.end(), [&](std::size_t f) {
            const PdfWord& digits = column[f];
            return AllDigits(digits.text) && digits.left < right && left < digits.right;
          });
      if (!under_digits) return false;
      shows_break = true;
      in_text = false;
      continue;
    }
    if (in_text && !CellGapAfter(next, head, k - 1)) continue;
    const std::string cell = CellStartingAt(column, foot, left);
    if (!HasLetter(cell) || !EndsOpen(cell) || !HasLetter(w.text)) return false;
    shows_break = shows_break || std::islower(static_cast<unsigned char>(w.text[0])) != 0;
    in_text = true;
  }
  return shows_break;
}

double LeftEdge(const std::vector<PdfWord>& words) {
  double left = words.front().left;
  for (const PdfWord& w : words) left = std::min(left, w.left);
  return left;
}

}  // namespace

void CarryBrokenRowBack(std::vector<PdfWord>& column, std::vector<PdfWord>& next) {
  if (column.empty() || next.empty()) return;
  const std::vector<WordLine> lines = LinesOf(column);
  const std::vector<WordLine> heads = LinesOf(next);
  const WordLine& foot = lines.back();
  // The row's cells stand as far into each column: the columns' edges are as far apart.
  const double dx = LeftEdge(next) - LeftEdge(column);
  if (!RowCarriedOn(column, foot, next, heads.front(), dx)) return;
  // The row's rest: the head's lines, each a cell's line pitch under the one before.
  std::size_t rest = 1;
  while (rest < heads.size()) {
    const double pitch = heads[rest].bottom - heads[rest - 1].bottom;
    const double height = heads[rest - 1].height;
    if (pitch < kMinCellPitchInHeights * height || pitch > kMaxCellPitchInHeights * height) break;
    ++rest;
  }
  const double pitch = rest > 1 ? heads[1].bottom - heads[0].bottom : heads[0].height;
  const double dy = foot.bottom + pitch - heads[0].bottom;
  std::vector<bool> moved(next.size(), false);
  for (std::size_t l = 0; l < rest; ++l) {
    for (std::size_t i : heads[l].words) {
      PdfWord w = next[i];
      w.left -= dx;
      w.right -= dx;
      w.top += dy;
      w.bottom += dy;
      column.push_back(std::move(w));
      moved[i] = true;
    }
  }
  std::vector<PdfWord> kept;
  for (std::size_t i = 0; i < next.size(); ++i)
    if (!moved[i]) kept.push_back(std::move(next[i]));
  next = std::move(kept);
  column = JoinStackedFigures(column);
}

}  // namespace findings

#include "layout/key_figures.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "findings/document.h"
#include "layout/blocks.h"
#include "layout/pieces.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

// Lines whose bottoms are this close (in text heights) stand on one baseline, whatever
// their type's descent.
constexpr double kLevelBaselinesInHeights = 0.3;
// A key fact's figure is at most this many words ("1 in 4").
constexpr std::ptrdiff_t kMostFigureWords = 3;

// Whether `text` ends inside a group of a figure's thousands, a comma and fewer than
// three digits after it ("258,74"): the figure runs on in the digits the next line
// opens with, however a narrow cell broke it ("258,74" / "8").
bool EndsInsideAThousandsGroup(const std::string& text, const std::string& next) {
  const std::size_t comma = text.find_last_of(',');
  if (comma == std::string::npos || next.empty() || !HasDigit(next.substr(0, 1))) return false;
  const std::string group = text.substr(comma + 1);
  return group.size() < 3 && AllDigits(group);
}

// The line whose description the lone key figure of `lines[l]` stands beside
// (FigureBeside finds the figure for it), or `lines.size()` for none.
std::size_t DescribedLine(const std::vector<PdfLine>& lines, std::size_t l) {
  if (lines[l].pieces.size() != 1) return lines.size();
  for (std::size_t m = l > 2 ? l - 2 : 0; m < lines.size() && m <= l + 2; ++m)
    if (m != l && FigureBeside(lines, m) == &lines[l]) return m;
  return lines.size();
}

// The key figure a block is beside `text`, its description's first line: a line, or
// two in the same type where a narrow panel broke the figure ("1 (of" / "21)"; inside
// its digits, "258,74" / "8", with no space).
std::optional<PdfPiece> FigureOf(const Block& block, const PdfPiece& text) {
  if (block.pieces.empty() || block.pieces.size() > 2) return std::nullopt;
  PdfPiece figure = *block.pieces.front();
  for (std::size_t k = 1; k < block.pieces.size(); ++k) {
    if (SizeChanges(figure, *block.pieces[k])) return std::nullopt;
    const std::string& next = block.pieces[k]->text;
    figure.text += (EndsInsideAThousandsGroup(figure.text, next) ? "" : " ") + next;
  }
  if (!IsKeyFigure(figure, text)) return std::nullopt;
  return figure;
}

// A tile's line under its last, this close (in text heights) to the pitch its last two
// lines keep, keeps that pitch. Under a tile's first line, where no pitch is known yet,
// a line as far down as the loosest leading small type is set on (half as much again
// as its height: CSS's line-height 1.5, or the body's leading kept) is the tile's next.
constexpr double kPitchSpreadInHeights = 0.25;
constexpr double kLoosestLeadingInHeights = 1.5;

// The bottom of the highest of a line's pieces. Each tile's lines keep their own
// pitch: a typesetter sets a line down to make room for its raised reference, so one
// tile's line stands lower than the others' level with it.
double HighestBaseline(const PdfLine& line) {
  double bottom = line.bottom;
  for (const PdfPiece& piece : line.pieces) bottom = std::min(bottom, piece.bottom);
  return bottom;
}

// Whether each piece of `next` stands under the nearest of `figures`, not beside it
// (facts side by side, each figure's text at its right).
bool UnderTheirFigures(const std::vector<PdfPiece>& figures, const PdfLine& next) {
  return std::all_of(next.pieces.begin(), next.pieces.end(), [&](const PdfPiece& piece) {
    const PdfPiece* nearest = &figures.front();
    for (const PdfPiece& figure : figures)
      if (std::abs(Middle(figure) - Middle(piece)) < std::abs(Middle(*nearest) - Middle(piece)))
        nearest = &figure;
    return piece.top >= nearest->bottom - 0.3 * piece.height;
  });
}

// Whether `lower`, the line under the figures of `row`, holds more of the row's
// figures, set lower: cells with digits in their type, beside `row`'s (clear of them
// across) and reaching up beside them. Two columns' panels of tiles, each set as its
// descriptions' lengths take it, stand their rows at heights of their own.
bool HoldsFiguresSetLower(const PdfLine& row, const PdfLine& lower) {
  return !row.pieces.empty() && !lower.pieces.empty() && lower.top < row.bottom &&
         std::all_of(lower.pieces.begin(), lower.pieces.end(), [&](const PdfPiece& piece) {
           return IsFigureCell(piece) && !SizeChanges(row.pieces.front(), piece) &&
                  std::none_of(row.pieces.begin(), row.pieces.end(), [&](const PdfPiece& figure) {
                    return piece.left < figure.right && figure.left < piece.right;
                  });
         });
}

// The figures of a row whose first line is `lines[l]`, left to right, with the line
// under it where that holds more of them set lower; `last` is set to the row's last line.
std::vector<PdfPiece> RowFigures(const std::vector<PdfLine>& lines, std::size_t l,
                                 std::size_t& last) {
  std::vector<PdfPiece> figures = lines[l].pieces;
  last = l;
  if (l + 1 < lines.size() && HoldsFiguresSetLower(lines[l], lines[l + 1])) {
    last = l + 1;
    figures.insert(figures.end(), lines[last].pieces.begin(), lines[last].pieces.end());
    std::sort(figures.begin(), figures.end(),
              [](const PdfPiece& a, const PdfPiece& b) { return a.left < b.left; });
  }
  return figures;
}

}  // namespace

bool IsFigureCell(const PdfPiece& piece) {
  return HasDigit(piece.text) &&
         std::count(piece.text.begin(), piece.text.end(), ' ') < kMostFigureWords;
}

bool IsKeyFigure(const PdfPiece& figure, const PdfPiece& text) {
  const bool larger = figure.font_size > 0 && text.font_size > 0
                          ? figure.font_size > kSameTypeRatio * text.font_size
                          : figure.height > 1.6 * text.height;
  return larger && IsFigureCell(figure);
}

const PdfLine* FigureBeside(const std::vector<PdfLine>& lines, std::size_t l) {
  const PdfLine& line = lines[l];
  if (line.pieces.empty()) return nullptr;
  const double level = kLevelBaselinesInHeights * line.height;
  for (std::size_t m = l > 2 ? l - 2 : 0; m < lines.size() && m <= l + 2; ++m) {
    const PdfLine& other = lines[m];
    if (m == l || other.pieces.size() != 1 || other.right > line.left) continue;
    if ((std::abs(other.bottom - line.bottom) <= level ||
         std::abs(other.top - line.top) <= level) &&
        IsKeyFigure(other.pieces.front(), line.pieces.front()))
      return &other;
  }
  return nullptr;
}

bool StartsDescription(const PdfLine* figure, const Block& block) {
  return figure && block.bottom <= figure->top + 0.25 * figure->height &&
         !EndsOpen(block.pieces.back()->text);
}

bool OpensFact(const std::vector<PdfLine>& lines, std::size_t l, const std::vector<Block>& blocks) {
  const std::size_t m = DescribedLine(lines, l);
  if (m == lines.size()) return false;
  const PdfPiece& text = lines[m].pieces.front();
  for (auto it = blocks.rbegin(); it != blocks.rend() && it - blocks.rbegin() < kRecentBlocks;
       ++it) {
    const auto line = std::find(it->pieces.begin(), it->pieces.end(), &text);
    if (line != it->pieces.end()) return line == it->pieces.begin();  // read already
    if (Similar(it->left, text.left, 3) && it->bottom <= text.top)
      return StartsDescription(&lines[l], *it);
  }
  return true;
}

bool CarriesFigureOn(const Block& block, const PdfPiece& piece) {
  const std::string& last = block.pieces.back()->text;
  return std::count(last.begin(), last.end(), '(') > std::count(last.begin(), last.end(), ')') ||
         EndsInsideAThousandsGroup(last, piece.text);
}

std::vector<PdfPiece> KeyFigures(const std::vector<const Block*>& row) {
  std::vector<PdfPiece> figures;
  if (row.size() % 2 != 0) return figures;
  for (std::size_t i = 0; i < row.size(); i += 2) {
    std::optional<PdfPiece> figure = FigureOf(*row[i], *row[i + 1]->pieces.front());
    if (!figure) return {};
    figures.push_back(std::move(*figure));
  }
  return figures;
}

bool Tiles::Take(const std::vector<PdfLine>& lines, std::size_t l, const LineSpacing& spacing) {
  if (!middles_.empty() && l <= row_) return false;  // the figures' own lines
  if (Opens(lines, l)) return false;
  if (middles_.empty()) return false;
  const double half = (middles_.back() - middles_.front()) / (2.0 * (middles_.size() - 1));
  const PdfLine& line = lines[l];
  // The first line may stand apart from the figures (their own space under them).
  const bool apart = l > row_ + 1 && SpacedFromAbove(lines, l, spacing) &&
                     spacing.SetApart(lines[l - 1].bottom, HighestBaseline(line), line.height) &&
                     !KeepsTheirPitch(line);
  const bool under =
      !apart && line.left >= middles_.front() - half &&
      line.right <= std::max(middles_.back() + half, last_left_ + 2 * half) &&
      std::all_of(line.pieces.begin(), line.pieces.end(),
                  [&](const PdfPiece& piece) { return IsKeyFigure(figure_, piece); });
  if (!under) middles_.clear();
  return under;
}

void Tiles::Add(const PdfLine& line, std::size_t l, std::vector<Block>& blocks, double measure) {
  for (const PdfPiece& piece : line.pieces) {
    const std::size_t tile = TileOf(piece);
    if (bottoms_[tile] > 0) pitches_[tile] = piece.bottom - bottoms_[tile];
    bottoms_[tile] = piece.bottom;
    if (blocks_[tile] == kNone) {
      blocks_[tile] = blocks.size();
      blocks.emplace_back().measure = measure;
    }
    Extend(blocks[blocks_[tile]], piece, l, true);
  }
}

std::size_t Tiles::TileOf(const PdfPiece& piece) const {
  std::size_t tile = 0;
  for (std::size_t t = 1; t < middles_.size(); ++t)
    if (std::abs(middles_[t] - Middle(piece)) < std::abs(middles_[tile] - Middle(piece))) tile = t;
  return tile;
}

bool Tiles::KeepsTheirPitch(const PdfLine& line) const {
  return std::all_of(line.pieces.begin(), line.pieces.end(), [&](const PdfPiece& piece) {
    const std::size_t tile = TileOf(piece);
    const double gap = piece.bottom - bottoms_[tile];
    if (bottoms_[tile] <= 0) return true;  // the tile's first line
    if (pitches_[tile] <= 0) return gap <= kLoosestLeadingInHeights * piece.height;
    return std::abs(gap - pitches_[tile]) <= kPitchSpreadInHeights * piece.height;
  });
}

bool Tiles::Opens(const std::vector<PdfLine>& lines, std::size_t l) {
  std::size_t last = l;
  const std::vector<PdfPiece> figures = RowFigures(lines, l, last);
  if (figures.size() < 2 || last + 1 >= lines.size() || lines[last + 1].pieces.empty())
    return false;
  const PdfPiece& text = lines[last + 1].pieces.front();
  if (!std::all_of(figures.begin(), figures.end(),
                   [&](const PdfPiece& figure) { return IsKeyFigure(figure, text); }) ||
      !UnderTheirFigures(figures, lines[last + 1]))
    return false;
  middles_.clear();
  for (const PdfPiece& figure : figures) middles_.push_back(Middle(figure));
  blocks_.assign(middles_.size(), kNone);
  bottoms_.assign(middles_.size(), 0);
  pitches_.assign(middles_.size(), 0);
  figure_ = figures.front();
  last_left_ = figures.back().left;
  row_ = last;
  return true;
}

}  // namespace findings

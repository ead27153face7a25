// Key facts as a reader sees them on the page: a figure in type larger than its
// description's, beside it, over it, or as tiles of a grid. BuildBlocks (blocks.cc)
// asks these where a line's pieces go.
#ifndef FINDINGS_LAYOUT_KEY_FIGURES_H_
#define FINDINGS_LAYOUT_KEY_FIGURES_H_

#include <cstddef>
#include <vector>

#include "layout/block.h"
#include "layout/lines.h"
#include "layout/spacing.h"

namespace findings {

// A cell holding a figure: digits, in a few words at most ("2 (of 21)").
bool IsFigureCell(const PdfPiece& piece);

// A key fact's figure beside `text`, its description: a few words with a digit, in
// type larger than the description's.
bool IsKeyFigure(const PdfPiece& figure, const PdfPiece& text);

// A key figure set on a line of its own (lines.cc keeps a figure in larger type apart
// from its description's line), to the left of `lines[l]` and level with it: on its
// baseline, or with its top at the line's top (a table's cells aligned at their top,
// the figure's larger type reaching lower), if any.
const PdfLine* FigureBeside(const std::vector<PdfLine>& lines, std::size_t l);

// Whether `figure`, level with a line, starts a description there rather than standing
// beside the middle of `block`'s: the block ends a sentence above the figure's digits
// (its box reaches a quarter of its height above them; a figure centred beside its
// description reaches up beside the lines above).
bool StartsDescription(const PdfLine* figure, const Block& block);

// Whether the lone key figure of `lines[l]` opens a fact of its own: its description
// starts on the line beside it (the column's text above ends a sentence above the
// figure, StartsDescription, or there is none). A figure's second line ("21)" under
// "1 (of") stands beside its description's middle.
bool OpensFact(const std::vector<PdfLine>& lines, std::size_t l, const std::vector<Block>& blocks);

// Whether `piece` carries on the figure `block` ends with, which it left open: a
// bracket not closed ("1 (of" / "21)"), a group of thousands cut short ("258,74" / "8").
bool CarriesFigureOn(const Block& block, const PdfPiece& piece);

// The figures of a row of pairs of blocks, each a single large figure (with digits in
// it, a few words at most: "8,449", "1 in 4") beside its smaller description; none
// for any other row (a one-line paragraph with a number in it beside a footnote in
// smaller type).
std::vector<PdfPiece> KeyFigures(const std::vector<const Block*>& row);

// Key facts set as tiles in a grid: a row of figures alone on their line (or on two
// lines side by side, one set lower: two columns' panels whose rows are not level),
// each over its description's lines centred under it, the tiles' lines level or not. The lines
// under the row go to the tile whose figure stands nearest over each piece, a block
// each, so each tile's description reads whole as one cell of the row under the
// figures, however many lines each takes.
class Tiles {
 public:
  // Whether line `l` is a tiles' line under their figures, the figures' row opening
  // them: two figures at least, each a key figure over the line under it; the lines of
  // the figures' row are none of the tiles' lines. A line in
  // no smaller type, set apart from the one above or reaching past the outer tiles
  // ends them: further than half the figures' spacing past the outer figures' middles,
  // or, where the tiles are set flush left, a whole spacing past the last figure's left.
  bool Take(const std::vector<PdfLine>& lines, std::size_t l, const LineSpacing& spacing);

  // Adds the pieces of line `l` to their tiles' blocks.
  void Add(const PdfLine& line, std::size_t l, std::vector<Block>& blocks, double measure);

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // Opens tiles at line `l` where it is their figures' row, with the line under it
  // where that holds more of the row's figures set lower (HoldsFiguresSetLower).
  bool Opens(const std::vector<PdfLine>& lines, std::size_t l);
  // The tile whose figure stands nearest over `piece`.
  std::size_t TileOf(const PdfPiece& piece) const;
  // Whether each piece of `line` stands under its tile's last line by the pitch that
  // tile's lines keep (or, under its first, by a leading small type may keep): a tile's
  // own leading, however far apart it sets its small type, and however the tiles' lines
  // stand level with each other's or not.
  bool KeepsTheirPitch(const PdfLine& line) const;

  std::vector<double> middles_;
  std::vector<std::size_t> blocks_;  // each tile's block, kNone before its first line
  std::vector<double> bottoms_;      // each tile's last line's bottom, 0 before its first
  std::vector<double> pitches_;      // the pitch of each tile's last two lines, 0 before
  PdfPiece figure_;
  double last_left_ = 0;  // the last figure's left edge
  std::size_t row_ = 0;   // the figures' last line
};

}  // namespace findings

#endif  // FINDINGS_LAYOUT_KEY_FIGURES_H_

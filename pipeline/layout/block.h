// A block of a page region as BuildBlocks (blocks.cc) gathers it: the pieces of a
// paragraph, a table cell or a key fact, line by line, and the box they fill.
#ifndef FINDINGS_LAYOUT_BLOCK_H_
#define FINDINGS_LAYOUT_BLOCK_H_

#include <cstddef>
#include <vector>

#include "layout/lines.h"

namespace findings {

struct Block {
  std::vector<const PdfPiece*> pieces;
  std::vector<std::size_t> line_of_piece;
  double left = 0, top = 0, right = 0, bottom = 0, height = 0;
  double text_left = 0;  // where the first line's text starts after a number or bullet
  double measure = 0;    // where the region's widest line ends: what a ragged line fills
  std::size_t last_line = 0;
  bool shares_lines = false;  // some line of it has another block's text beside it
};

// A line's piece carries on a block among the last this many (a table's cells, a
// side note beside them).
constexpr std::ptrdiff_t kRecentBlocks = 8;

// Where a piece's middle stands across the page.
inline double Middle(const PdfPiece& piece) { return (piece.left + piece.right) / 2; }

// Adds `piece`, of line `line_index`, to `block`; `multi`: its line holds other
// blocks' pieces too (a table's cells, a side note).
void Extend(Block& block, const PdfPiece& piece, std::size_t line_index, bool multi);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_BLOCK_H_

#include "layout/block.h"

#include <algorithm>

namespace findings {

void Extend(Block& block, const PdfPiece& piece, std::size_t line_index, bool multi) {
  if (block.pieces.empty()) {
    block.left = piece.left;
    block.text_left = piece.text_left;
    block.top = piece.top;
    block.height = piece.height;
  } else if (piece.left < block.left && !multi && !block.shares_lines) {
    // Back at the margin under a first line set in: the margin is the block's edge.
    if (block.text_left == block.left) block.text_left = piece.left;
    block.left = piece.left;
  }
  block.pieces.push_back(&piece);
  block.line_of_piece.push_back(line_index);
  block.right = std::max(block.right, piece.right);
  block.bottom = std::max(block.bottom, piece.bottom);
  block.last_line = line_index;
  block.shares_lines = block.shares_lines || multi;
}

}  // namespace findings

#include "layout/unaligned_tables.h"

#include <algorithm>

#include "findings/document.h"
#include "layout/blocks.h"
#include "layout/pieces.h"

namespace findings {
namespace {

// How far a cell may start from the column edge above it, in text heights.
constexpr double kEdgeToleranceInHeights = 0.5;

// A line with a cell at each column edge of the line above, and no other, each
// starting as a row's cell may (not in lower case, as a wrapped line's text may).
bool StartsCellsUnder(const PdfLine& above, const PdfLine& line) {
  if (line.pieces.size() < 2 || line.pieces.size() != above.pieces.size()) return false;
  for (std::size_t i = 0; i < line.pieces.size(); ++i) {
    const PdfPiece& cell = line.pieces[i];
    if (!Similar(cell.left, above.pieces[i].left, kEdgeToleranceInHeights * line.height) || StartsLower(cell.text))
      return false;
  }
  return !IsFootnoteNumber(line.pieces.front().text);
}

}  // namespace

bool HasUnalignedTable(const std::vector<PdfLine>& lines, const LineSpacing& spacing) {
  // Unmeasured, every line of cells starts a row.
  if (!spacing.spaced() && spacing.line_pitch <= 0) return false;
  double table_left = -1;  // as BuildBlocks: where the current table's rows begin
  // Of the current stretch of a table's lines at the line pitch: whether a row starts
  // in it, and whether a line could as well start a row as carry on the one above.
  bool row_at_line_pitch = false, undecidable = false;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const PdfLine& line = lines[l];
    const bool multi = line.pieces.size() > 1;
    const bool ends_table = !multi && table_left >= 0 && line.left < table_left + 3;
    // A pitch tells only between lines of one type (not under a raised digit's line).
    const bool set_apart = SpacedFromAbove(lines, l, spacing) &&
                           Within(lines[l - 1].height, line.height, kSameTypeRatio);
    if (ends_table || (multi && table_left < 0) || (table_left >= 0 && set_apart)) {
      if (undecidable && row_at_line_pitch) return true;
      row_at_line_pitch = undecidable = false;
      if (ends_table || table_left < 0) table_left = ends_table ? -1 : line.left;
      continue;
    }
    if (table_left < 0 || !multi) continue;
    table_left = std::min(table_left, line.left);
    if (!WrapsOnto(lines[l - 1], line, lines))
      row_at_line_pitch = row_at_line_pitch || line.left < table_left + 3;
    else if (StartsCellsUnder(lines[l - 1], line)) undecidable = true;
  }
  return undecidable && row_at_line_pitch;
}

}  // namespace findings

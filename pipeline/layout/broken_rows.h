// A table row broken at a column's foot. A word processor lets a row break across
// columns: its cells' first lines stand at the foot of one column, the rest of them at
// the head of the next, each in its cell's place there. A reader takes the row whole.
#ifndef FINDINGS_LAYOUT_BROKEN_ROWS_H_
#define FINDINGS_LAYOUT_BROKEN_ROWS_H_

#include <vector>

#include "layout/words.h"

namespace findings {

// `column` and `next`: the words of two columns side by side, left to right, in one
// stretch of a page. Where the lowest line of `column` is a row of cells and the first
// line of `next` a line of cells that carries that row's cells on (RowCarriedOn), the
// lines of `next` that go on from it at a cell's line pitch are moved under the row, by
// the columns' offset across and one line pitch down, and the figures whose "%" broke
// onto them are joined (JoinStackedFigures). Otherwise both are left as they are.
void CarryBrokenRowBack(std::vector<PdfWord>& column, std::vector<PdfWord>& next);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_BROKEN_ROWS_H_

// Tables whose rows the layout cannot tell apart from their cells' wrapped lines: a
// diagnostic's matter, not the text's (the blocks are read as they are).
#ifndef FINDINGS_LAYOUT_UNALIGNED_TABLES_H_
#define FINDINGS_LAYOUT_UNALIGNED_TABLES_H_

#include <vector>

#include "layout/lines.h"
#include "layout/spacing.h"

namespace findings {

// Whether `lines` (one region's, top to bottom) hold a table whose rows, in some
// stretch of it, are set at the line pitch (a row starts there no further below the
// line above than a cell's own lines are), and in that stretch a line of cells under
// cells that all filled their columns, one under each and none in lower case, was
// taken for their wrapped lines (BuildBlocks' rows): it could as well be the next
// row, and nothing on the page tells which.
bool HasUnalignedTable(const std::vector<PdfLine>& lines, const LineSpacing& spacing);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_UNALIGNED_TABLES_H_

// Columns: a page set in two or more columns (or a main column and a sidebar) is read
// column by column, left to right, with a line that runs across the columns (a title)
// read whole where it stands. A table's columns are not text columns: its cells
// start their rows side by side.
#ifndef FINDINGS_LAYOUT_COLUMNS_H_
#define FINDINGS_LAYOUT_COLUMNS_H_

#include <vector>

#include "layout/lines.h"
#include "layout/words.h"

namespace findings {

// A part of a page read as one flow of lines: the whole page, one column of a
// multi-column stretch, or a line running across the gutters.
struct Region {
  enum Kind { kWhole, kColumn };
  std::vector<PdfLine> lines;
  Kind kind = kWhole;
  int column = 0;  // 0 for the first (leftmost) column of a stretch
};

// A page's regions top to bottom, in reading order.
std::vector<Region> PageRegions(const PdfPage& page, std::vector<PdfWord> words);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_COLUMNS_H_

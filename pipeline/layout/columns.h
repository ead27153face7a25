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

// The x of the gutters between the page's columns, left to right, as its own words
// show them (none for a page in one column or too sparse to tell).
std::vector<double> PageGutters(const PdfPage& page, const std::vector<PdfWord>& words);

// Columns that stand in a stretch of a page only, from `top` down to `bottom`.
struct ColumnStretch {
  std::vector<double> gutters;
  double top = 0, bottom = 0;
};

// For a page whose columns do not run its whole height (a box floated beside the
// text, which wraps round it; an introduction across the page over two columns):
// the stretches of its lines, top to bottom, that leave a strip empty, where they
// part columns side by side, not a table's cells.
std::vector<ColumnStretch> StretchColumns(const PdfPage& page, const std::vector<PdfWord>& words);

// For a page with no gutters of its own or the document's (DocumentGutters) and no
// StretchColumns: its stretches between lines across it that stand in the columns
// several pages of `document` (those pages' gutters, together) show, columns of
// tables whose ragged cells stop short of the gutters.
std::vector<ColumnStretch> DocumentColumnStretches(const std::vector<PdfWord>& words,
                                                   const std::vector<double>& document);

// For a page whose own words show no gutter of the document's: those of `document`
// (PageGutters of the other pages, together) that several pages show, where this
// page's words leave the strip empty but for lines across it in other type and its
// two sides are each a column wide and not a table's cells.
std::vector<double> BorrowedGutters(const PdfPage& page, const std::vector<PdfWord>& words,
                                    const std::vector<double>& document);

// Each page's gutters (`words`: each page's, running lines removed): its own, or
// those several other pages show where the page's own words show none, or only
// gutters no other page shows (a table's gap inside a column), and the others'
// hold on the page (BorrowedGutters). A page that shows some of the gutters
// several pages show takes the others too where a column's lines start just right
// of them (a table too wide for its column may spill over the gutter), in place of
// its own that no other page shows.
std::vector<std::vector<double>> DocumentGutters(const std::vector<PdfPage>& pages,
                                                 const std::vector<std::vector<PdfWord>>& words);

// A page's regions top to bottom, in reading order, split at `gutters`; `drawn`, where
// the page's drawing is at hand, shows its tables drawn across them.
std::vector<Region> PageRegions(std::vector<PdfWord> words, const std::vector<double>& gutters,
                                const DrawnAcrossProbe& drawn = {});

// The same, split at each stretch's gutters within it; the page reads whole above,
// between and below them.
std::vector<Region> StretchRegions(std::vector<PdfWord> words,
                                   const std::vector<ColumnStretch>& stretches);

// The same for one page, split at the gutters its own words show (PageGutters, or
// else StretchColumns).
std::vector<Region> PageRegions(const PdfPage& page, std::vector<PdfWord> words);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_COLUMNS_H_

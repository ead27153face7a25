// Side heads: headings set in a margin left of the text column, level with or just
// under the start of the text they head (a layout InDesign favours). Read in line,
// each before the text it stands beside, not as a table's first cell.
#ifndef FINDINGS_LAYOUT_SIDE_HEADS_H_
#define FINDINGS_LAYOUT_SIDE_HEADS_H_

#include <vector>

#include "layout/columns.h"
#include "layout/words.h"

namespace findings {

// Where the document's text column starts: the leftmost x at which several lines of
// body text start on a page, the median over the pages that show one (0 where none
// does).
double TextColumnEdge(const std::vector<std::vector<PdfWord>>& pages);

// A page's regions with the side heads in the margin left of `edge` (TextColumnEdge)
// each read before the text from the line beside it on; none where the page has no
// side heads, or its margin holds text of its own that is no table row across it.
std::vector<Region> SideHeadRegions(const std::vector<PdfWord>& words, double edge);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_SIDE_HEADS_H_

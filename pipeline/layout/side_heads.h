// Side heads: headings set in a margin beside the text column, left of it, level with
// or just under the start of the text they head (a layout InDesign favours), or in an
// outer margin on either side (LaTeX's marginal notes, right on recto pages and left on
// verso ones). Read in line, each before the text it heads, not as a table's cell.
#ifndef FINDINGS_LAYOUT_SIDE_HEADS_H_
#define FINDINGS_LAYOUT_SIDE_HEADS_H_

#include <vector>

#include "layout/columns.h"
#include "layout/words.h"

namespace findings {

// Where a page's text column stands, and how its side heads stand beside the text
// they head.
struct SideHeadSetting {
  // The column's left edge, and its right edge where a margin right of it may hold side
  // heads (0: none).
  double left = 0, right = 0;
  // Whether a head level with a paragraph's last line heads the paragraph after it:
  // LaTeX sets a marginal note put between paragraphs level with the line before.
  bool heads_follow_line_beside = false;
};

// Each page's setting: the document's column edges, and whether its heads stand level
// with the last line of the paragraph before the one they head (more often so, over the
// document, than level with the first line of the one they head). The left edge: the
// leftmost x at which several lines of body text start on a page, the median over the
// pages that show one (0 where none does); the right: the x at which half a page's lines
// of body text end, several at least (a justified column's; a ragged one has none), the
// median likewise. Where facing pages mirror their margins (the recto and verso pages'
// left edges a text height or more apart), each side's pages have their own.
std::vector<SideHeadSetting> DocumentSideHeadSettings(
    const std::vector<std::vector<PdfWord>>& pages);

// A page's regions with the side heads in the margins beside the column (`setting`)
// each read before the text from the line beside it on, and the boxes floated in the
// left margin each before the paragraph beside its first line; none where the page has
// no side heads or boxes. A margin that holds text of its own that is no table row
// across it holds none.
std::vector<Region> SideHeadRegions(const std::vector<PdfWord>& words,
                                    const SideHeadSetting& setting);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_SIDE_HEADS_H_

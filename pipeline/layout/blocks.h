// Turns the lines of one page region (a page, or one column of it) into blocks:
// paragraphs joined from their lines, table rows with '\t' between cells, and the
// key-facts panel's "• value description" items.
#ifndef FINDINGS_LAYOUT_BLOCKS_H_
#define FINDINGS_LAYOUT_BLOCKS_H_

#include <string>
#include <vector>

#include "layout/hyphenation.h"
#include "layout/lines.h"
#include "layout/spacing.h"
#include "layout/words.h"

namespace findings {

// Whether `lines[l]` is set apart from the line above it by more than the line pitch.
bool SpacedFromAbove(const std::vector<PdfLine>& lines, std::size_t l, const LineSpacing& spacing);

// Whether the cells of `line` carry on the cells of `above`. A cell's text wraps
// only when its next word does not fit, so a line under a cell that stops well
// short of the next column starts a new row; so does a line under the last cell
// whose first word would have fitted before that cell's column edge (as far as the
// cells starting where it starts reach in `lines`, the region's).
bool WrapsOnto(const PdfLine& above, const PdfLine& line, const std::vector<PdfLine>& lines);

// Whether the ink found in `room`, the height of a line's slot before its text, is
// a bullet: a rule or a box's edge beside the text runs the line's height; a mark is
// at most 0.6 of it, and as narrow, and stands clear of the room's sides (ink reaching
// one runs on past it: a rule, the letters of the column before ending in the room).
bool IsDrawnBullet(const PdfBox& room, const PdfBox& ink);

// One string per block, in reading order.
// `ink`, where the page's drawing is known, shows the bullets a list draws as shapes
// (a block's lines hanging at one x set in from the margin, a small mark before each
// item): such an item reads as a bullet, "• text".
std::vector<std::string> BuildBlocks(const std::vector<PdfLine>& lines,
                                     const Vocabulary& vocabulary, const LineSpacing& spacing,
                                     const InkProbe& ink = {});

}  // namespace findings

#endif  // FINDINGS_LAYOUT_BLOCKS_H_

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

namespace findings {

// One string per block, in reading order.
std::vector<std::string> BuildBlocks(const std::vector<PdfLine>& lines,
                                     const Vocabulary& vocabulary, const LineSpacing& spacing);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_BLOCKS_H_

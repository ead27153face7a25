// Paragraphs broken by a page break: the text running on at the top of the next
// page is joined back to the paragraph it continues.
#ifndef FINDINGS_LAYOUT_PAGE_BREAKS_H_
#define FINDINGS_LAYOUT_PAGE_BREAKS_H_

#include <string>
#include <vector>

#include "layout/hyphenation.h"

namespace findings {

// `pages` holds each page's blocks in reading order. A page's first block that
// carries on the last block of the page before (footnotes below it aside), as
// ContinuesAcrossBreak (findings/document.h) says, is moved onto the end of it;
// so is a page's first block where `runs_on[p]` says the page's geometry shows it
// carrying on the last paragraph of the page before (layout/run_on.h).
// A table row broken by the page, with its header row set again above the rest,
// is joined the same way: the header is dropped and the run-on goes to the cell
// that ends in a word.
void JoinAcrossPageBreaks(std::vector<std::vector<std::string>>& pages,
                          const std::vector<bool>& runs_on, const Vocabulary& vocabulary);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_PAGE_BREAKS_H_

// A footnote continued from the page before. What does not fit of a long footnote is
// set at the head of the next page's footnotes, in their type, with no number of its
// own, above that page's numbered footnotes. Read where it stands, it would carry on
// the text above it (a paragraph, a key fact's description); it is the end of the
// page before's last footnote, and is joined onto it there.
#ifndef FINDINGS_LAYOUT_FOOTNOTE_CONTINUATIONS_H_
#define FINDINGS_LAYOUT_FOOTNOTE_CONTINUATIONS_H_

#include <string>
#include <vector>

#include "layout/columns.h"
#include "layout/hyphenation.h"
#include "layout/run_on.h"

namespace findings {

// Takes out of the first of `regions` (a page's) that ends in footnotes, with no
// region's text under it (the page's foot), the lines at their head that carry one on. The
// footnotes: the region's last lines of one piece (or of pieces a justified line was spread into)
// in the type of its last, smaller than the body's, starting where it does, below a line with
// nothing in that type; those before the first that starts with its number (raised or on the
// baseline) carry one on. Returns their text, "" when there are none.
std::string TakeFootnoteContinuation(std::vector<Region>& regions, const BodyType& body,
                                     const Vocabulary& vocabulary);

// Joins `continuations[p]` onto the last footnote of page p - 1 in `pages` (each
// page's blocks). One whose page before has no footnote (or on the first page) carries
// nothing on that was read: where a side column sets each footnote whole, it is that
// footnote's end set again, and read where it stands it would carry the text above it
// on. It is left out, and its page (from 1) returned, for a diagnostic to name.
std::vector<int> JoinFootnoteContinuations(std::vector<std::vector<std::string>>& pages,
                                           const std::vector<std::string>& continuations,
                                           const Vocabulary& vocabulary);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_FOOTNOTE_CONTINUATIONS_H_

// A line painted on both sides of a page break. A program that paints one long
// document page after page (Qt's QTextDocument into a QPdfWriter) draws each page as
// a window onto the whole, clipped to the page's text area, and draws the lines just
// past the window's edges too: clipped away, they leave no ink, but the text layer
// keeps them. So the line a page's window ends on reads again at the head of the next
// page, and the one the next page's window opens with at the foot of the page before.
#ifndef FINDINGS_LAYOUT_CLIPPED_COPIES_H_
#define FINDINGS_LAYOUT_CLIPPED_COPIES_H_

#include <vector>

#include "layout/words.h"

namespace findings {

// Drops the words of each line that the next page, or the page before, repeats word
// for word at the same x (one copy perhaps without a table row's cell the painter left
// out, holding half the other's words and three at least), a window's height (half the
// page at least) higher or lower, where this copy leaves no ink of its own and the
// other copy does. Ink of its own is what the line's box holds but where other words'
// boxes reach into it and rules drawn right across it; a line on shading counts as
// seen. A page without its drawing (made up, or one that cannot be rendered) keeps
// every line.
void DropClippedCopies(std::vector<PdfPage>& pages);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_CLIPPED_COPIES_H_

// Text set turned on an upright page: a table set sideways (LaTeX's sidewaystable on
// a portrait page with no /Rotate), a label running up a margin. A reader turns the
// page to read it, and so does the layout: each turn's words are taken off the page
// and laid out apart, in the frame of the page turned so that they stand upright,
// where they do not run across the page's upright lines.
#ifndef FINDINGS_LAYOUT_TURNED_TEXT_H_
#define FINDINGS_LAYOUT_TURNED_TEXT_H_

#include <vector>

#include "layout/columns.h"
#include "layout/words.h"

namespace findings {

// The words of one turn as they stand with the page turned so that they read upright.
struct TurnedFrame {
  int turn = 0;  // PdfWord::turn
  // The page turned: as wide as the page is tall for a quarter turn; its words upright,
  // in Poppler's order, each with turn 0.
  PdfPage page;
  double top = 0, bottom = 0;  // where the words stand on the page itself, top to bottom
};

// `word`, of `word.turn`, on a page `width` by `height`, as it stands on the page
// turned so that it reads upright: a word running bottom to top (turn 3) is read
// with the page turned a quarter clockwise, its left edge the top.
PdfWord TurnedUpright(const PdfWord& word, double width, double height);

// Takes the words set turned off `page`: each turn's (1, 2, 3, those it has) go
// into a frame of their own. A page with none is left as it is.
std::vector<TurnedFrame> TakeTurnedText(PdfPage& page);

// Whether the turned text reads before the page's upright text (`regions`, running
// lines removed): where its middle stands above that text's middle, as a table set
// over the text is read first; else it reads after it.
bool ReadsBeforeText(const TurnedFrame& frame, const std::vector<Region>& regions);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_TURNED_TEXT_H_

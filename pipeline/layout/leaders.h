// A contents page's dot leaders: the row of full stops a typesetter sets between an
// entry's title and its page number ("Recommendations . . . . . 10"). A reader takes
// a leader for the space it fills, not for words; the title and the number are an
// entry's two cells, as where no leader is set.
#ifndef FINDINGS_LAYOUT_LEADERS_H_
#define FINDINGS_LAYOUT_LEADERS_H_

#include <vector>

#include "layout/words.h"

namespace findings {

// `words` in Poppler's reading order, without their leaders: runs of three full stops
// at least, each a word of its own on one baseline at one pitch (less than an em),
// that lead to a number, the next word right of the run on its baseline. The first
// stop may stand closer to the title than a word space (TeX sets a leader's stops on
// a grid of the page, not from the title's end), and the document's letter spacing may
// have joined it to the title's last word: where that word ends in a stop one pitch
// before the run's first, as wide as the run's, the stop is taken off it.
std::vector<PdfWord> WithoutLeaders(const std::vector<PdfWord>& words);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_LEADERS_H_

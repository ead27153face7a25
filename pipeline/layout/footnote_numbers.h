// Footnotes numbered on their own baseline. Word processors raise a footnote's
// reference in the text but set the number before the footnote itself, at the page's
// foot, in the footnote's type on its baseline. Such a number is the footnote's, not
// a figure, where it starts a line in type smaller than the body and the page raises a
// reference with that number: it is then written raised, as the typesetters that raise
// both have it, so that the footnote reads as one.
#ifndef FINDINGS_LAYOUT_FOOTNOTE_NUMBERS_H_
#define FINDINGS_LAYOUT_FOOTNOTE_NUMBERS_H_

#include <vector>

#include "layout/words.h"

namespace findings {

// The page's words, with each footnote number written in superscript digits and a
// space after it.
std::vector<PdfWord> RaiseFootnoteNumbers(std::vector<PdfWord> words);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_FOOTNOTE_NUMBERS_H_

// Words Poppler cut apart made whole again. Letter-spaced text (a heading set
// "R e c o m m e n d a t i o n s") and glyphs a producer positions one by one come
// out in fragments wherever a gap passes Poppler's word-break threshold, a tenth of
// an em; a word space is a fifth of an em at the narrowest.
#ifndef FINDINGS_LAYOUT_LETTER_SPACING_H_
#define FINDINGS_LAYOUT_LETTER_SPACING_H_

#include <vector>

#include "layout/words.h"

namespace findings {

// `words` in Poppler's reading order. Neighbours on one baseline in one type size
// closer than a word space can be are joined into one word.
std::vector<PdfWord> JoinLetterSpacedWords(const std::vector<PdfWord>& words);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_LETTER_SPACING_H_

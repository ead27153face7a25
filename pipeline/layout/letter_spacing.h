// Words Poppler cut apart made whole again. Letter-spaced text (a heading set
// "R e c o m m e n d a t i o n s") and glyphs a producer positions one by one come
// out in fragments wherever a gap passes Poppler's word-break threshold, a tenth of
// an em; a word space is a fifth of an em at the narrowest.
#ifndef FINDINGS_LAYOUT_LETTER_SPACING_H_
#define FINDINGS_LAYOUT_LETTER_SPACING_H_

#include <vector>

#include "layout/words.h"

namespace findings {

// The document's word space, in ems: the gap a tenth of the gaps between neighbours in
// Poppler's reading order on one baseline, less than an em apart, are no wider than (0
// for none), the font's own space where justification widens most lines'. A condensed
// font's spaces may be narrower than the gap letters set apart usually keep.
double WordSpaceInEms(const std::vector<PdfPage>& pages);

// `words` in Poppler's reading order. Neighbours on one baseline in one type size
// closer than a word space can be are joined into one word: closer than a fifth of
// an em, and than three quarters of `word_space_in_ems` where that is known.
std::vector<PdfWord> JoinLetterSpacedWords(const std::vector<PdfWord>& words,
                                           double word_space_in_ems = 0);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_LETTER_SPACING_H_

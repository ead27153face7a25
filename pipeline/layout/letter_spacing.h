// Words Poppler cut apart made whole again. Letter-spaced text (a heading set
// "R e c o m m e n d a t i o n s") and glyphs a producer positions one by one come
// out in fragments wherever a gap passes Poppler's word-break threshold, a tenth of
// an em; a word space is a fifth of an em at the narrowest.
#ifndef FINDINGS_LAYOUT_LETTER_SPACING_H_
#define FINDINGS_LAYOUT_LETTER_SPACING_H_

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "layout/words.h"

namespace findings {

// The document's word space, in ems: the gap a tenth of the gaps between neighbours in
// Poppler's reading order on one baseline, less than an em apart, are no wider than (0
// for none), the font's own space where justification widens most lines'. A condensed
// font's spaces may be narrower than the gap letters set apart usually keep.
double WordSpaceInEms(const std::vector<PdfPage>& pages);

// Each type's own narrowest word spaces over the document, in ems (the gap a tenth of
// its gaps between neighbours on one baseline, less than an em apart, that
// `word_space_in_ems` would not close, are no wider than): a letter-spaced heading's
// type shows its word spaces on its other lines.
struct TypeSpace {
  double size = 0;
  bool bold = false, italic = false;
  double space_in_ems = 0;
};
std::vector<TypeSpace> TypeWordSpaces(const std::vector<PdfPage>& pages, double word_space_in_ems);

// The pairs of neighbours the document sets a word space apart somewhere (on one
// line, at a gap `word_space_in_ems` would not close, under an em), and every word it
// writes whole. Two words it sets apart there, and never writes as one, are two words
// wherever they stand closer (a display face's space a DTP tool kerns to 0.07 em:
// Scribus's "Key" "facts" in a 17 pt heading, a word space apart in its running head).
struct WordsApart {
  std::set<std::pair<std::string, std::string>> pairs;
  std::set<std::string> words;
};
WordsApart WordsSetApart(const std::vector<PdfPage>& pages, double word_space_in_ems);

// `words` in Poppler's reading order. Neighbours on one baseline in one type size
// closer than a word space can be are joined into one word: closer than a fifth of
// an em, and than three quarters of `word_space_in_ems` where that is known.
// Of those, only letters set apart join: where a piece of one character stands among
// them, or the gap is narrower than half the word spaces the line, or its type
// (`types`), keeps elsewhere; words of several letters each as close as the line's
// others are its type's own word spaces (a bold display face's); two words `apart`
// shows set apart elsewhere and never as one stay apart.
std::vector<PdfWord> JoinLetterSpacedWords(const std::vector<PdfWord>& words,
                                           double word_space_in_ems = 0,
                                           const std::vector<TypeSpace>& types = {},
                                           const WordsApart& apart = {});

}  // namespace findings

#endif  // FINDINGS_LAYOUT_LETTER_SPACING_H_

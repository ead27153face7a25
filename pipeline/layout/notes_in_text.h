// Notes set in the text: a layout may print a note's text right where its reference
// stands, inside the sentence that calls it ("… England & Wales¹" / "¹ Offender
// Management …" / "."). The sentence runs on past the note, as a reader takes it;
// the note follows the sentence's paragraph.
#ifndef FINDINGS_LAYOUT_NOTES_IN_TEXT_H_
#define FINDINGS_LAYOUT_NOTES_IN_TEXT_H_

#include <string>
#include <vector>

#include "layout/hyphenation.h"

namespace findings {

// In each page of `pages` (its blocks): a block ending in a footnote reference inside
// its sentence, then the notes it calls (each starting with its number, the first
// with the reference's), then a block carrying the sentence on (starting with
// punctuation or in lower case). The last is joined onto the first, the notes after
// them. A sentence ended before its reference carries nothing on: the line in lower
// case after its note (a web address) is the note's own.
void JoinSentencesAroundNotes(std::vector<std::vector<std::string>>& pages,
                              const Vocabulary& vocabulary);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_NOTES_IN_TEXT_H_

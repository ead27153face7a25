// Words broken at line ends, made whole again. A line-end hyphen is the typesetter's
// (dropped: "proba-" "tion") or the word's own (kept: "post-" "release"); the document's
// own vocabulary decides.
#ifndef FINDINGS_LAYOUT_HYPHENATION_H_
#define FINDINGS_LAYOUT_HYPHENATION_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "layout/words.h"

namespace findings {

// Words of the whole document (lower case), to tell a line-end hyphen that splits a
// word ("proba-" "tion" → "probation") from one that belongs to it ("post-release").
struct Vocabulary {
  std::unordered_set<std::string> words;
  // The typesetter breaks words at line ends (justified reports do; ragged-right
  // ones break lines only at the hyphens of compounds). Decides the words the
  // document spells nowhere else.
  bool breaks_words = false;
  // The typesetter prints its breaks with a glyph of their own (U+2010, U+00AD),
  // so a line-end "-" is a compound's.
  bool marks_breaks = false;
};

void AddToVocabulary(const std::string& text, Vocabulary& vocabulary);

// Sets vocabulary.breaks_words from the line-end hyphens whose word the document
// spells elsewhere: more of them written whole than with the hyphen.
void DecideWordBreaking(const std::vector<std::string>& words_in_order, Vocabulary& vocabulary);

// Whether a line ends in a hyphen after a letter or digit ("-", U+2010 or a soft
// hyphen): a word the typesetter may have broken there.
bool EndsInHyphen(const std::string& line);

// Joins two lines of one paragraph, repairing a hyphenated word across them, and a
// word broken after a slash ("and/" "or").
std::string JoinWrappedLines(const std::string& first, const std::string& second,
                             const Vocabulary& vocabulary);

// The vocabulary of a whole document, word breaking decided.
Vocabulary BuildVocabulary(const std::vector<PdfPage>& pages);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_HYPHENATION_H_

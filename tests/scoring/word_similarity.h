// The text comparison of score.py (tests/scoring/score.py): NFKC, lower case, ASCII words.
#ifndef FINDINGS_TESTS_SCORING_WORD_SIMILARITY_H_
#define FINDINGS_TESTS_SCORING_WORD_SIMILARITY_H_

#include <set>
#include <string>

namespace findings::scoring {

// score.py's norm(): NFKC, Unicode lower case, ’‘ → ', then the [a-z0-9]+
// words joined by one space.
std::string NormaliseWords(const std::string& text);

// score.py's tokens(): the set of words of NormaliseWords(text).
std::set<std::string> WordSet(const std::string& text);

// score.py's sim(): Jaccard similarity of the word sets (1 when both are empty).
double WordSimilarity(const std::string& a, const std::string& b);

}  // namespace findings::scoring

#endif

// Text helpers of the rated-2018 extractors; the ones every plugin needs (space,
// case, footnote markers, slugs, numbers) are findings/text.h.
#ifndef FINDINGS_PLUGINS_RATED2018_TEXT_UTIL_H_
#define FINDINGS_PLUGINS_RATED2018_TEXT_UTIL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "findings/text.h"

namespace findings::rated2018 {

// Removes footnote markers "[^n]" (appending n to *numbers when given) and collapses space.
inline std::string StripFootnotes(std::string_view text, std::vector<int>* numbers = nullptr) {
  return CollapseSpace(StripFootnoteMarkers(text, numbers));
}

// A word of the text (lower-case letters and digits) and where it stands.
struct Token {
  std::string word;
  std::size_t start = 0;  // offset in the tokenised text
  std::size_t end = 0;
  bool percent = false;   // digits directly followed by '%'
  bool footnote = false;  // inside a "[^n]" marker, or (case_results.cc) a footnote's text
};
std::vector<Token> Tokenise(std::string_view text, std::size_t base = 0);

// Words of `text` as Tokenise sees them, without offsets.
std::vector<std::string> Words(std::string_view text);

// Jaccard similarity of the two texts' word sets (1 for two empty texts).
double WordSimilarity(std::string_view a, std::string_view b);

// Removes trailing spaces and the given punctuation characters.
std::string TrimTrailing(std::string text, std::string_view punctuation);

}  // namespace findings::rated2018

#endif  // FINDINGS_PLUGINS_RATED2018_TEXT_UTIL_H_

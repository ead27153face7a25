// Small text helpers shared by the rated-2018 extractors.
#ifndef FINDINGS_PLUGINS_RATED2018_TEXT_UTIL_H_
#define FINDINGS_PLUGINS_RATED2018_TEXT_UTIL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace findings::rated2018 {

// Runs of whitespace (tabs, newlines) become one space; ends trimmed.
std::string CollapseSpace(std::string_view text);

// Removes footnote markers "[^n]" (appending n to *numbers when given) and collapses space.
std::string StripFootnotes(std::string_view text, std::vector<int>* numbers = nullptr);

// Lower-case ASCII copy.
std::string Lower(std::string_view text);

// A word of the text (lower-case letters and digits) and where it stands.
struct Token {
  std::string word;
  std::size_t start = 0;  // offset in the tokenised text
  std::size_t end = 0;
  bool percent = false;   // digits directly followed by '%'
  bool footnote = false;  // inside a "[^n]" marker
};
std::vector<Token> Tokenise(std::string_view text, std::size_t base = 0);

// Words of `text` as Tokenise sees them, without offsets.
std::vector<std::string> Words(std::string_view text);

// Jaccard similarity of the two texts' word sets (1 for two empty texts).
double WordSimilarity(std::string_view a, std::string_view b);

// Removes trailing spaces and the given punctuation characters.
std::string TrimTrailing(std::string text, std::string_view punctuation);

// "South West South Central" → "south-west-south-central".
std::string Slug(std::string_view text);

}  // namespace findings::rated2018

#endif

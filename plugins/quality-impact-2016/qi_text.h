// Small text helpers the quality-impact-2016 extractors share.
#ifndef FINDINGS_PLUGINS_QI2016_QI_TEXT_H_
#define FINDINGS_PLUGINS_QI2016_QI_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace findings::qi2016 {

// Runs of spaces and tabs become one space; leading and trailing space goes.
std::string CollapseSpace(std::string_view text);

// Removes "[^n]" footnote markers, appending each n to *footnotes (may be null).
std::string StripFootnotes(std::string_view text, std::vector<int>* footnotes);

// Drops trailing full stops, semicolons, commas, colons and spaces.
std::string TrimTrailingPunctuation(std::string_view text);

// "North London" → "north-london".
std::string Slug(std::string_view text);

std::string Lower(std::string_view text);

// True when the text's first letter is lower case (a line continuing a paragraph).
bool StartsLowercase(std::string_view text);

// True when the text ends a sentence (. ! ? or a closing quote after one).
bool EndsSentence(std::string_view text);

// "251,170" → 251170; false when the text is not a number.
bool ParseNumber(std::string_view text, double* value);

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_QI_TEXT_H_

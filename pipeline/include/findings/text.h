// Text helpers beside the contracts they read: the footnote marker "[^n]" of
// document.h, the report-id slug of model.h, numbers from digits and from words.
//
// Header-only: each plugin compiles its own copy, so nothing here crosses the
// plugin ABI. Nothing here throws: a number that cannot be read is nullopt.
#ifndef FINDINGS_TEXT_H_
#define FINDINGS_TEXT_H_

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "findings/grammar.h"

namespace findings {

inline bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Runs of whitespace (spaces, tabs, newlines) become one space; the ends are trimmed.
// A text that needs nothing is copied whole: this runs over every line of a document.
inline std::string CollapseSpace(std::string_view text) {
  bool collapsed = text.empty() || (text.front() != ' ' && text.back() != ' ');
  for (std::size_t i = 0; collapsed && i < text.size(); ++i)
    if (IsSpaceByte(text[i]) && (text[i] != ' ' || text[i + 1] == ' ')) collapsed = false;
  if (collapsed) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpaceByte(text[i])) ++i;
    const std::size_t begin = i;
    while (i < text.size() && !IsSpaceByte(text[i])) ++i;
    if (begin == i) break;
    if (!out.empty()) out += ' ';
    out.append(text.data() + begin, i - begin);
  }
  return out;
}

// Lower-case ASCII copy (other bytes unchanged).
inline std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Every letter a capital, and one at least ("KEY FACTS", "1. OVERALL FINDINGS"):
// a line a style set in capitals.
inline bool InCapitals(std::string_view text) {
  bool capital = false;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::islower(u)) return false;
    capital = capital || std::isupper(u);
  }
  return capital;
}

inline bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

inline bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The value of a run of ASCII digits ("42"); nullopt for anything else, or a
// number too large for an int.
inline std::optional<int> ParseInt(std::string_view digits) {
  int value = 0;
  const char* end = digits.data() + digits.size();
  const auto [ptr, ec] = std::from_chars(digits.data(), end, value);
  if (digits.empty() || digits.front() == '-' || ec != std::errc() || ptr != end)
    return std::nullopt;
  return value;
}

// The value of a decimal number ("71", "3.5", "251,170": commas between digits
// are thousands); nullopt for anything else, or a number beyond a double.
inline std::optional<double> ParseNumber(std::string_view text) {
  std::string digits;
  for (char c : text)
    if (c != ',') digits += c;
  double value = 0;
  const char* end = digits.data() + digits.size();
  const auto [ptr, ec] = std::from_chars(digits.data(), end, value, std::chars_format::fixed);
  if (digits.empty() || ec != std::errc() || ptr != end || !std::isfinite(value))
    return std::nullopt;
  return value;
}

// Removes the footnote markers "[^n]" (document.h) from `text`, appending each n to
// *numbers when given. A marker whose number does not fit an int is not a marker
// this reads: it stays in the text, as written. Space is left as it was.
inline std::string StripFootnoteMarkers(std::string_view text, std::vector<int>* numbers) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 2, "[^") == 0) {
      std::size_t j = i + 2;
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
      const auto n = ParseInt(text.substr(i + 2, j - i - 2));
      if (n && j < text.size() && text[j] == ']') {
        if (numbers) numbers->push_back(*n);
        i = j + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

// The area part of a report id (model.h): ASCII letters and digits lower-cased,
// every other run of bytes one '-', none at the ends. "North London" → "north-london".
inline std::string ReportIdSlug(std::string_view text) {
  std::string out;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      out += static_cast<char>(std::tolower(u));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// The number spelled by the number words that end `words` ("in over Seventy-one" →
// 71, "one hundred" → 100, "a hundred" → 100), read with `numbers`, a word list of
// "word<TAB>value" ("seventy<TAB>70"). Words are split at spaces and hyphens and
// compared in lower case; "hundred" multiplies what comes before it. nullopt when
// the last word is not a number word, or `numbers` is null.
inline std::optional<double> ReadNumberWords(const WordList* numbers, std::string_view words) {
  if (!numbers) return std::nullopt;
  auto value_of = [&](const std::string& word) -> const std::string* {
    for (const auto& [term, value] : numbers->entries)
      if (term == word) return &value;
    return nullptr;
  };
  std::vector<std::string> tokens;
  std::string current;
  for (std::size_t i = 0; i <= words.size(); ++i) {
    if (i == words.size() || words[i] == ' ' || words[i] == '-') {
      if (!current.empty()) tokens.push_back(Lower(current));
      current.clear();
    } else {
      current += words[i];
    }
  }
  std::size_t first = tokens.size();  // the longest run of number words at the end
  while (first > 0 && value_of(tokens[first - 1])) --first;
  if (first == tokens.size()) return std::nullopt;
  double total = 0;
  for (std::size_t i = first; i < tokens.size(); ++i) {
    const double v = ParseNumber(*value_of(tokens[i])).value_or(0);
    total = v == 100 ? (total == 0 ? 1 : total) * 100 : total + v;
  }
  return total;
}

}  // namespace findings

#endif  // FINDINGS_TEXT_H_

// Matching a grammar's patterns (grammar.h) and reading their named groups.
//
// Header-only: each plugin compiles its own copy, so nothing here crosses the
// plugin ABI. A pattern or list the grammar lacks matches nothing; the host
// refuses a grammar without the names a plugin's descriptor lists (plugin.h),
// so a plugin asking only for those never sees that case.
#ifndef FINDINGS_GRAMMAR_MATCH_H_
#define FINDINGS_GRAMMAR_MATCH_H_

#include <re2/re2.h>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "findings/grammar.h"

namespace findings {

// One match: where it stands and each named group that took part, with its text
// and span. Offsets are relative to the searched text.
struct Match {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::map<std::string, std::string> groups;
  std::map<std::string, std::pair<std::size_t, std::size_t>> spans;

  // The group's text, "" when it did not take part.
  std::string group(const std::string& name) const {
    auto it = groups.find(name);
    return it == groups.end() ? std::string() : it->second;
  }
  bool has(const std::string& name) const { return !group(name).empty(); }
};

// Whether `re` matches somewhere in `text` at or after `from`. Asked for no
// submatches, RE2 answers with its DFA alone, allocating nothing: the cheap first
// question before a search for groups, which most lines fail.
inline bool Matches(const re2::RE2& re, std::string_view text, std::size_t from = 0) {
  return from <= text.size() && re.Match(re2::StringPiece(text.data(), text.size()), from,
                                         text.size(), re2::RE2::UNANCHORED, nullptr, 0);
}

// The first match of `re` in `text` at or after `from`.
inline std::optional<Match> Search(const re2::RE2& re, std::string_view text,
                                   std::size_t from = 0) {
  if (!Matches(re, text, from)) return std::nullopt;
  const re2::StringPiece input(text.data(), text.size());
  const int n = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> groups(n + 1);
  if (!re.Match(input, from, text.size(), re2::RE2::UNANCHORED, groups.data(), n + 1))
    return std::nullopt;
  Match m;
  m.begin = static_cast<std::size_t>(groups[0].data() - text.data());
  m.end = m.begin + groups[0].size();
  for (const auto& [group, index] : re.NamedCapturingGroups()) {
    if (!groups[index].data()) continue;
    const std::size_t begin = static_cast<std::size_t>(groups[index].data() - text.data());
    m.groups[group] = std::string(groups[index].data(), groups[index].size());
    m.spans[group] = {begin, begin + groups[index].size()};
  }
  return m;
}

// Every non-overlapping match of `re` in `text`, left to right.
inline std::vector<Match> SearchAll(const re2::RE2& re, std::string_view text) {
  std::vector<Match> all;
  std::size_t from = 0;
  while (auto m = Search(re, text, from)) {
    from = m->end > m->begin ? m->end : m->end + 1;
    all.push_back(std::move(*m));
  }
  return all;
}

// The same, by the grammar's pattern `name`; no match when the grammar lacks it.
inline bool Matches(const Grammar& grammar, std::string_view name, std::string_view text,
                    std::size_t from = 0) {
  const re2::RE2* re = grammar.pattern(name);
  return re && Matches(*re, text, from);
}

inline std::optional<Match> Search(const Grammar& grammar, std::string_view name,
                                   std::string_view text, std::size_t from = 0) {
  const re2::RE2* re = grammar.pattern(name);
  if (!re) return std::nullopt;
  return Search(*re, text, from);
}

inline std::vector<Match> SearchAll(const Grammar& grammar, std::string_view name,
                                    std::string_view text) {
  const re2::RE2* re = grammar.pattern(name);
  if (!re) return {};
  return SearchAll(*re, text);
}

// The entries of word list `name`; none when the grammar lacks it.
inline const std::vector<std::pair<std::string, std::string>>& Words(const Grammar& grammar,
                                                                     std::string_view name) {
  static const std::vector<std::pair<std::string, std::string>> kNone;
  const WordList* list = grammar.words(name);
  return list ? list->entries : kNone;
}

// The value of `term` (compared exactly) in word list `name`, or nullptr.
inline const std::string* WordValue(const Grammar& grammar, std::string_view name,
                                    std::string_view term) {
  for (const auto& [key, value] : Words(grammar, name))
    if (key == term) return &value;
  return nullptr;
}

}  // namespace findings

#endif  // FINDINGS_GRAMMAR_MATCH_H_

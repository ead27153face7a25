// A checked view of the plugin's grammar: named patterns and word lists, with a
// diagnostic (once per name) instead of a crash when the grammar lacks one.
#ifndef FINDINGS_PLUGINS_QI2016_QI_GRAMMAR_H_
#define FINDINGS_PLUGINS_QI2016_QI_GRAMMAR_H_

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "findings/grammar.h"
#include "findings/model.h"

namespace findings::qi2016 {

// One match of a pattern: the whole span and each named group's text and span
// (offsets relative to the searched text).
struct Match {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::map<std::string, std::string> groups;
  std::map<std::string, std::pair<std::size_t, std::size_t>> spans;
  std::string group(const std::string& name) const {
    auto it = groups.find(name);
    return it == groups.end() ? std::string() : it->second;
  }
  bool has(const std::string& name) const { return !group(name).empty(); }
};

class GrammarView {
 public:
  // `diagnostics` may be null (detection reports nothing).
  GrammarView(const Grammar& grammar, std::vector<Diagnostic>* diagnostics)
      : grammar_(grammar), diagnostics_(diagnostics) {}

  // The first match of pattern `name` in `text` at or after `from`; false when
  // there is none or the grammar has no such pattern.
  bool Search(std::string_view name, std::string_view text, Match* match,
              std::size_t from = 0) const;
  bool Matches(std::string_view name, std::string_view text) const;
  // Every non-overlapping match, left to right.
  std::vector<Match> SearchAll(std::string_view name, std::string_view text) const;

  // The entries of word list `name` (empty, with a diagnostic, when missing).
  const std::vector<std::pair<std::string, std::string>>& Words(std::string_view name) const;
  // The value of `term` in list `name`, or nullptr.
  const std::string* Lookup(std::string_view name, std::string_view term) const;
  // The text of data file `name` ("catalogue.json"), or nullptr with a diagnostic.
  const std::string* Data(std::string_view name) const;

  void Diagnose(const std::string& level, const std::string& code, const std::string& message,
                const std::optional<Provenance>& where = std::nullopt) const;

 private:
  // The grammar's pattern `name`, or nullptr with a diagnostic (once).
  const re2::RE2* Pattern(std::string_view name) const;
  void Missing(std::string_view kind, std::string_view name) const;

  const Grammar& grammar_;
  std::vector<Diagnostic>* diagnostics_;
  mutable std::set<std::string, std::less<>> reported_;
};

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_QI_GRAMMAR_H_

// GrammarView: what the quality-impact-2016 extractors ask of their grammar (the
// shared matching of findings/grammar_match.h) and where they write diagnostics.
// The host has checked that the grammar holds every name plugin.cc lists.
#ifndef FINDINGS_PLUGINS_QI2016_GRAMMAR_VIEW_H_
#define FINDINGS_PLUGINS_QI2016_GRAMMAR_VIEW_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "findings/grammar.h"
#include "findings/grammar_match.h"
#include "findings/model.h"

namespace findings::qi2016 {

class GrammarView {
 public:
  // `diagnostics` may be null (detection reports nothing).
  GrammarView(const Grammar& grammar, std::vector<Diagnostic>* diagnostics)
      : grammar_(grammar), diagnostics_(diagnostics) {}

  // The first match of pattern `name` in `text` at or after `from` into *match;
  // false when there is none.
  bool Search(std::string_view name, std::string_view text, Match* match,
              std::size_t from = 0) const {
    std::optional<Match> found = findings::Search(grammar_, name, text, from);
    if (found) *match = std::move(*found);
    return found.has_value();
  }
  bool Matches(std::string_view name, std::string_view text) const {
    return findings::Matches(grammar_, name, text);
  }
  std::vector<Match> SearchAll(std::string_view name, std::string_view text) const {
    return findings::SearchAll(grammar_, name, text);
  }
  const std::vector<std::pair<std::string, std::string>>& Words(std::string_view name) const {
    return findings::Words(grammar_, name);
  }
  const WordList* List(std::string_view name) const { return grammar_.words(name); }
  // The value of `term` in list `name`, or nullptr.
  const std::string* Lookup(std::string_view name, std::string_view term) const {
    return WordValue(grammar_, name, term);
  }
  // The text of data file `name` ("catalogue.json"), or nullptr.
  const std::string* Data(std::string_view name) const { return grammar_.data(name); }

  void Diagnose(const std::string& level, const std::string& code, const std::string& message,
                const std::optional<Provenance>& where = std::nullopt) const {
    if (diagnostics_) diagnostics_->push_back(Diagnostic{level, code, message, where});
  }

 private:
  const Grammar& grammar_;
  std::vector<Diagnostic>* diagnostics_;
};

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_GRAMMAR_VIEW_H_

// Loads a plugin's grammar folder (format: findings/grammar.h) and checks it.
//
// Every pattern is compiled once, with RE2's logging off and a memory budget.
// A file that does not parse or a pattern that does not compile is an error
// naming "file:line: reason" (file relative to the grammar folder's parent,
// e.g. "rated-2018/ratings.re2:14: missing ): (?P<rating>Good").
#ifndef FINDINGS_GRAMMAR_GRAMMAR_LOADER_H_
#define FINDINGS_GRAMMAR_GRAMMAR_LOADER_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "findings/grammar.h"
#include "findings/status.h"

namespace re2 {
class RE2;
}

namespace findings {

inline constexpr int kGrammarFormatVersion = 1;

// One example line written beside a pattern.
struct GrammarExample {
  std::string where;    // "rated-2018/ratings.re2:15"
  std::string pattern;  // the pattern's name
  std::string text;
  bool must_match = true;
  std::map<std::string, std::string> expected_captures;
};

class CompiledGrammar final : public Grammar {
 public:
  CompiledGrammar();
  ~CompiledGrammar() override;

  const re2::RE2* pattern(std::string_view name) const override;
  const WordList* words(std::string_view name) const override;
  const std::string* data(std::string_view file_name) const override;
  const std::string& sha256() const override { return sha256_; }

  const std::vector<GrammarExample>& examples() const { return examples_; }
  // One "where: what" message per example the patterns disagree with.
  std::vector<std::string> FailingExamples() const;

 private:
  friend class GrammarBuilder;
  std::map<std::string, std::unique_ptr<re2::RE2>, std::less<>> patterns_;
  // patterns_ by a view of its key: the plugins look patterns up by name tens
  // of thousands of times per report, and a hash beats the tree's string
  // compares (the views point into patterns_' nodes, which never move).
  std::unordered_map<std::string_view, const re2::RE2*> pattern_index_;
  std::map<std::string, WordList, std::less<>> words_;
  std::map<std::string, std::string, std::less<>> data_;
  std::vector<GrammarExample> examples_;
  std::string sha256_;
};

// Reads every *.re2, *.words and *.json file of `dir`.
Result<std::unique_ptr<CompiledGrammar>> LoadGrammar(const std::string& dir);

}  // namespace findings

#endif  // FINDINGS_GRAMMAR_GRAMMAR_LOADER_H_

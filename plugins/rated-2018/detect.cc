// Detection: the sum of the weights (detect.words) of the rated-report signals
// (detect.re2) found anywhere in the document, at most 1. One pattern-set pass
// per line looks for every signal at once, until all are found.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "findings/grammar_match.h"
#include "findings/text.h"
#include "pattern_set.h"
#include "plugin.h"

namespace findings::rated2018 {

namespace {

bool AnyLineMatches(const Document& doc, const Grammar& grammar, const std::string& pattern) {
  for (std::size_t i = 0; i < doc.lines.size(); ++i)
    if (Matches(grammar, pattern, doc.line_text(i))) return true;
  return false;
}

}  // namespace

double Detect(const Document& doc, const Grammar& grammar) {
  const WordList* weights = grammar.words("detect");
  if (!weights) return 0.0;
  std::vector<std::string> names;
  for (const auto& [pattern, weight] : weights->entries) names.push_back(pattern);
  const auto signals = PatternSet::For(grammar, names);
  std::uint64_t seen = 0;
  for (std::size_t i = 0; i < doc.lines.size() && seen != signals->all(); ++i)
    seen |= signals->Matching(grammar, doc.line_text(i));
  double score = 0;
  for (const auto& [pattern, weight] : weights->entries) {
    const int bit = signals->Bit(pattern);
    if (bit >= 0 ? (seen >> bit & 1) != 0 : AnyLineMatches(doc, grammar, pattern))
      score += ParseNumber(weight).value_or(0);
  }
  return std::clamp(score, 0.0, 1.0);
}

}  // namespace findings::rated2018

// Detection: how strongly a document looks like a 2016 Quality & Impact report,
// from signals the grammar names and weighs (detect.re2, detect_weights.words).
#include <algorithm>
#include <cstdlib>
#include <set>

#include "plugin.h"
#include "qi_grammar.h"

namespace findings::qi2016 {

double Detect(const Document& doc, const Grammar& grammar) {
  const GrammarView g(grammar, nullptr);
  std::set<std::string> seen;
  const auto& weights = g.Words("detect_weights");
  double confidence = 0;
  for (std::size_t i = 0; i < doc.lines.size(); ++i) {
    const std::string_view line = doc.line_text(i);
    for (const auto& [signal, weight] : weights) {
      if (seen.count(signal) || !g.Matches(signal, line)) continue;
      seen.insert(signal);
      confidence += std::strtod(weight.c_str(), nullptr);
    }
  }
  return std::clamp(confidence, 0.0, 1.0);
}

}  // namespace findings::qi2016

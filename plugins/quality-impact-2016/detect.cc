// Detection: how strongly a document looks like a 2016 Quality & Impact report,
// from signals the grammar names and weighs (detect.re2, detect_weights.words).
#include <algorithm>
#include <vector>

#include "findings/text.h"
#include "grammar_view.h"
#include "plugin.h"

namespace findings::qi2016 {

double Detect(const Document& doc, const Grammar& grammar) {
  const GrammarView g(grammar, nullptr);
  const auto& weights = g.Words("detect_weights");
  std::vector<bool> seen(weights.size(), false);  // a signal listed twice counts once
  std::size_t unseen = weights.size();
  double confidence = 0;
  for (std::size_t i = 0; i < doc.lines.size() && unseen > 0; ++i) {
    const std::string_view line = doc.line_text(i);
    for (std::size_t k = 0; k < weights.size(); ++k) {
      if (seen[k] || !g.Matches(weights[k].first, line)) continue;
      confidence += ParseNumber(weights[k].second).value_or(0);
      for (std::size_t same = k; same < weights.size(); ++same)
        if (!seen[same] && weights[same].first == weights[k].first) {
          seen[same] = true;
          --unseen;
        }
    }
  }
  return std::clamp(confidence, 0.0, 1.0);
}

}  // namespace findings::qi2016

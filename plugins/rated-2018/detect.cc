// Detection: the sum of the weights (detect.words) of the rated-report signals
// (detect.re2) found anywhere in the document, at most 1.
#include <algorithm>
#include <string>

#include "context.h"
#include "plugin.h"

namespace findings::rated2018 {

double Detect(const Document& doc, const Grammar& grammar) {
  const WordList* weights = grammar.words("detect");
  if (!weights) return 0.0;
  double score = 0;
  for (const auto& [pattern, weight] : weights->entries) {
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
      if (!Find(grammar, pattern, doc.line_text(i))) continue;
      score += std::atof(weight.c_str());
      break;
    }
  }
  return std::clamp(score, 0.0, 1.0);
}

}  // namespace findings::rated2018

// Extract: the report block and every finding of a 2016 Quality & Impact report.
#include "plugin.h"

#include "catalogue.h"
#include "extractors.h"
#include "grammar_view.h"
#include "qi_outline.h"

namespace findings::qi2016 {

Status Extract(const Document& doc, const Grammar& grammar, Findings* out) {
  if (!out) return Status::Error(Code::kInvalidArgument, "no findings to fill");
  const GrammarView g(grammar, &out->diagnostics);
  const Outline outline = BuildOutline(doc, g);
  const Catalogue catalogue = LoadCatalogue(g);
  const ReportView src{doc, outline, g, catalogue};
  out->report.format = kName;
  ReadReportBlock(src, &out->report);
  ExtractKeyFacts(src, &out->key_facts);
  ExtractPercentages(src, &out->percentages);
  ExtractRecommendations(src, &out->recommendations);
  ExtractPracticeExamples(src, &out->practice_examples);
  ExtractJudgements(src, &out->judgements);
  return Status::Ok();
}

}  // namespace findings::qi2016

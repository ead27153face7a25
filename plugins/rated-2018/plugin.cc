// Extract: builds the context (framework, report block, landmarks) and runs each
// finding kind's extractor over it.
#include "plugin.h"

#include "context.h"
#include "extractors.h"
#include "grammar_cache.h"
#include "line_index.h"
#include "sections.h"

namespace findings::rated2018 {

Status Extract(const Document& doc, const Grammar& grammar, Findings* out) {
  if (!out) return Status::Error(Code::kInvalidArgument, "no findings to fill");
  const std::string* standards = grammar.data("standards.json");
  if (!standards)  // the host refuses such a grammar (kDataFiles); a direct caller may not
    return Status::Error(Code::kNotFound, "rated-2018 grammar lacks standards.json");
  const auto framework = DerivedFrom<Result<Framework>>(
      grammar, "standards.json", [&] { return ParseFramework(*standards); });
  if (!framework->ok()) return framework->status();
  const LineIndex index(doc, grammar);
  Context ctx{doc, grammar, framework->value(), "", {}, out, &index};
  out->report.format = kName;
  ReadReportBlock(&ctx);
  FindLandmarks(&ctx);
  const Sections sections(ctx);
  ExtractRatings(ctx);
  ExtractCaseResults(ctx);
  ExtractRecommendations(ctx);
  ExtractJudgements(ctx);
  ExtractPercentages(ctx, sections);
  ExtractPracticeExamples(ctx, sections);
  ExtractKeyFacts(ctx);
  return Status::Ok();
}

}  // namespace findings::rated2018

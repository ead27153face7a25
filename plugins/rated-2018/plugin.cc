// Extract: builds the context (framework, report block, landmarks) and runs each
// finding kind's extractor over it.
#include "plugin.h"

#include "context.h"
#include "extractors.h"
#include "grammar_cache.h"
#include "line_index.h"
#include "sections.h"

namespace findings::rated2018 {

namespace {

// Patterns and lists the extractors cannot work without.
Status CheckGrammar(const Grammar& grammar) {
  for (const char* name :
       {"title_lead", "area_provider", "rating_word", "standard_row", "ratings_summary_start",
        "overall_rating_row", "overall_findings", "recommendations", "annex", "domain_heading",
        "numbered_item", "addressee_line", "percent_figure", "percent_words", "footnote_line"})
    if (!grammar.pattern(name))
      return Status::Error(Code::kNotFound,
                           std::string("rated-2018 grammar lacks the pattern '") + name + "'");
  for (const char* name : {"ratings", "months", "providers", "addressees", "numbers"})
    if (!grammar.words(name))
      return Status::Error(Code::kNotFound,
                           std::string("rated-2018 grammar lacks the word list '") + name + "'");
  return Status::Ok();
}

}  // namespace

Status Extract(const Document& doc, const Grammar& grammar, Findings* out) {
  if (!out) return Status::Error(Code::kInvalidArgument, "no findings to fill");
  if (Status s = CheckGrammar(grammar); !s.ok()) return s;
  const std::string* standards = grammar.data("standards.json");
  if (!standards)
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

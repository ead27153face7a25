// The rated-2018 extractors, one per finding kind; each reads the context and
// appends to ctx.out (findings and diagnostics). None of them fails: what cannot
// be read becomes a diagnostic.
#ifndef FINDINGS_PLUGINS_RATED2018_EXTRACTORS_H_
#define FINDINGS_PLUGINS_RATED2018_EXTRACTORS_H_

#include "context.h"
#include "sections.h"

namespace findings::rated2018 {

// Title, area, provider, dates and lead inspector; sets ctx->provider.
void ReadReportBlock(Context* ctx);
void ExtractRatings(const Context& ctx);
void ExtractCaseResults(const Context& ctx);
void ExtractRecommendations(const Context& ctx);
void ExtractJudgements(const Context& ctx);
// `sections`: the section path of each line of ctx's document.
void ExtractPercentages(const Context& ctx, const Sections& sections);
void ExtractPracticeExamples(const Context& ctx, const Sections& sections);
void ExtractKeyFacts(const Context& ctx);

}  // namespace findings::rated2018

#endif

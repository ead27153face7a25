// The extractors of the quality-impact-2016 plugin, one per part of the model.
// Each reads the document through its outline, appends what it finds, and
// reports what it expected but could not read through the grammar view's
// diagnostics; none fails.
#ifndef FINDINGS_PLUGINS_QI2016_EXTRACTORS_H_
#define FINDINGS_PLUGINS_QI2016_EXTRACTORS_H_

#include <string>
#include <vector>

#include "catalogue.h"
#include "findings/document.h"
#include "findings/model.h"
#include "grammar_view.h"
#include "qi_outline.h"

namespace findings::qi2016 {

// What an extractor reads: the document, its outline, the grammar and its
// catalogue (a view; it owns none of them).
struct ReportView {
  const Document& doc;
  const Outline& outline;
  const GrammarView& grammar;
  const Catalogue& catalogue;

  std::size_t size() const { return doc.lines.size(); }
  const LineInfo& info(std::size_t i) const { return outline.lines[i]; }
  // The line with runs of space collapsed (a view into the outline).
  std::string_view text(std::size_t i) const;
  Provenance provenance(std::size_t first_line, std::size_t last_line) const;
  // Line `i` joined with the lines that continue it across a page break; sets
  // *last to the last line used.
  std::string paragraph(std::size_t i, std::size_t* last) const;
};

void ReadReportBlock(const ReportView& src, Report* report);
void ExtractKeyFacts(const ReportView& src, std::vector<KeyFact>* out);
void ExtractRecommendations(const ReportView& src, std::vector<Recommendation>* out);
void ExtractPracticeExamples(const ReportView& src, std::vector<PracticeExample>* out);
void ExtractPercentages(const ReportView& src, std::vector<Percentage>* out);
void ExtractJudgements(const ReportView& src, std::vector<Judgement>* out);

// Whether percentages in this part belong to `percentages` (not: the contents
// page, the key facts panel, the glossary).
bool CountsPercentages(Part part);

// Which provider a text is about, from the providers it names: CRC or NPS when
// it names one of them only, else null.
ProviderCode ProviderNamedIn(const GrammarView& grammar, const std::string& text);

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_EXTRACTORS_H_

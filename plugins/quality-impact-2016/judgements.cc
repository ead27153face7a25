// Judgements: the summary paragraphs of chapter 1, one per paragraph under each
// domain's "CRC effectiveness", "NPS effectiveness" and "working together" headings.
#include "extractors.h"
#include "text_util.h"

namespace findings::qi2016 {

void ExtractJudgements(const ReportView& src, std::vector<Judgement>* out) {
  bool seen_summary = false;
  for (std::size_t i = 0; i < src.size(); ++i) {
    const LineInfo& info = src.info(i);
    if (info.part != Part::kSummary) continue;
    seen_summary = true;
    if (!info.domain || !info.in_provider_section) continue;
    if (info.kind != OutlineKind::kParagraph && info.kind != OutlineKind::kBullet) continue;
    if (info.continues_previous) continue;
    std::size_t last = i;
    Judgement j;
    j.kind = "summary";
    j.domain = info.domain;
    j.provider = info.provider;
    std::string text = src.paragraph(i, &last);
    if (info.kind == OutlineKind::kBullet) text = text.substr(text.find(' ') + 1);
    j.text = CollapseSpace(StripFootnoteMarkers(text, nullptr));
    j.provenance = src.provenance(i, last);
    out->push_back(std::move(j));
  }
  if (!seen_summary)
    src.grammar.Diagnose("warning", "judgements.missing",
                         "no chapter \"1. Overall judgements and recommendations\"");
  else if (out->empty())
    src.grammar.Diagnose("warning", "judgements.none",
                         "chapter 1 has no paragraph under a CRC/NPS effectiveness heading");
}

}  // namespace findings::qi2016

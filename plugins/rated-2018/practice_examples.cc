// Case examples set apart by a lead-in line ("In one case, we noted:") and given in
// the following paragraph(s), usually quoted, or on the lead-in's line where the layout
// ran the two together. Polarity comes from cue words of the
// grammar where they clearly lean one way; otherwise "unclear" and a diagnostic.
#include <cctype>
#include <optional>
#include <string>

#include "extractors.h"
#include "paragraphs.h"
#include "sections.h"
#include "text_util.h"

namespace findings::rated2018 {

namespace {

constexpr int kMaxExampleParagraphs = 4;

bool StartsQuote(std::string_view text) {
  return !text.empty() && (text.front() == '"' || text.front() == '\'');
}

bool EndsQuote(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  return !text.empty() && (text.back() == '"' || text.back() == '\'');
}

// Count of each polarity's cues in `text` (whole words or phrases, lower case).
std::string Polarity(const Context& ctx, const std::string& text) {
  const WordList* cues = ctx.grammar.words("practice_polarity");
  if (!cues) return "unclear";
  const std::string padded = " " + CollapseSpace(Lower(text)) + " ";
  int good = 0, poor = 0;
  for (const auto& [cue, polarity] : cues->entries) {
    for (std::size_t at = padded.find(cue); at != std::string::npos;
         at = padded.find(cue, at + 1)) {
      const char before = padded[at - 1], after = padded[at + cue.size()];
      if (std::isalpha(static_cast<unsigned char>(before)) ||
          std::isalpha(static_cast<unsigned char>(after)))
        continue;
      (polarity == "good" ? good : poor)++;
    }
  }
  if (good >= 2 * poor + 1) return "good";
  if (poor >= 2 * good + 1) return "poor";
  return "unclear";
}

// `run_in`: where on the lead-in's own line the case starts, if the layout ran the two
// together (0: the case starts on the next line).
void ReadExample(const Context& ctx, std::size_t lead_in, std::size_t run_in,
                 const Sections& sections) {
  std::vector<bool> used(ctx.lines(), false);
  std::string text;
  std::size_t i = run_in > 0 ? lead_in : lead_in + 1, last = lead_in;
  for (int n = 0; n < kMaxExampleParagraphs && i < ctx.lines(); ++n) {
    Paragraph p = ParagraphAt(ctx, i, ctx.lines(), &used);
    if (n == 0 && run_in > 0) p.text.erase(0, run_in);
    if (n > 0 && !StartsQuote(p.text)) break;
    text += (text.empty() ? "" : " ") + p.text;
    last = p.lines.back();
    i = last + 1;
    if (!StartsQuote(p.text) || EndsQuote(p.text)) break;
  }
  PracticeExample e;
  e.text = StripFootnotes(text);
  if (e.text.size() >= 2 && StartsQuote(e.text)) e.text = e.text.substr(1);
  while (!e.text.empty() && (e.text.back() == '"' || e.text.back() == '\'')) e.text.pop_back();
  e.polarity = Polarity(ctx, e.text);
  const bool in_annex = ctx.marks.annex1 != kNone && lead_in >= ctx.marks.annex1;
  if (!ctx.provider.empty() && !in_annex) e.provider = ctx.provider;
  if (!ctx.marks.line_domain[lead_in].empty())
    e.domain = ctx.DomainHeading(ctx.marks.line_domain[lead_in]);
  e.section = sections.At(lead_in);
  e.provenance = ctx.At(ctx.doc.lines[lead_in].start, ctx.doc.lines[last].end);
  if (e.polarity == "unclear")
    ctx.out->diagnostics.push_back({"warning", "practice_examples.polarity-unclear",
                                    "a case example whose polarity the text does not make plain",
                                    e.provenance});
  ctx.out->practice_examples.push_back(std::move(e));
}

}  // namespace

void ExtractPracticeExamples(const Context& ctx, const Sections& sections) {
  const std::size_t end = ctx.marks.annex2 != kNone ? ctx.marks.annex2 : ctx.lines();
  for (std::size_t i = 0; i + 1 < end; ++i)
    if (const std::optional<Match> lead_in = ctx.SearchLine("example_lead_in", i))
      ReadExample(ctx, i, lead_in->has("case") ? lead_in->spans.at("case").first : 0, sections);
}

}  // namespace findings::rated2018

// Percentages in the body: every "N%", "N per cent" and figure in words ("four per
// cent") outside the contents, the key-facts panel, Annex 2 and the glossary, with
// its sentence, section, domain and provider.
#include <algorithm>
#include <string>
#include <vector>

#include "extractors.h"
#include "paragraphs.h"
#include "sections.h"
#include "text_util.h"

namespace findings::rated2018 {

namespace {

struct Figure {
  double value = 0;
  std::size_t start = 0;  // in the paragraph's text
  std::size_t end = 0;
};

// Every figure of `text`, left to right, from either pattern.
std::vector<Figure> Figures(const Context& ctx, const std::string& text) {
  std::vector<Figure> figures;
  for (const char* pattern : {"percent_figure", "percent_words"}) {
    std::size_t from = 0;
    while (from < text.size()) {
      auto m = ctx.Search(pattern, std::string_view(text).substr(from));
      if (!m) break;
      const std::optional<double> value =
          m->has("number") ? ParseNumber(m->group("number"))
                           : ReadNumberWords(ctx.grammar.words("numbers"), m->group("words"));
      if (value) figures.push_back({*value, from + m->begin, from + m->end});
      from += m->end;
    }
  }
  std::sort(figures.begin(), figures.end(),
            [](const Figure& a, const Figure& b) { return a.start < b.start; });
  return figures;
}

// Lines whose figures are not body percentages.
std::vector<bool> Excluded(const Context& ctx) {
  const Landmarks& m = ctx.marks;
  std::vector<bool> out(ctx.lines(), false);
  auto mark = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i != kNone && i < to && i < ctx.lines(); ++i) out[i] = true;
  };
  std::size_t body = m.overall_findings;
  for (std::size_t i = 0; i < ctx.lines() && body == kNone; ++i)
    if (ctx.LineMatches("foreword", i)) body = i;
  mark(0, body == kNone ? 0 : body);
  if (m.key_facts != kNone) {
    std::size_t to = m.key_facts + 1;
    while (to < ctx.lines() && m.line_domain[to].empty() && to != m.annex1) ++to;
    mark(m.key_facts, to);
  }
  mark(m.annex2, m.annex2_end);
  mark(m.glossary, ctx.lines());
  return out;
}

void Emit(const Context& ctx, const Paragraph& p, const Figure& f, const Sections& sections) {
  const auto [start, end] = p.SentenceAround(f.start);
  const std::size_t line = p.lines.front();
  Percentage pct;
  pct.value = f.value;
  pct.sentence = StripFootnotes(std::string_view(p.text).substr(start, end - start), &pct.footnotes);
  const bool in_annex = ctx.marks.annex1 != kNone && line >= ctx.marks.annex1;
  if (!ctx.provider.empty() && !in_annex) pct.provider = ctx.provider;
  if (!ctx.marks.line_domain[line].empty())
    pct.domain = ctx.DomainHeading(ctx.marks.line_domain[line]);
  pct.section = sections.At(line);
  pct.provenance = ctx.At(p.DocOffset(start), p.DocOffset(end > start ? end - 1 : start) + 1);
  ctx.out->percentages.push_back(std::move(pct));
}

}  // namespace

void ExtractPercentages(const Context& ctx, const Sections& sections) {
  const std::vector<bool> excluded = Excluded(ctx);
  const auto paragraphs =
      Paragraphs(ctx, 0, ctx.lines(), [&](std::size_t i) { return !excluded[i]; });
  for (const Paragraph& p : paragraphs)
    for (const Figure& f : Figures(ctx, p.text)) Emit(ctx, p, f, sections);
}

}  // namespace findings::rated2018

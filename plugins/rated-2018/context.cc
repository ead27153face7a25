#include "context.h"

#include <algorithm>

namespace findings::rated2018 {

std::string Context::WordValue(std::string_view list, std::string_view term) const {
  const std::string* value = findings::WordValue(grammar, list, term);
  return value ? *value : std::string();
}

std::optional<std::pair<std::size_t, std::size_t>> Context::Section(
    std::size_t from, std::size_t to, std::size_t max_lines, const std::string& code,
    const std::string& message) const {
  if (from == kNone) {
    Diagnose("error", code, message);
    return std::nullopt;
  }
  return std::make_pair(from, to != kNone ? to : std::min(from + max_lines, lines()));
}

Provenance Context::At(std::size_t start, std::size_t end) const {
  Provenance p;
  p.page = doc.page_at(start);
  p.start = start;
  p.end = end;
  return p;
}

void Context::Diagnose(const std::string& level, const std::string& code,
                       const std::string& message, std::size_t where) const {
  Diagnostic d;
  d.level = level;
  d.code = code;
  d.message = message;
  if (where != kNone && where < lines()) d.provenance = Line(where);
  out->diagnostics.push_back(std::move(d));
}

std::optional<std::string> Context::DomainHeading(const std::string& id) const {
  const Domain* d = framework.domain(id);
  if (!d) return std::nullopt;
  return d->heading;
}

std::optional<Match> Context::SearchLine(std::string_view name, std::size_t i) const {
  if (!LineMatches(name, i)) return std::nullopt;
  return Search(name, line(i));
}

bool Context::LineMatches(std::string_view name, std::size_t i) const {
  return index ? index->Matches(name, i) : findings::Matches(grammar, name, line(i));
}

bool Context::IsFootnoteLine(std::size_t i) const {
  return doc.kind(i) == BlockKind::kFootnote || LineMatches("footnote_line", i);
}

bool Context::IsSummaryLine(std::size_t i) const {
  if (marks.ratings_summary == kNone || i < marks.ratings_summary) return false;
  const std::size_t from = doc.lines[marks.ratings_summary].start, at = doc.lines[i].start;
  std::size_t first_row = kNone;
  for (const Rating& r : out->ratings) {
    if (r.provenance.start < from) continue;  // read from the overall findings' prose
    if (r.provenance.start <= at && at < r.provenance.end) return true;
    first_row = std::min(first_row, r.provenance.start);
  }
  return first_row != kNone && at < first_row;
}

namespace {

// The first line at or after `from` (and before `to`) that matches `pattern`.
std::size_t FirstLine(const Context& ctx, std::string_view pattern, std::size_t from,
                      std::size_t to = kNone) {
  if (from == kNone) return kNone;
  for (std::size_t i = from; i < ctx.lines() && i < to; ++i)
    if (ctx.LineMatches(pattern, i)) return i;
  return kNone;
}

std::size_t Or(std::size_t a, std::size_t b) { return a != kNone ? a : b; }

// The annexes are the last run of "Annex n:" lines that starts at Annex 1: the
// contents page lists them too, and a layout may set its entries as lines of their
// own, without their page numbers.
void FindAnnexes(Context* ctx) {
  Landmarks& m = ctx->marks;
  for (std::size_t i = 0; i < ctx->lines(); ++i) {
    auto annex = ctx->SearchLine("annex", i);
    if (!annex) continue;
    const std::string n = annex->group("n");
    if (n == "1") {
      m.annex1 = i;
      m.annex2 = m.annex2_end = m.glossary = kNone;
    }
    if (m.annex2 != kNone && m.annex2_end == kNone && n != "2") m.annex2_end = i;
    if (n == "2" && m.annex2 == kNone) m.annex2 = i;
    if (m.glossary == kNone && ctx->Search("glossary", annex->group("title"))) m.glossary = i;
  }
  if (m.annex2 != kNone && m.annex2_end == kNone) m.annex2_end = Or(m.glossary, ctx->lines());
}

// A standard's row or heading in the body names the domain it belongs to.
std::string StandardDomainAt(const Context& ctx, std::size_t i) {
  auto row = ctx.SearchLine("standard_row", i);
  if (!row) return "";
  const Standard* s = ctx.framework.standard(row->group("id"));
  return s && ctx.framework.Applies(s->domain, ctx.provider) ? s->domain : "";
}

// The next domain of the report after `id` ("2" after "1", "3" or "4" after "2").
std::string NextDomain(const Context& ctx, const std::string& id) {
  for (const Domain& d : ctx.framework.domains)
    if (d.id > id && ctx.framework.Applies(d.id, ctx.provider)) return d.id;
  return id;
}

// Assigns each body line its domain. Headings missing from the text (an image in
// the source) are bridged: a standard row names its domain, and a "Strengths:"
// list after a domain's standards opens the next domain.
void AssignDomains(Context* ctx) {
  Landmarks& m = ctx->marks;
  m.line_domain.assign(ctx->lines(), "");
  const std::size_t begin = Or(m.key_facts, Or(m.background, m.recommendations));
  const std::size_t end = Or(m.annex1, Or(m.annex2, ctx->lines()));
  if (begin == kNone) return;
  std::string current;
  bool standard_seen = false;
  for (std::size_t i = begin; i < end && i < ctx->lines(); ++i) {
    if (auto heading = ctx->SearchLine("domain_heading", i)) {
      if (ctx->framework.Applies(heading->group("n"), ctx->provider)) {
        current = heading->group("n");
        standard_seen = false;
      }
    } else if (std::string d = StandardDomainAt(*ctx, i); !d.empty()) {
      current = d;
      standard_seen = true;
    } else if (standard_seen && !current.empty() && ctx->LineMatches("strengths", i)) {
      current = NextDomain(*ctx, current);
      standard_seen = false;
    }
    m.line_domain[i] = current;
  }
}

}  // namespace

void FindLandmarks(Context* ctx) {
  Landmarks& m = ctx->marks;
  m.overall_findings = FirstLine(*ctx, "overall_findings", 0);
  m.ratings_summary = FirstLine(*ctx, "ratings_summary_start", Or(m.overall_findings, 0));
  m.recommendations = FirstLine(*ctx, "recommendations", Or(m.ratings_summary, 0));
  // A typesetter may float the summary (a table) on past the heading after it.
  if (m.recommendations == kNone)
    m.recommendations = FirstLine(*ctx, "recommendations", Or(m.overall_findings, 0));
  // The overall findings end where the summary starts: at its first row, or at the
  // heading of its first domain where a typesetter floated its tables on (past the
  // recommendations, even) and left their headings in place.
  m.overall_findings_end =
      std::min({m.ratings_summary, m.recommendations,
                FirstLine(*ctx, "domain_heading", Or(m.overall_findings, 0), m.ratings_summary)});
  m.background = FirstLine(*ctx, "background", Or(m.recommendations, 0));
  m.key_facts = FirstLine(*ctx, "key_facts", Or(m.background, 0));
  FindAnnexes(ctx);
  AssignDomains(ctx);
}

}  // namespace findings::rated2018

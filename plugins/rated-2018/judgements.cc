// Judgements: the "Strengths:" and "Areas for improvement:" bullets of each domain,
// and the key-finding headlines of "Overall findings".
#include <cctype>
#include <string>

#include "extractors.h"
#include "text_util.h"

namespace findings::rated2018 {

namespace {

constexpr std::size_t kMaxHeadlineWords = 30;

bool IsBullet(std::string_view text) { return text.rfind("•", 0) == 0; }

// Bullet text without the mark, stray trailing marks and footnote markers.
std::string BulletText(std::string_view text) {
  std::string t = StripFootnotes(text);
  if (IsBullet(t)) t = CollapseSpace(t.substr(std::string("•").size()));
  while (t.size() >= 3 && t.compare(t.size() - 3, 3, "•") == 0)
    t = CollapseSpace(t.substr(0, t.size() - 3));
  return t;
}

std::optional<std::string> DomainOf(const Context& ctx, const std::string& id) {
  if (id.empty()) return std::nullopt;
  return ctx.DomainHeading(id);
}

void Add(const Context& ctx, const std::string& kind, const std::optional<std::string>& domain,
         std::string text, std::size_t line) {
  Judgement j;
  j.kind = kind;
  j.domain = domain;
  if (!ctx.provider.empty()) j.provider = ctx.provider;
  j.text = std::move(text);
  j.provenance = ctx.Line(line);
  ctx.out->judgements.push_back(std::move(j));
}

// The bullets after a "Strengths:" / "Areas for improvement:" line. A page's footnotes
// may stand between them, where the page broke the list or after its lead-in line, and
// so may rows of the summary of ratings, where a typesetter floated them there.
std::size_t ReadList(const Context& ctx, std::size_t heading, const std::string& kind) {
  const auto domain = DomainOf(ctx, ctx.marks.line_domain[heading]);
  if (!domain)
    ctx.Diagnose("warning", "judgements.domain-unknown",
                 "a '" + kind + "' list outside any domain", heading);
  bool items = false;
  std::size_t i = heading + 1, read = i;  // `read`: one past the list's last line
  for (; i < ctx.lines(); ++i) {
    const std::string_view text = ctx.line(i);
    if (ctx.IsFootnoteLine(i) || ctx.IsSummaryLine(i)) continue;
    if (IsBullet(text)) {
      if (const std::string t = BulletText(text); !t.empty()) Add(ctx, kind, domain, t, i);
      items = true;
    } else if (StartsLower(text) && items) {
      Judgement& last = ctx.out->judgements.back();  // a bullet wrapped onto this line
      last.text = CollapseSpace(last.text + " " + StripFootnotes(text));
      last.provenance.end = ctx.doc.lines[i].end;
    } else {
      break;
    }
    read = i + 1;
  }
  if (!items)
    ctx.Diagnose("warning", "judgements.empty-list", "no bullets after '" + kind + "'", heading);
  return items ? read : i;
}

// The domain a "Our key findings about … were as follows:" line opens.
std::string KeyFindingDomain(const Context& ctx, const std::string& about) {
  const WordList* list = ctx.grammar.words("key_findings");
  if (!list) return "";
  const std::string lower = Lower(about);
  for (const auto& [phrase, domain] : list->entries) {
    if (lower.rfind(phrase, 0) != 0) continue;
    if (domain != "3") return domain;
    return ctx.provider == "CRC" ? "4" : "3";
  }
  return "";
}

bool IsStandardOrDomainTitle(const Context& ctx, const std::string& text) {
  const std::string t = Lower(TrimTrailing(text, "."));
  for (const Standard& s : ctx.framework.standards)
    if (Lower(s.title) == t) return true;
  for (const Domain& d : ctx.framework.domains)
    if (Lower(d.title) == t) return true;
  return false;
}

// A headline: a bullet, or a short line without a closing full stop, that is not
// a sub-heading (a standard's title) and does not introduce the next block.
bool IsHeadline(const Context& ctx, std::size_t i, std::size_t end) {
  const std::string_view raw = ctx.line(i);
  const std::string text = BulletText(raw);
  const std::size_t words = Words(text).size();
  if (words < 3 || words > kMaxHeadlineWords || ctx.IsFootnoteLine(i)) return false;
  if (IsStandardOrDomainTitle(ctx, text)) return false;
  if (i + 1 < end && ctx.LineMatches("key_findings_intro", i + 1)) return false;
  return IsBullet(raw) || (text.back() != '.' && text.back() != ':');
}

// A headline the text layer ran onto the end of the paragraph before it: a last
// sentence without closing punctuation after a closed one. Returns its offset in the line.
std::optional<std::size_t> FusedHeadline(const Context& ctx, std::size_t i) {
  const std::string_view text = ctx.line(i);
  if (text.empty() || std::string_view(".!?:\"'").find(text.back()) != std::string_view::npos)
    return std::nullopt;
  if (i + 1 < ctx.lines() && StartsLower(ctx.line(i + 1))) return std::nullopt;  // page break
  const std::size_t stop = text.rfind(". ");
  if (stop == std::string_view::npos) return std::nullopt;
  const std::string tail = CollapseSpace(text.substr(stop + 2));
  const std::size_t words = Words(tail).size();
  if (words < 3 || words > kMaxHeadlineWords || IsStandardOrDomainTitle(ctx, tail) ||
      !std::isupper(static_cast<unsigned char>(tail.front())))
    return std::nullopt;
  return stop + 2;
}

// A bulleted headline the text layer ran into the paragraph after it: too long for a
// headline, and a word is followed by a capitalised word and then a lower-case one
// ("… communicated to staff Reliable information …"). Returns where the paragraph starts.
std::optional<std::size_t> HeadlineFusedWithParagraph(std::string_view line) {
  if (!IsBullet(line) || Words(line).size() <= kMaxHeadlineWords) return std::nullopt;
  const auto tokens = Tokenise(line);
  for (std::size_t k = 3; k + 1 < tokens.size() && k <= kMaxHeadlineWords; ++k) {
    const char first = line[tokens[k].start];
    const char before = line[tokens[k].start - 1];
    const bool after_word = before == ' ' && std::islower(static_cast<unsigned char>(
                                                 line[tokens[k - 1].end - 1]));
    if (after_word && std::isupper(static_cast<unsigned char>(first)) &&
        std::islower(static_cast<unsigned char>(line[tokens[k + 1].start])) &&
        tokens[k - 1].end + 1 == tokens[k].start)
      return tokens[k].start;
  }
  return std::nullopt;
}

// Adds the key finding at [from, to) of line `i`, split off a fused line.
void AddSpan(const Context& ctx, const std::optional<std::string>& domain, std::size_t from,
             std::size_t to, std::size_t i) {
  const std::string_view text = ctx.line(i).substr(from, to - from);
  Add(ctx, "key_finding", domain, BulletText(text), i);
  ctx.out->judgements.back().provenance.start = ctx.doc.lines[i].start + from;
  ctx.out->judgements.back().provenance.end = ctx.doc.lines[i].start + to;
  ctx.Diagnose("warning", "judgements.fused-headline",
               "a key-finding headline was fused with a paragraph; split off", i);
}

void ReadKeyFindings(const Context& ctx) {
  const auto section =
      ctx.Section(ctx.marks.overall_findings, ctx.marks.overall_findings_end, 80,
                  "judgements.overall-findings-missing", "no 'Overall findings' section");
  if (!section) return;
  const auto [begin, end] = *section;
  std::string domain;
  bool in_block = false;
  for (std::size_t i = begin + 1; i < end; ++i) {
    if (auto intro = ctx.SearchLine("key_findings_intro", i)) {
      domain = KeyFindingDomain(ctx, intro->group("about"));
      in_block = true;
      if (domain.empty())
        ctx.Diagnose("warning", "judgements.domain-unknown",
                     "key findings about '" + intro->group("about") + "': domain not recognised",
                     i);
      continue;
    }
    if (!in_block) continue;
    if (IsHeadline(ctx, i, end))
      Add(ctx, "key_finding", DomainOf(ctx, domain), BulletText(ctx.line(i)), i);
    else if (auto tail = FusedHeadline(ctx, i))
      AddSpan(ctx, DomainOf(ctx, domain), *tail, ctx.line(i).size(), i);
    else if (auto split = HeadlineFusedWithParagraph(ctx.line(i)))
      AddSpan(ctx, DomainOf(ctx, domain), 0, *split, i);
  }
}

}  // namespace

void ExtractJudgements(const Context& ctx) {
  ReadKeyFindings(ctx);
  const std::size_t begin = ctx.marks.background != kNone ? ctx.marks.background : 0;
  const std::size_t end = ctx.marks.annex1 != kNone ? ctx.marks.annex1 : ctx.lines();
  for (std::size_t i = begin; i < end;) {
    if (ctx.LineMatches("strengths", i))
      i = ReadList(ctx, i, "strength");
    else if (ctx.LineMatches("areas_for_improvement", i))
      i = ReadList(ctx, i, "area_for_improvement");
    else
      ++i;
  }
}

}  // namespace findings::rated2018

// Annex 2: one result per key question with its "% yes". The table's text layer is
// often damaged (ids lost, cells split across lines, statements fused), so each
// question is found by its wording from the framework, in order, in the annex's
// word stream; its figure is the first "N%" from there to the end of that row, or,
// where that has none, one before the question on its first line beside its id. The
// stream runs from the annex's heading to the document's end, not to the next annex's
// heading: a layout that floats its tables (LaTeX's table floats) may set the annex's
// tables pages after it, past the next annex's heading.
#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extractors.h"
#include "text_util.h"

namespace findings::rated2018 {

namespace {

bool IsNoise(const Token& t) {
  if (t.footnote || t.percent) return true;
  for (char c : t.word)
    if (c < '0' || c > '9') return false;
  return true;  // ids and stray footnote digits
}

// Index one past the last token of `words` matched from `p`, or 0 when they do not match.
std::size_t MatchAt(const std::vector<Token>& tokens, std::size_t p,
                    const std::vector<std::string>& words) {
  std::size_t k = 0, j = p;
  while (k < words.size() && j < tokens.size()) {
    if (tokens[j].word == words[k]) {
      ++k;
      ++j;
    } else if (k > 0 && IsNoise(tokens[j])) {
      ++j;
    } else {
      return 0;
    }
  }
  return k == words.size() ? j : 0;
}

struct Found {
  const KeyQuestion* question;
  std::size_t first = 0;  // token range of the question's words
  std::size_t last = 0;   // one past
};

bool FindQuestion(const std::vector<Token>& tokens, std::size_t from, const KeyQuestion& q,
                  Found* found) {
  const auto words = Words(q.text);
  if (words.empty()) return false;
  for (std::size_t p = from; p < tokens.size(); ++p) {
    if (tokens[p].footnote || tokens[p].word != words[0]) continue;
    if (std::size_t end = MatchAt(tokens, p, words)) {
      *found = {&q, p, end};
      return true;
    }
  }
  return false;
}

// Offset of the end of the line holding `offset`.
std::size_t LineEnd(const Document& doc, std::size_t offset) {
  const std::size_t nl = doc.text.find('\n', offset);
  return nl == std::string::npos ? doc.text.size() : nl;
}

// Index of the row's "% yes": the first figure from the question's words to the end of
// the row (its last line), before the next question's words; tokens.size() for none.
std::size_t FigureAfter(const Context& ctx, const std::vector<Token>& tokens, const Found& f,
                        std::size_t limit) {
  const std::size_t row_end = LineEnd(ctx.doc, tokens[f.last - 1].start);
  for (std::size_t j = f.first; j < limit && tokens[j].start < row_end; ++j)
    if (tokens[j].percent && !tokens[j].footnote) return j;
  return tokens.size();
}

// Index of a figure set before the question on its first line, with nothing there but
// it and the row's id, that no other question took: a table whose question cells
// overflowed their column prints the row's figure over the question's first word
// ("4.1.1.\t61%Does assessment ..."). tokens.size() for none.
std::size_t FigureBefore(const Context& ctx, const std::vector<Token>& tokens, const Found& f,
                         const std::set<std::size_t>& taken) {
  const std::size_t line_start = ctx.doc.text.rfind('\n', tokens[f.first].start);
  std::size_t figure = tokens.size();
  for (std::size_t j = f.first; j-- > 0;) {
    if (line_start != std::string::npos && tokens[j].start < line_start) break;
    if (!IsNoise(tokens[j])) return tokens.size();  // another cell's words
    if (tokens[j].percent && !tokens[j].footnote && !taken.count(j)) figure = j;
  }
  return figure;
}

// The result of question `f`, its figure the token at `figure` (tokens.size() for none).
void Emit(const Context& ctx, const std::vector<Token>& tokens, const Found& f,
          std::size_t figure) {
  CaseResult r;
  if (!ctx.provider.empty()) r.provider = ctx.provider;
  r.question = f.question->id;
  r.text = f.question->text;
  std::size_t end = LineEnd(ctx.doc, tokens[f.last - 1].start);
  std::string unreadable;  // a figure that is no percentage ("4000%")
  if (figure < tokens.size()) {
    const std::optional<double> value = ParseNumber(tokens[figure].word);
    if (value && *value <= 100) r.percent = value;
    else unreadable = tokens[figure].word + "%";
    end = std::max(end, tokens[figure].end + 1);
  }
  const std::size_t line_start = ctx.doc.text.rfind('\n', tokens[f.first].start);
  const std::size_t start = line_start == std::string::npos ? 0 : line_start + 1;
  r.provenance = ctx.At(start, std::min(end, ctx.doc.text.size()));
  if (!unreadable.empty())
    ctx.out->diagnostics.push_back(
        {"warning", "case_results.unreadable-figure",
         "key question " + r.question + " has '" + unreadable + "', which is not a % yes",
         r.provenance});
  else if (!r.percent)
    ctx.out->diagnostics.push_back({"warning", "case_results.no-figure",
                                    "key question " + r.question + " is printed without a % yes",
                                    r.provenance});
  ctx.out->case_results.push_back(std::move(r));
}

// A standard's row of the annex whose rating cell is not one of the four words.
void CheckRatingCells(const Context& ctx) {
  for (std::size_t i = ctx.marks.annex2; i < ctx.marks.annex2_end; ++i) {
    const std::string_view text = ctx.line(i);
    auto row = ctx.SearchLine("standard_row", i);
    if (!row || ctx.LineMatches("rating_word", i)) continue;
    const auto tab = text.rfind('\t');
    if (tab == std::string_view::npos || CollapseSpace(text.substr(tab)).empty()) continue;
    const Standard* s = ctx.framework.standard(row->group("id"));
    if (s && WordSimilarity(text.substr(tab), s->title) > 0) continue;  // a title cell
    ctx.Diagnose("warning", "ratings.unreadable-cell",
                 "Annex 2 rating cell '" + CollapseSpace(text.substr(tab)) +
                     "' is not a rating; the summary of ratings is used",
                 i);
  }
}

// Whether `line`, a row of cells without a figure, repeats one the annex has had
// before: whole, or its last cells only, where the break set the header's first cell
// apart ("rd/Key question\tRating/% yes" under "Standa\trd/Key question\tRating/% yes").
bool RepeatsHeader(const std::set<std::string_view>& seen, std::string_view line) {
  if (seen.count(line)) return true;
  const std::string tail = "\t" + std::string(line);
  return std::any_of(seen.begin(), seen.end(),
                     [&](std::string_view header) { return EndsWith(header, tail); });
}

// What a page break sets between a row's lines (the page's footnotes, the table's
// header row repeated on the next page) is noise to the question's words: a footnote
// line, the line carrying on a footnote that ends open (its run-on past the page
// break, ContinuesAcrossBreak), and a row of cells without a figure that the annex
// has had before (RepeatsHeader).
void MarkPageBreakNoise(const Context& ctx, std::vector<Token>& tokens) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::set<std::string_view> seen;
  for (std::size_t i = ctx.marks.annex2; i < ctx.lines(); ++i) {
    const std::string_view line = ctx.line(i);
    const bool header = line.find('\t') != std::string_view::npos &&
                        std::none_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (header && RepeatsHeader(seen, line))
      spans.emplace_back(ctx.doc.lines[i].start, ctx.doc.lines[i].end);
    if (header) seen.insert(line);
    if (!ctx.IsFootnoteLine(i)) continue;
    spans.emplace_back(ctx.doc.lines[i].start, ctx.doc.lines[i].end);
    if (i + 1 < ctx.lines() && !ctx.IsFootnoteLine(i + 1) &&
        ContinuesAcrossBreak(ctx.line(i), ctx.line(i + 1)))
      spans.emplace_back(ctx.doc.lines[i + 1].start, ctx.doc.lines[i + 1].end);
  }
  for (Token& t : tokens) {
    for (const auto& [start, end] : spans)
      if (t.start >= start && t.end <= end) t.footnote = true;
  }
}

}  // namespace

void ExtractCaseResults(const Context& ctx) {
  if (ctx.marks.annex2 == kNone) {
    ctx.Diagnose("error", "case_results.annex-missing",
                 "no 'Annex 2: Inspection results' found; no case results");
    return;
  }
  const std::size_t begin = ctx.doc.lines[ctx.marks.annex2].start;
  auto tokens = Tokenise(std::string_view(ctx.doc.text).substr(begin), begin);
  MarkPageBreakNoise(ctx, tokens);
  std::vector<Found> found;
  std::size_t cursor = 0;
  for (const KeyQuestion& q : ctx.framework.questions) {
    const Standard* s = ctx.framework.standard(q.standard);
    if (!s || !ctx.framework.Applies(s->domain, ctx.provider)) continue;
    Found f;
    if (FindQuestion(tokens, cursor, q, &f) || FindQuestion(tokens, 0, q, &f)) {
      found.push_back(f);
      cursor = f.last;
    } else {
      ctx.Diagnose("error", "case_results.question-missing",
                   "key question " + q.id + " not found in Annex 2", ctx.marks.annex2);
    }
  }
  // Each question's figure after its words first; then, for those with none, one set
  // before them that no question took.
  std::vector<std::size_t> figures;
  std::set<std::size_t> taken;
  for (const Found& f : found) {
    std::size_t limit = tokens.size();
    for (const Found& other : found)
      if (other.first > f.first) limit = std::min(limit, other.first);
    figures.push_back(FigureAfter(ctx, tokens, f, limit));
    taken.insert(figures.back());
  }
  for (std::size_t k = 0; k < found.size(); ++k) {
    if (figures[k] == tokens.size()) figures[k] = FigureBefore(ctx, tokens, found[k], taken);
    taken.insert(figures[k]);
    Emit(ctx, tokens, found[k], figures[k]);
  }
  CheckRatingCells(ctx);
}

}  // namespace findings::rated2018

// The summary of ratings: the overall rating and one row per standard. Rows are
// recognised by their ids against the framework; a row's title is the framework's
// (printed titles are often damaged), its rating one of the four words or a diagnostic.
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "extractors.h"
#include "text_util.h"

namespace findings::rated2018 {

namespace {

// A rating cell too narrow for its word, which the typesetter broke inside it
// without a hyphen ("Goo" "d"): the last cell's letters alone, spaces and line
// breaks aside, are one rating's letters.
std::string BrokenRatingIn(const Context& ctx, std::string_view text) {
  const std::size_t tab = text.rfind('\t');
  if (tab == std::string_view::npos) return "";
  std::string letters;
  for (char c : text.substr(tab + 1)) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) letters += static_cast<char>(std::tolower(u));
    else if (c != ' ' && c != '\n') return "";
  }
  for (const auto& [printed, rating] : Words(ctx.grammar, "ratings")) {
    std::string printed_letters;
    for (char c : printed)
      if (c != ' ') printed_letters += c;
    if (!letters.empty() && printed_letters == letters) return rating;
  }
  return "";
}

// The canonical rating named in `text`, or "" when it names none.
std::string RatingIn(const Context& ctx, std::string_view text) {
  auto m = ctx.Search("rating_word", text);
  if (!m) m = ctx.Search("rating_split", text);  // "Requires" and "improvement" in cells apart
  if (!m) return BrokenRatingIn(ctx, text);
  const std::string second = m->group("second");
  const std::string printed = m->group("rating") + (second.empty() ? "" : " " + second);
  return ctx.WordValue("ratings", Lower(CollapseSpace(printed)));
}

bool StartsRow(const Context& ctx, std::size_t i) {
  return ctx.LineMatches("standard_row", i) || ctx.LineMatches("domain_heading", i) ||
         ctx.LineMatches("overall_rating_row", i);
}

// A row's text: its line and the lines its cells wrapped onto (at most two more), up
// to the line that completes its rating.
std::pair<std::size_t, std::string> RowText(const Context& ctx, std::size_t i, std::size_t end) {
  std::string text(ctx.line(i));
  std::size_t last = i;
  for (std::size_t j = i + 1; j < end && j <= i + 2 && !StartsRow(ctx, j); ++j) {
    if (!RatingIn(ctx, text).empty()) break;
    if (ctx.IsFootnoteLine(j)) break;
    text += "\n" + std::string(ctx.line(j));
    last = j;
  }
  return {last, text};
}

Rating MakeRating(const Context& ctx, const std::string& standard, const std::string& title,
                  const std::string& rating, std::size_t first, std::size_t last) {
  Rating r;
  if (!ctx.provider.empty()) r.provider = ctx.provider;
  r.standard = standard;
  r.title = title;
  r.rating = rating;
  r.provenance = ctx.At(ctx.doc.lines[first].start, ctx.doc.lines[last].end);
  return r;
}

void ReadOverall(const Context& ctx, std::size_t i, std::size_t end, std::set<std::string>* seen) {
  auto [last, text] = RowText(ctx, i, end);
  const std::string rating = RatingIn(ctx, text.substr(std::string("Overall rating").size()));
  if (rating.empty()) {
    ctx.Diagnose("warning", "ratings.unreadable-cell", "the overall rating cell is unreadable", i);
    return;
  }
  ctx.out->ratings.push_back(MakeRating(ctx, "overall", "Overall", rating, i, last));
  seen->insert("overall");
}

// The row of standard `id` whose text (after the id) is `text`, on lines first..last.
void ReadStandard(const Context& ctx, const std::string& id, std::string_view text, std::size_t first,
                  std::size_t last, std::set<std::string>* seen) {
  const Standard* s = ctx.framework.standard(id);
  if (!s || seen->count(s->id)) return;
  if (!ctx.framework.Applies(s->domain, ctx.provider)) {
    ctx.Diagnose("warning", "ratings.other-provider",
                 "standard " + s->id + " belongs to the other provider's domain three", first);
    return;
  }
  const std::string rating = RatingIn(ctx, text);
  if (rating.empty()) return;  // a heading that shares the id (e.g. "4.[^2] CRC specific work")
  ctx.out->ratings.push_back(MakeRating(ctx, s->id, s->title, rating, first, last));
  seen->insert(s->id);
}

// A cell that opens a standard's row: its byte offset in the line, and the id.
struct StandardCell {
  std::size_t start = 0;
  std::string id;
};

// Each cell of a line after its first that opens a standard's row: two tables side
// by side in two columns, their rows level, read as one line ("1.4⇥Information and
// facilities⇥Good⇥2.2 Planning⇥Inadequate"; the id may be a cell of its own).
std::vector<StandardCell> StandardsBeside(const Context& ctx, std::string_view line) {
  std::vector<StandardCell> cells;
  for (std::size_t tab = line.find('\t'); tab != std::string_view::npos; tab = line.find('\t', tab + 1)) {
    if (auto row = ctx.Search("standard_row", line.substr(tab + 1))) cells.push_back({tab + 1, row->group("id")});
  }
  return cells;
}

void ReadStandardRows(const Context& ctx, std::size_t i, std::size_t end, std::set<std::string>* seen) {
  const std::string line(ctx.line(i));
  const std::vector<StandardCell> beside = StandardsBeside(ctx, line);
  if (auto row = ctx.SearchLine("standard_row", i)) {
    const std::string id = row->group("id");
    if (beside.empty()) {
      auto [last, text] = RowText(ctx, i, end);
      ReadStandard(ctx, id, std::string_view(text).substr(id.size()), i, last, seen);
    } else {
      ReadStandard(ctx, id, std::string_view(line).substr(id.size(), beside.front().start - id.size()), i, i, seen);
    }
  }
  for (std::size_t k = 0; k < beside.size(); ++k) {
    const std::size_t from = beside[k].start + beside[k].id.size();
    const std::size_t to = k + 1 < beside.size() ? beside[k + 1].start : line.size();
    ReadStandard(ctx, beside[k].id, std::string_view(line).substr(from, to - from), i, i, seen);
  }
}

// Overall findings say "… is rated as: Good": used when the summary's cell is lost.
void OverallFromFindings(const Context& ctx, std::set<std::string>* seen) {
  const std::size_t end = ctx.marks.overall_findings_end;
  for (std::size_t i = ctx.marks.overall_findings; i < end && i < ctx.lines(); ++i) {
    auto m = ctx.SearchLine("rated_as", i);
    if (!m) continue;
    const std::string rating = RatingIn(ctx, m->group("rating"));
    ctx.out->ratings.push_back(MakeRating(ctx, "overall", "Overall", rating, i, i));
    ctx.Diagnose("warning", "ratings.overall-from-findings",
                 "overall rating taken from the overall findings ('rated as')", i);
    seen->insert("overall");
    return;
  }
}

}  // namespace

void ExtractRatings(const Context& ctx) {
  const auto section = ctx.Section(ctx.marks.ratings_summary, ctx.marks.ratings_summary_end(), 40,
                                   "ratings.summary-missing", "no summary of ratings found");
  if (!section) return;
  const auto [begin, end] = *section;
  std::set<std::string> seen;
  for (std::size_t i = begin; i < end; ++i) {
    if (ctx.LineMatches("overall_rating_row", i) && !seen.count("overall"))
      ReadOverall(ctx, i, end, &seen);
    else
      ReadStandardRows(ctx, i, end, &seen);
  }
  if (!seen.count("overall") && ctx.marks.overall_findings != kNone)
    OverallFromFindings(ctx, &seen);
  if (!seen.count("overall"))
    ctx.Diagnose("error", "ratings.missing", "no overall rating found", begin);
  for (const Standard& s : ctx.framework.standards)
    if (ctx.framework.Applies(s.domain, ctx.provider) && !seen.count(s.id))
      ctx.Diagnose("error", "ratings.missing",
                   "no readable rating for standard " + s.id + " (" + s.title + ")", begin);
}

}  // namespace findings::rated2018

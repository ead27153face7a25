// Recommendations: addressee lines ("The Ministry of Justice should:") and the
// numbered items under them; numbering runs across addressee groups.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extractors.h"
#include "text_util.h"

namespace findings::rated2018 {

namespace {

bool IsWholeWordAt(const std::string& text, std::size_t at, std::size_t len) {
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  return (at == 0 || !word(text[at - 1])) && (at + len >= text.size() || !word(text[at + len]));
}

// Addressee codes named in `who`, in the order of the word list, without repeats.
std::vector<std::string> AddresseeCodes(const Context& ctx, const std::string& who) {
  std::vector<std::string> codes;
  if (const WordList* list = ctx.grammar.words("addressees")) {
    for (const auto& [phrase, code] : list->entries) {
      const auto at = who.find(phrase);
      if (at == std::string::npos || !IsWholeWordAt(who, at, phrase.size())) continue;
      if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    }
  }
  if (codes.empty()) codes.push_back("OTHER");
  return codes;
}

std::string CleanText(std::string_view text) {
  return TrimTrailing(StripFootnotes(text), ".;,");
}

struct State {
  std::string who;
  std::vector<std::string> codes;
  int last_number = 0;
};

void AddItem(const Context& ctx, const State& state, int number, std::string_view text,
             std::size_t line) {
  Recommendation r;
  r.number = number;
  r.addressees = state.codes;
  r.addressee_text = state.who;
  r.text = CleanText(text);
  r.provenance = ctx.Line(line);
  ctx.out->recommendations.push_back(std::move(r));
}

// The number and text of line `i` where it is an item numbered without a full stop
// ("8 work to resolve …") that carries the numbering on from the last item.
std::optional<std::pair<int, std::string>> BareNumberedItem(const Context& ctx, const State& state,
                                                            std::size_t i) {
  auto item = ctx.SearchLine("bare_numbered_item", i);
  if (!item) return std::nullopt;
  const int n = ParseInt(item->group("n")).value_or(0);
  if (n != state.last_number + 1) return std::nullopt;
  return std::make_pair(n, item->group("text"));
}

// "we have made five recommendations": a different count read is a diagnostic.
void CheckAnnouncedCount(const Context& ctx, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    auto m = ctx.SearchLine("announced_count", i);
    if (!m) continue;
    const std::string count = m->group("count");
    std::string value = ctx.WordValue("numbers", Lower(count));
    if (value.empty() && !count.empty() && std::isdigit(static_cast<unsigned char>(count[0])))
      value = count;
    // A count too large for an int is a mismatch too.
    if (!value.empty() && ParseInt(value) != static_cast<int>(ctx.out->recommendations.size()))
      ctx.Diagnose("warning", "recommendations.count-mismatch",
                   "the report announces " + count + " recommendations; " +
                       std::to_string(ctx.out->recommendations.size()) + " were read",
                   i);
    return;
  }
}

}  // namespace

void ExtractRecommendations(const Context& ctx) {
  const auto section = ctx.Section(ctx.marks.recommendations, ctx.marks.background, 40,
                                   "recommendations.missing", "no 'Recommendations' section found");
  if (!section) return;
  const auto [begin, end] = *section;
  State state;
  for (std::size_t i = begin + 1; i < end; ++i) {
    const std::string_view text = ctx.line(i);
    if (ctx.IsFootnoteLine(i) || ctx.IsSummaryLine(i)) continue;
    if (auto who = ctx.SearchLine("addressee_line", i)) {
      state.who = StripFootnotes(who->group("who"));
      state.codes = AddresseeCodes(ctx, state.who);
    } else if (state.who.empty()) {
      continue;  // the introduction before the first addressee
    } else if (auto item = ctx.SearchLine("numbered_item", i)) {
      state.last_number = ParseInt(item->group("n")).value_or(0);  // the grammar allows two digits
      AddItem(ctx, state, state.last_number, item->group("text"), i);
    } else if (auto bare = BareNumberedItem(ctx, state, i)) {
      state.last_number = bare->first;
      AddItem(ctx, state, state.last_number, bare->second, i);
    } else if (auto bare = ctx.SearchLine("bullet_item", i)) {
      ++state.last_number;
      AddItem(ctx, state, state.last_number, bare->group("text"), i);
      ctx.Diagnose("warning", "recommendations.number-missing",
                   "a recommendation without its number; numbered " +
                       std::to_string(state.last_number) + " from its place in the list",
                   i);
    } else if (!ctx.out->recommendations.empty()) {
      Recommendation& last = ctx.out->recommendations.back();
      last.text = CleanText(last.text + " " + std::string(text));  // a wrapped item
      last.provenance.end = ctx.doc.lines[i].end;
    }
  }
  CheckAnnouncedCount(ctx, begin, end);
  if (ctx.out->recommendations.empty())
    ctx.Diagnose("error", "recommendations.none-read", "the recommendations could not be read",
                 begin);
}

}  // namespace findings::rated2018

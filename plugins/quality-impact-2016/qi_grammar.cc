#include "qi_grammar.h"

#include <re2/re2.h>

namespace findings::qi2016 {

namespace {

const std::vector<std::pair<std::string, std::string>> kNoWords;

// Whether `re` matches somewhere in `text` from `from` on. Asked for no
// submatches, RE2 answers with its DFA alone, allocating nothing: the cheap
// first question before a search for groups, which most lines fail.
bool MatchesFrom(const re2::RE2& re, std::string_view text, std::size_t from) {
  return re.Match(re2::StringPiece(text.data(), text.size()), from, text.size(),
                  re2::RE2::UNANCHORED, nullptr, 0);
}

}  // namespace

const re2::RE2* GrammarView::Pattern(std::string_view name) const {
  const re2::RE2* re = grammar_.pattern(name);
  if (!re) Missing("pattern", name);
  return re;
}

bool GrammarView::Search(std::string_view name, std::string_view text, Match* match,
                         std::size_t from) const {
  const re2::RE2* re = Pattern(name);
  if (!re || from > text.size() || !MatchesFrom(*re, text, from)) return false;
  const re2::StringPiece input(text.data(), text.size());
  const int n = re->NumberOfCapturingGroups();
  std::vector<re2::StringPiece> groups(n + 1);
  if (!re->Match(input, from, text.size(), re2::RE2::UNANCHORED, groups.data(), n + 1))
    return false;
  *match = Match();
  match->begin = static_cast<std::size_t>(groups[0].data() - text.data());
  match->end = match->begin + groups[0].size();
  for (const auto& [group, index] : re->NamedCapturingGroups()) {
    if (!groups[index].data()) continue;
    const std::size_t begin = static_cast<std::size_t>(groups[index].data() - text.data());
    match->groups[group] = std::string(groups[index].data(), groups[index].size());
    match->spans[group] = {begin, begin + groups[index].size()};
  }
  return true;
}

bool GrammarView::Matches(std::string_view name, std::string_view text) const {
  const re2::RE2* re = Pattern(name);
  return re && MatchesFrom(*re, text, 0);
}

std::vector<Match> GrammarView::SearchAll(std::string_view name, std::string_view text) const {
  std::vector<Match> all;
  std::size_t from = 0;
  Match m;
  while (from <= text.size() && Search(name, text, &m, from)) {
    from = m.end > m.begin ? m.end : m.end + 1;
    all.push_back(std::move(m));
  }
  return all;
}

const std::vector<std::pair<std::string, std::string>>& GrammarView::Words(
    std::string_view name) const {
  const WordList* list = grammar_.words(name);
  if (!list) {
    Missing("word list", name);
    return kNoWords;
  }
  return list->entries;
}

const std::string* GrammarView::Lookup(std::string_view name, std::string_view term) const {
  for (const auto& [key, value] : Words(name))
    if (key == term) return &value;
  return nullptr;
}

const std::string* GrammarView::Data(std::string_view name) const {
  const std::string* text = grammar_.data(name);
  if (!text) Missing("data file", name);
  return text;
}

void GrammarView::Diagnose(const std::string& level, const std::string& code,
                           const std::string& message,
                           const std::optional<Provenance>& where) const {
  if (!diagnostics_) return;
  diagnostics_->push_back(Diagnostic{level, code, message, where});
}

void GrammarView::Missing(std::string_view kind, std::string_view name) const {
  const std::string key = std::string(kind) + ":" + std::string(name);
  if (reported_.count(key)) return;
  reported_.insert(key);
  Diagnose("error", "grammar.missing",
           "the grammar has no " + std::string(kind) + " named '" + std::string(name) + "'");
}

}  // namespace findings::qi2016

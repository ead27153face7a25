#include "pattern_set.h"

#include <re2/re2.h>

#include <algorithm>

#include "findings/grammar_match.h"
#include "grammar_cache.h"

namespace findings::rated2018 {

namespace {

// The set's own DFA serves all its patterns at once, so it gets more room than
// one pattern; memory is only taken as states are built.
constexpr std::int64_t kSetMemoryBudget = 32 << 20;

}  // namespace

PatternSet::PatternSet(const Grammar& grammar, const std::vector<std::string>& names) {
  std::vector<const re2::RE2*> patterns;
  for (const std::string& name : names) {
    const re2::RE2* re = grammar.pattern(name);
    if (!re || names_.size() == kMaxPatterns) continue;
    names_.push_back(name);
    patterns.push_back(re);
  }
  if (patterns.empty()) return;
  re2::RE2::Options options = patterns.front()->options();
  options.set_max_mem(std::max(options.max_mem(), kSetMemoryBudget));
  auto set = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
  for (const re2::RE2* re : patterns) {
    // One set parses every pattern one way: a pattern compiled with other flags
    // is left to answer by itself.
    if (re->options().ParseFlags() != options.ParseFlags() ||
        set->Add(re->pattern(), nullptr) < 0)
      return;
  }
  if (set->Compile()) set_ = std::move(set);
}

std::shared_ptr<const PatternSet> PatternSet::For(const Grammar& grammar,
                                                  const std::vector<std::string>& names) {
  std::string key = "patterns";
  for (const std::string& name : names) key += " " + name;
  return DerivedFrom<PatternSet>(grammar, key, [&] { return PatternSet(grammar, names); });
}

std::uint64_t PatternSet::Matching(const Grammar& grammar, std::string_view text) const {
  if (!set_) return OneByOne(grammar, text);
  std::vector<int> matched;
  re2::RE2::Set::ErrorInfo error{re2::RE2::Set::kNoError};
  if (!set_->Match(re2::StringPiece(text.data(), text.size()), &matched, &error))
    return error.kind == re2::RE2::Set::kNoError ? 0 : OneByOne(grammar, text);
  std::uint64_t bits = 0;
  for (int k : matched) bits |= std::uint64_t{1} << k;
  return bits;
}

std::uint64_t PatternSet::OneByOne(const Grammar& grammar, std::string_view text) const {
  std::uint64_t bits = 0;
  for (std::size_t k = 0; k < names_.size(); ++k)
    if (const re2::RE2* re = grammar.pattern(names_[k]); re && findings::Matches(*re, text))
      bits |= std::uint64_t{1} << k;
  return bits;
}

int PatternSet::Bit(std::string_view name) const {
  for (std::size_t k = 0; k < names_.size(); ++k)
    if (names_[k] == name) return static_cast<int>(k);
  return -1;
}

std::uint64_t PatternSet::all() const {
  return names_.size() == kMaxPatterns ? ~std::uint64_t{0}
                                       : (std::uint64_t{1} << names_.size()) - 1;
}

}  // namespace findings::rated2018

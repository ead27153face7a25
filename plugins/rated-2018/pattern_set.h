// Several grammar patterns asked at once: one RE2::Set pass over a text says which
// of them match somewhere in it, as findings::Matches would say pattern by
// pattern. Detection looks for all its signals on every line of a document; most
// signals are unanchored, so one pass beats one full search per signal.
#ifndef FINDINGS_PLUGINS_RATED2018_PATTERN_SET_H_
#define FINDINGS_PLUGINS_RATED2018_PATTERN_SET_H_

#include <re2/set.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "findings/grammar.h"

namespace findings::rated2018 {

class PatternSet {
 public:
  static constexpr std::size_t kMaxPatterns = 64;  // one bit each in a mask

  // The patterns of `names` the grammar has (the first kMaxPatterns), in that order.
  PatternSet(const Grammar& grammar, const std::vector<std::string>& names);
  // The set of `names` for `grammar`, compiled once per grammar.
  static std::shared_ptr<const PatternSet> For(const Grammar& grammar,
                                               const std::vector<std::string>& names);

  // Bit k is set when pattern k matches somewhere in `text`. `grammar` is the one
  // the set was built for; its patterns answer one by one if the set cannot.
  std::uint64_t Matching(const Grammar& grammar, std::string_view text) const;
  // The bit of pattern `name`, or -1 when the set does not hold it.
  int Bit(std::string_view name) const;
  std::uint64_t all() const;

 private:
  std::uint64_t OneByOne(const Grammar& grammar, std::string_view text) const;

  std::vector<std::string> names_;
  std::unique_ptr<re2::RE2::Set> set_;  // null when RE2 could not build it
};

}  // namespace findings::rated2018

#endif

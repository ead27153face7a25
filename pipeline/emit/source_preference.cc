#include "emit/source_preference.h"

#include <tuple>

namespace findings {
namespace {

// One key of the rule: a field of SourceRank, its column, and whether larger wins.
template <class T>
struct Key {
  T SourceRank::*field;
  const char* column;
  bool descending;
};

// The rule, most significant key first. std::string compares bytes as unsigned
// chars, as SQLite's default BINARY collation does, so both forms order paths alike.
constexpr std::tuple kKeys{Key<bool>{&SourceRank::is_pdf, "is_pdf", true},
                           Key<std::size_t>{&SourceRank::diagnostics, "diagnostics", false},
                           Key<std::string>{&SourceRank::path, "path", false}};

// <0 when `key` puts `a` first, >0 when it puts `b` first, 0 on a tie.
template <class T>
int Compare(const Key<T>& key, const SourceRank& a, const SourceRank& b) {
  const T& x = a.*key.field;
  const T& y = b.*key.field;
  if (x == y) return 0;
  return (x < y) != key.descending ? -1 : 1;
}

}  // namespace

SourceRank RankOf(const Findings& findings, const std::string& path) {
  return {path, findings.report.source.media_type == "application/pdf",
          findings.diagnostics.size()};
}

bool Preferred(const SourceRank& a, const SourceRank& b) {
  int order = 0;
  std::apply([&](const auto&... key) { ((order = order ? order : Compare(key, a, b)), ...); },
             kKeys);
  return order < 0;
}

std::string PreferredOrderBy() {
  std::string terms;
  std::apply(
      [&](const auto&... key) {
        ((terms += (terms.empty() ? "" : ", ") + std::string(key.column) +
                   (key.descending ? " DESC" : " ASC")),
         ...);
      },
      kKeys);
  return terms;
}

}  // namespace findings

// Which input is kept when several are the same report (its text and its PDF):
// a PDF before a text file, then the input with fewer diagnostics, then the
// first path in byte order.
//
// `findings extract` applies the rule in C++ (cli/output_staging.cc) and
// `findings refresh` in SQL (dataset/report_projection.cc); both are made from
// the one list of keys in source_preference.cc, so they cannot keep different
// inputs of the same report.
#ifndef FINDINGS_EMIT_SOURCE_PREFERENCE_H_
#define FINDINGS_EMIT_SOURCE_PREFERENCE_H_

#include <cstddef>
#include <string>

#include "findings/model.h"

namespace findings {

// What the rule looks at in one input. The SQL form reads columns with these names.
struct SourceRank {
  std::string path;
  bool is_pdf = false;
  std::size_t diagnostics = 0;
};

// The rank of `findings`, extracted from the input `path`.
SourceRank RankOf(const Findings& findings, const std::string& path);

// True when `a` is kept before `b` (a strict weak order; equal ranks are neither).
bool Preferred(const SourceRank& a, const SourceRank& b);

// The same rule as the terms of an SQL ORDER BY, best first:
// "is_pdf DESC, diagnostics ASC, path ASC".
std::string PreferredOrderBy();

}  // namespace findings

#endif  // FINDINGS_EMIT_SOURCE_PREFERENCE_H_

// The tables of an earlier inspection's scores ("We summarised the outcomes from
// our 2010 inspection in the following table"): which lines are their rows, the
// measure of each row, the year the scores refer to and what each column means,
// all read by the catalogue's wording (catalogue.h), never by line positions, so
// a PDF's layout and a text file give the same answer.
#ifndef FINDINGS_PLUGINS_QI2016_EARLIER_TABLES_H_
#define FINDINGS_PLUGINS_QI2016_EARLIER_TABLES_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extractors.h"

namespace findings::qi2016 {

struct EarlierRow {
  std::optional<std::string> measure;  // null (with a diagnostic) for a row the catalogue lacks
  std::optional<std::string> period;   // "2010"; null (with a diagnostic) when no year is given
  // The basis of each figure, left to right; empty (with a diagnostic) when
  // the header does not name every column of the catalogue's table.
  std::vector<std::string> bases;
};

// Line index → the earlier inspection's row on that line. Reports what it
// cannot read through the grammar view's diagnostics.
std::map<std::size_t, EarlierRow> FindEarlierTables(const ReportView& src);

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_EARLIER_TABLES_H_

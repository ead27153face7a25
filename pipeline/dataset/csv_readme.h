// DIR/csv/README.md: what every CSV file of the dataset holds, how the files
// join, and every column with its meaning. Written by refresh beside the files,
// from the same column lists the tables are built from, so it cannot fall
// behind them.
#ifndef FINDINGS_DATASET_CSV_README_H_
#define FINDINGS_DATASET_CSV_README_H_

#include <string>
#include <vector>

namespace findings::dataset {

// The tables exported besides the finding kinds, in README order: reports,
// providers, report_providers.
struct JoinTable {
  const char* name;
  const char* order_by;  // the CSV's row order
};
const std::vector<JoinTable>& JoinTables();

// The meaning of `column` of `table` (any exported table); empty when unknown.
std::string ColumnMeaning(const std::string& table, const std::string& column);

// The README, for tables whose header rows are `headers` (table → columns).
std::string CsvReadme(const std::vector<std::pair<std::string, std::vector<std::string>>>& headers);

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_CSV_README_H_

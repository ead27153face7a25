// Printing a table of rows (dataset::CompareTable) the way `compare` and
// `history` do: an aligned table, RFC 4180 CSV or a JSON array of objects.
#ifndef FINDINGS_CLI_TABLE_OUTPUT_H_
#define FINDINGS_CLI_TABLE_OUTPUT_H_

#include <optional>
#include <ostream>
#include <string>

#include "dataset/compare.h"

namespace findings::cli {

enum class TableFormat { kTable, kCsv, kJson };

// "table", "csv" or "json"; empty means an aligned table when standard output
// is a terminal and CSV otherwise. nullopt for another word.
std::optional<TableFormat> ParseTableFormat(const std::string& word);

inline constexpr const char* kTableFormatHelp =
    "table, csv or json (default: table on a terminal, else csv)";

// `max_width` (0: none) cuts longer cells of an aligned table to that many
// characters, the last one "…".
void PrintTable(const dataset::CompareTable& table, TableFormat format, std::ostream& out,
                std::size_t max_width = 0);

}  // namespace findings::cli

#endif  // FINDINGS_CLI_TABLE_OUTPUT_H_

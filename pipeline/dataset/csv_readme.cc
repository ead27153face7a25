#include "dataset/csv_readme.h"

#include <map>

#include "dataset/flat_rows.h"
#include "dataset/sqlite_schema.h"
#include "emit/field_meanings.h"
#include "emit/model_json.h"

namespace findings::dataset {

namespace {

// Columns that are the dataset's own, not a field of the model.
const std::map<std::string, std::string>& DatasetColumns() {
  static const std::map<std::string, std::string> meanings = {
      {std::string("*.") + kReportIdColumn, "the report the row belongs to (reports.csv id)"},
      {std::string("*.") + kAreaColumn, "the report's area (Derbyshire, North London …)"},
      {std::string("*.") + kPublishedColumn, "the report's publication date (2016-09, 2018)"},
      {std::string("*.") + kSeqColumn, "the row's position among the report's findings of this kind (0-based)"},
      {std::string("*.") + kProviderIdColumn,
       "the canonical id of the provider the finding is about (providers.csv id): the report's "
       "provider of that type; empty when the finding is about both or neither, or the registry "
       "does not know the name"},
      {"providers.id", "stable id of a CRC or NPS division (crc.kent-surrey-sussex, nps.london); never renamed"},
      {"providers.type", "CRC or NPS"},
      {"providers.name", "the provider's canonical name"},
      {"report_providers.provider_id", "a provider the report is about (providers.csv id)"},
      {"report_providers.type", "CRC or NPS"},
      {"report_providers.name_in_report", "the name the report uses for it (names change over time; the id does not)"},
  };
  return meanings;
}

std::string Lookup(const std::map<std::string, std::string>& meanings, const std::string& table,
                   const std::string& column) {
  auto it = meanings.find(table + "." + column);
  if (it == meanings.end()) it = meanings.find("*." + column);
  return it == meanings.end() ? std::string() : it->second;
}

// The model field a column of `table` projects, or "" for the dataset's own.
std::string PathOf(const std::string& table, const std::string& column) {
  const std::vector<Column>& columns = table == kReportsTable ? ReportColumns() : KindColumns(table);
  for (const Column& c : columns)
    if (c.name == column) return c.path;
  return "";
}

bool IsKind(const std::string& table) {
  for (const std::string& kind : TableKinds())
    if (kind == table) return true;
  return false;
}

constexpr const char* kIntroduction = R"(# The CSV tables of this dataset

Written by `findings refresh`; do not edit (the next refresh rewrites them). Each file is
RFC 4180: comma-separated, CRLF line ends, one header row, UTF-8; a field holding a comma,
quote or line break is quoted. An empty field is null. Each file holds the same rows and
columns as the table of the same name in `findings.sqlite`.

## How the files join

- `reports.csv` has one row per report; its `id` is the `report_id` of every other file.
- `providers.csv` lists every CRC and NPS division with a stable `id` (`crc.london`,
  `nps.midlands`); `report_providers.csv` links each report to its providers, with the
  name the report used (names change over time; ids do not).
- Every finding row with a `provider` (its type, CRC or NPS) carries `provider_id` beside
  it: join it to `providers.csv` to tell which CRC or NPS division the row is about, or to
  follow one provider from a 2016 report to a 2019 one.
- Findings that recur carry one id in every report: `key_facts.fact`, and
  `percentages.measure` (with `period` and `basis` for the scores of an earlier inspection).
  Group or join on them instead of matching descriptions.

)";

}  // namespace

const std::vector<JoinTable>& JoinTables() {
  static const std::vector<JoinTable> tables = {
      {kReportsTable, "id"}, {"providers", "id"}, {"report_providers", "report_id, provider_id"}};
  return tables;
}

std::string ColumnMeaning(const std::string& table, const std::string& column) {
  const std::string own = Lookup(DatasetColumns(), table, column);
  if (!own.empty()) return own;
  const std::string path = table == kReportsTable || IsKind(table) ? PathOf(table, column) : "";
  if (path.empty()) return "";
  return FieldMeaning(table == kReportsTable ? kReportKey : table, path);
}

std::string CsvReadme(const std::vector<std::pair<std::string, std::vector<std::string>>>& headers) {
  std::string text = kIntroduction;
  for (const auto& [table, columns] : headers) {
    text += "## " + table + ".csv\n\n| column | meaning |\n| --- | --- |\n";
    for (const std::string& column : columns)
      text += "| `" + column + "` | " + ColumnMeaning(table, column) + " |\n";
    text += "\n";
  }
  return text;
}

}  // namespace findings::dataset

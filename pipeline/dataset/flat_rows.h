// Findings as flat rows: the one projection SQLite and CSV share.
//
// Nothing here names a field of the model. Columns come from the ToJson tree of
// a template document in which every optional is present: nested objects are
// flattened with '_' (provenance.page → provenance_page), arrays (addressees,
// footnotes, providers) become their JSON text. Every finding row starts with
// the report it belongs to: report_id, area, published, then seq (its position
// in the report's array, so the document order survives). A kind whose findings
// have a provider code gets, right after it, provider_id: the canonical provider
// (provider_registry.h) of that type in that report, so rows join across reports.
#ifndef FINDINGS_DATASET_FLAT_ROWS_H_
#define FINDINGS_DATASET_FLAT_ROWS_H_

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "findings/model.h"

namespace findings::dataset {

using Json = nlohmann::ordered_json;

struct Column {
  std::string name;
  std::string sql_type;  // TEXT, INTEGER, REAL (SQLite affinities)
  std::string path;      // the model field it projects ("provenance.page"); empty for the dataset's own
};

// The tables of finding kinds: kFindingKinds, then diagnostics.
const std::vector<std::string>& TableKinds();

// The columns every finding row starts with.
inline constexpr const char* kReportIdColumn = "report_id";
inline constexpr const char* kAreaColumn = "area";
inline constexpr const char* kPublishedColumn = "published";
inline constexpr const char* kSeqColumn = "seq";
// Beside the finding's provider code: the canonical id of that provider.
inline constexpr const char* kProviderIdColumn = "provider_id";

// A report's canonical providers: provider type ("CRC") → id ("crc.london").
using ProviderIds = std::map<std::string, std::string>;

// All columns of a kind's table, the leading report columns included.
const std::vector<Column>& KindColumns(const std::string& kind);
// The columns of the reports table (the flattened report object).
const std::vector<Column>& ReportColumns();

// One value per KindColumns(kind) entry: `finding` is one entry of the `kind`
// array of the report's document; provider_id is looked up in `providers`
// (null when the finding has no provider or the report's is not known).
std::vector<Json> FindingRow(const Report& report, const Json& finding, std::size_t seq,
                             const std::string& kind, const ProviderIds& providers);
// One value per ReportColumns() entry.
std::vector<Json> ReportRow(const Json& report);

// A flattened value as text (for CSV): null is empty, arrays their JSON.
std::string CellText(const Json& value);

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_FLAT_ROWS_H_

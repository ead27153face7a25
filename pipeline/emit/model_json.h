// The findings model as a JSON tree.
//
// ToJson writes docs/model.md field for field, in its order; every other
// output (pretty JSON, XML, CSV and SQLite) is a projection of this tree, so
// none of them restates a field name. FromJson is the inverse, for reading a
// dataset back. Both follow the one field list of each struct in
// model_fields.h, the only place the field names are written.
#ifndef FINDINGS_EMIT_MODEL_JSON_H_
#define FINDINGS_EMIT_MODEL_JSON_H_

#include <array>

#include <nlohmann/json.hpp>

#include "findings/model.h"
#include "findings/status.h"

namespace findings {

// The names of the finding arrays of a report document, in document order.
// Projections iterate these instead of naming kinds themselves.
inline constexpr std::array<const char*, 7> kFindingKinds = {
    "ratings",         "case_results",      "key_facts",  "percentages",
    "recommendations", "practice_examples", "judgements"};
inline constexpr const char* kReportKey = "report";
inline constexpr const char* kDiagnosticsKey = "diagnostics";
inline constexpr const char* kSchemaVersionKey = "schema_version";
// The provider code ("CRC", "NPS" or null) of a finding, where the kind has one.
inline constexpr const char* kProviderKey = "provider";

// The report document of `findings`. Absent optionals become null, except the
// fields docs/model.md shows only when present (key fact "of", percentage "note",
// percentage "footnotes" when empty). A double with an integral value becomes
// a JSON integer (86, not 86.0); non-finite numbers become null.
nlohmann::ordered_json ToJson(const Findings& findings);

// Reads a report document back. Provenance, report.source, report.extractor
// and schema_version may be absent (the gold files have none), and so may the
// fields an earlier minor version lacked (kReadableSchemaVersions: a 1.0
// document reads with null ids); a present field of the wrong type is
// kInvalidArgument naming its path ("ratings[2].rating"), another
// schema_version is kUnsupported.
Result<Findings> FromJson(const nlohmann::json& document);

}  // namespace findings

#endif  // FINDINGS_EMIT_MODEL_JSON_H_

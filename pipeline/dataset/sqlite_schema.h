// The tables of DIR/findings.sqlite (README.md, "Dataset", documents them).
//
// Bookkeeping tables are written here by hand: meta, sources (the manifest),
// extractions (each source's last good document), documents (the chosen
// document of each report, as projected). The report and finding tables are
// generated from flat_rows.h, so they follow the model without restating it.
#ifndef FINDINGS_DATASET_SQLITE_SCHEMA_H_
#define FINDINGS_DATASET_SQLITE_SCHEMA_H_

#include <string>

#include <vector>

#include "dataset/flat_rows.h"
#include "dataset/sqlite_db.h"

namespace findings::dataset {

// The database of a dataset folder: DIR/findings.sqlite.
inline constexpr const char* kDatabaseFile = "findings.sqlite";

// Creates whatever is missing. When the projected columns differ from the ones
// the database was built with (the model changed), the projected tables are
// dropped and created again and `*rebuilt` is set: every report must then be
// projected again from its stored document.
Status EnsureSchema(Db* db, bool* rebuilt);

// "INSERT INTO kind (c1, …) VALUES (?, …)" for a projected table.
std::string InsertSql(const std::string& table, const std::vector<Column>& columns);

// The name of the table of reports (its columns: ReportColumns()).
inline constexpr const char* kReportsTable = "reports";

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_SQLITE_SCHEMA_H_

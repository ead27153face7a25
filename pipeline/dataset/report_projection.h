// Storing extractions and projecting the chosen one of each report.
//
// Every source keeps its last good extraction (table extractions). A report id
// may have several (its text and its PDF): the one projected is chosen by the
// rule of `findings extract` (emit/source_preference.h: a PDF before a text
// file, then the fewer diagnostics, then the first path), and the report's
// sources are all listed in `sources` under its id. Projection writes the
// reports row, the finding rows of every kind, the stored document and the
// canonical providers.
#ifndef FINDINGS_DATASET_REPORT_PROJECTION_H_
#define FINDINGS_DATASET_REPORT_PROJECTION_H_

#include <optional>
#include <string>

#include "dataset/provider_registry.h"
#include "dataset/sqlite_db.h"
#include "findings/model.h"

namespace findings::dataset {

inline constexpr const char* kUnknownProviderCode = "dataset.unknown-provider";

Status StoreExtraction(Db* db, const std::string& path, const Findings& findings);
Status DeleteExtraction(Db* db, const std::string& path);

// Replaces everything projected for `id` by the projection of its best
// extraction; returns that document (with the dataset's diagnostics added), or
// nullopt when no source carries the report any more.
Result<std::optional<Findings>> ProjectReport(Db* db, const std::string& id,
                                              const ProviderRegistry& providers);

// Rewrites the providers table from the registry.
Status WriteProviders(Db* db, const ProviderRegistry& providers);

// Every report id in the reports table.
Result<std::vector<std::string>> ReportIds(Db* db);

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_REPORT_PROJECTION_H_

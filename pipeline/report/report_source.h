// Reading a dataset's per-report documents (DIR/reports/<id>.json, or any folder
// of `findings extract` outputs) back into Findings for the report page.
#ifndef FINDINGS_REPORT_REPORT_SOURCE_H_
#define FINDINGS_REPORT_REPORT_SOURCE_H_

#include <string>
#include <vector>

#include "findings/model.h"
#include "findings/status.h"

namespace findings::report {

// Every *.json in `dir` (not its subfolders) read with FromJson, ordered by
// area then report id. A missing folder is kNotFound; an unreadable or invalid
// document fails the whole read with "FILE: reason" (a report built from part
// of the dataset would compare the wrong things).
Result<std::vector<Findings>> ReadReportDocuments(const std::string& dir);

// The folder of per-report documents inside a dataset folder: DIR/reports
// (kReportsDir).
std::string DatasetReportsDir(const std::string& dataset_dir);

}  // namespace findings::report

#endif  // FINDINGS_REPORT_REPORT_SOURCE_H_

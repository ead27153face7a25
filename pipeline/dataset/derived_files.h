// The files derived from the database: DIR/csv/<table>.csv (every finding kind,
// and reports, providers and report_providers to join them) with DIR/csv/README.md,
// DIR/findings.jsonl and DIR/reports/<id>.json|xml.
//
// Everything is first written under a temporary name; Commit() renames it into
// place only after the database transaction committed. A marker file
// (DIR/.derived-pending) exists from just before the commit until the last
// rename, so a refresh killed in between is noticed by the next one, which then
// writes every derived file again.
#ifndef FINDINGS_DATASET_DERIVED_FILES_H_
#define FINDINGS_DATASET_DERIVED_FILES_H_

#include <string>
#include <utility>
#include <vector>

#include "dataset/sqlite_db.h"
#include "findings/model.h"

namespace findings::dataset {

class DerivedFiles {
 public:
  explicit DerivedFiles(std::string dataset_dir);
  ~DerivedFiles();  // removes temporary files not committed

  // True when an earlier refresh died between its commit and its renames.
  bool Pending() const;

  // The CSV of every table, its README and the JSONL, from the database as it is now.
  Status StageTables(Db* db);
  // reports/<id>.json and .xml of one report.
  Status StageReport(const Findings& findings);
  // reports/<id>.* to be deleted.
  void StageRemoval(const std::string& id);

  Status MarkPending();
  Status Commit();

 private:
  Status Stage(const std::string& relative, const std::string& content);
  std::string dir_;
  std::vector<std::pair<std::string, std::string>> renames_;  // temp → final
  std::vector<std::string> removals_;
};

// A CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF.
std::string CsvField(const std::string& text);

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_DERIVED_FILES_H_

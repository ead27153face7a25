#include "dataset/derived_files.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "dataset/csv_readme.h"
#include "dataset/flat_rows.h"
#include "emit/json_writer.h"
#include "emit/model_json.h"
#include "emit/output_formats.h"
#include "emit/xml_writer.h"
#include "util/atomic_file.h"

namespace findings::dataset {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPendingMarker = "/.derived-pending";
constexpr const char* kJsonlKind = "kind";
constexpr const char* kJsonlFinding = "finding";

// The CSV of `table` in `order_by` order; its header (SQLite's column names,
// which are the projection's) goes to *header too.
Result<std::string> TableCsv(Db* db, const std::string& table, const std::string& order_by,
                             std::vector<std::string>* header) {
  auto stmt = db->Prepare("SELECT * FROM " + table + " ORDER BY " + order_by);
  if (!stmt.ok()) return stmt.status();
  std::string csv;
  for (int c = 0; c < (*stmt)->ColumnCount(); ++c) {
    header->push_back((*stmt)->ColumnName(c));
    csv += (c ? "," : "") + CsvField(header->back());
  }
  csv += "\r\n";
  while (true) {
    Result<bool> row = (*stmt)->Step();
    if (!row.ok()) return row.status();
    if (!*row) return csv;
    for (int c = 0; c < (*stmt)->ColumnCount(); ++c)
      csv += (c ? "," : "") + CsvField(CellText((*stmt)->Value(c)));
    csv += "\r\n";
  }
}

// One line per finding: {"kind", "report_id", "area", "published", "finding"}.
void AppendJsonl(const Statement& row, const Json& document, std::string* out) {
  for (const std::string& kind : TableKinds()) {
    for (const Json& finding : document[kind]) {
      Json line = Json::object();
      line[kJsonlKind] = kind;
      line[kReportIdColumn] = row.Value(0);
      line[kAreaColumn] = row.Value(1);
      line[kPublishedColumn] = row.Value(2);
      line[kJsonlFinding] = finding;
      *out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
  }
}

Result<std::string> Jsonl(Db* db) {
  auto stmt = db->Prepare(
      "SELECT report_id, area, published, document FROM documents ORDER BY report_id");
  if (!stmt.ok()) return stmt.status();
  std::string jsonl;
  while (true) {
    Result<bool> row = (*stmt)->Step();
    if (!row.ok()) return row.status();
    if (!*row) return jsonl;
    const Json document = Json::parse((*stmt)->Text(3), nullptr, false);
    if (!document.is_discarded()) AppendJsonl(**stmt, document, &jsonl);
  }
}

}  // namespace

DerivedFiles::DerivedFiles(std::string dataset_dir) : dir_(std::move(dataset_dir)) {}

DerivedFiles::~DerivedFiles() {
  for (const auto& [temp, target] : renames_) std::remove(temp.c_str());
}

bool DerivedFiles::Pending() const { return fs::exists(dir_ + kPendingMarker); }

Status DerivedFiles::Stage(const std::string& relative, const std::string& content) {
  const fs::path target = fs::path(dir_) / relative;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  const std::string temp = (target.parent_path() / ("." + target.filename().string() + ".tmp-" +
                                                    std::to_string(::getpid()))).string();
  renames_.emplace_back(temp, target.string());
  return WriteWholeFile(temp, content);
}

Status DerivedFiles::StageTables(Db* db) {
  std::vector<std::pair<std::string, std::string>> tables;  // name, order
  for (const JoinTable& t : JoinTables()) tables.emplace_back(t.name, t.order_by);
  for (const std::string& kind : TableKinds())
    tables.emplace_back(kind, std::string(kReportIdColumn) + ", " + kSeqColumn);
  std::vector<std::pair<std::string, std::vector<std::string>>> headers;
  for (const auto& [table, order_by] : tables) {
    headers.emplace_back(table, std::vector<std::string>());
    Result<std::string> csv = TableCsv(db, table, order_by, &headers.back().second);
    if (!csv.ok()) return csv.status();
    if (Status s = Stage("csv/" + table + ".csv", *csv); !s.ok()) return s;
  }
  if (Status s = Stage("csv/README.md", CsvReadme(headers)); !s.ok()) return s;
  Result<std::string> jsonl = Jsonl(db);
  if (!jsonl.ok()) return jsonl.status();
  return Stage("findings.jsonl", *jsonl);
}

Status DerivedFiles::StageReport(const Findings& findings) {
  const std::string base = std::string(kReportsDir) + "/" + findings.report.id;
  if (Status s = Stage(base + ".json", WriteJson(findings)); !s.ok()) return s;
  return Stage(base + ".xml", WriteXml(findings));
}

void DerivedFiles::StageRemoval(const std::string& id) {
  for (const char* ext : {".json", ".xml"})
    removals_.push_back(dir_ + "/" + kReportsDir + "/" + id + ext);
}

// Durable before the transaction commits, so a crash between the two is seen.
Status DerivedFiles::MarkPending() { return WriteFileAtomically(dir_ + kPendingMarker, ""); }

Status DerivedFiles::Commit() {
  // The staged files reach the disk before any of them replaces an older one.
  Status status = renames_.empty() ? Status::Ok() : SyncFileSystem(dir_);
  if (!status.ok()) return status;
  for (const auto& [temp, target] : renames_) {
    if (std::rename(temp.c_str(), target.c_str()) != 0 && status.ok())
      status = Status::Error(Code::kIoError, "cannot rename into " + target);
  }
  renames_.clear();
  for (const std::string& file : removals_) std::remove(file.c_str());
  if (status.ok()) std::remove((dir_ + kPendingMarker).c_str());
  return status;
}

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace findings::dataset

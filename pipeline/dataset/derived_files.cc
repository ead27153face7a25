#include "dataset/derived_files.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "dataset/flat_rows.h"
#include "emit/json_writer.h"
#include "emit/model_json.h"
#include "emit/xml_writer.h"
#include "util/atomic_file.h"

namespace findings::dataset {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPendingMarker = "/.derived-pending";
constexpr const char* kJsonlKind = "kind";
constexpr const char* kJsonlFinding = "finding";

Result<std::string> TableCsv(Db* db, const std::string& kind) {
  const std::vector<Column>& columns = KindColumns(kind);
  std::string csv;
  for (std::size_t i = 0; i < columns.size(); ++i) csv += (i ? "," : "") + CsvField(columns[i].name);
  csv += "\r\n";
  auto stmt = db->Prepare("SELECT * FROM " + kind + " ORDER BY " + kReportIdColumn + ", " + kSeqColumn);
  if (!stmt.ok()) return stmt.status();
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
  for (const std::string& kind : TableKinds()) {
    Result<std::string> csv = TableCsv(db, kind);
    if (!csv.ok()) return csv.status();
    if (Status s = Stage("csv/" + kind + ".csv", *csv); !s.ok()) return s;
  }
  Result<std::string> jsonl = Jsonl(db);
  if (!jsonl.ok()) return jsonl.status();
  return Stage("findings.jsonl", *jsonl);
}

Status DerivedFiles::StageReport(const Findings& findings) {
  const std::string base = "reports/" + findings.report.id;
  if (Status s = Stage(base + ".json", WriteJson(findings)); !s.ok()) return s;
  return Stage(base + ".xml", WriteXml(findings));
}

void DerivedFiles::StageRemoval(const std::string& id) {
  for (const char* ext : {".json", ".xml"}) removals_.push_back(dir_ + "/reports/" + id + ext);
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

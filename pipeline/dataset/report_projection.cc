#include "dataset/report_projection.h"

#include "dataset/flat_rows.h"
#include "dataset/sqlite_schema.h"
#include "emit/model_json.h"
#include "emit/source_preference.h"

namespace findings::dataset {

namespace {

Status RunWithId(Db* db, const std::string& sql, const std::string& id) {
  auto stmt = db->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  (*stmt)->BindText(1, id);
  return (*stmt)->Run();
}

Status DeleteProjection(Db* db, const std::string& id) {
  const std::string report_key = ReportColumns().front().name;
  Status s = RunWithId(db, std::string("DELETE FROM ") + kReportsTable + " WHERE \"" +
                               report_key + "\" = ?", id);
  for (const char* table : {"documents", "report_providers"})
    if (s.ok()) s = RunWithId(db, std::string("DELETE FROM ") + table + " WHERE report_id = ?", id);
  for (const std::string& kind : TableKinds())
    if (s.ok()) s = RunWithId(db, "DELETE FROM " + kind + " WHERE " + kReportIdColumn + " = ?", id);
  return s;
}

// The best extraction of `id` (see the header for the rule), or nullopt.
Result<std::optional<Findings>> BestExtraction(Db* db, const std::string& id) {
  auto stmt = db->Prepare(
      "SELECT document FROM extractions WHERE report_id = ? ORDER BY " + PreferredOrderBy() +
      " LIMIT 1");
  if (!stmt.ok()) return stmt.status();
  (*stmt)->BindText(1, id);
  Result<bool> row = (*stmt)->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<Findings>();
  const auto tree = nlohmann::json::parse((*stmt)->Text(0), nullptr, false);
  if (tree.is_discarded()) return Status::Error(Code::kCorrupt, "stored document of " + id + " is not JSON");
  Result<Findings> findings = FromJson(tree);
  if (!findings.ok()) return findings.status();
  return std::optional<Findings>(std::move(*findings));
}

Status InsertRow(Statement* insert, const std::vector<Json>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) insert->Bind(static_cast<int>(i + 1), values[i]);
  return insert->Run();
}

Status InsertFindings(Db* db, const Findings& findings, const Json& tree,
                      const ProviderIds& providers) {
  auto report = db->Prepare(InsertSql(kReportsTable, ReportColumns()));
  if (!report.ok()) return report.status();
  if (Status s = InsertRow(report->get(), ReportRow(tree[kReportKey])); !s.ok()) return s;
  for (const std::string& kind : TableKinds()) {
    auto insert = db->Prepare(InsertSql(kind, KindColumns(kind)));
    if (!insert.ok()) return insert.status();
    std::size_t seq = 0;
    for (const Json& finding : tree[kind]) {
      Status s = InsertRow(insert->get(), FindingRow(findings.report, finding, seq++, kind, providers));
      if (!s.ok()) return s;
    }
  }
  auto document = db->Prepare(
      "INSERT INTO documents (report_id, area, published, source_path, document) "
      "VALUES (?, ?, ?, ?, ?)");
  if (!document.ok()) return document.status();
  const Report& r = findings.report;
  return InsertRow(document->get(),
                   {r.id, r.area, r.published ? Json(*r.published) : Json(nullptr), r.source.path,
                    tree.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
}

// Links the report to its canonical providers (returned by type in *ids); each
// name the registry does not know becomes a diagnostic of the report.
Status CanonicaliseProviders(Db* db, const ProviderRegistry& registry, Findings* findings,
                             ProviderIds* ids) {
  auto link = db->Prepare(
      "INSERT OR IGNORE INTO report_providers (report_id, provider_id, type, name_in_report) "
      "VALUES (?, ?, ?, ?)");
  if (!link.ok()) return link.status();
  for (const Provider& named : findings->report.providers) {
    const CanonicalProvider* known = registry.Match(named.type, named.name);
    if (known == nullptr) {
      findings->diagnostics.push_back(
          {"warning", kUnknownProviderCode,
           named.type + " provider '" + named.name + "' is not in the provider registry",
           std::nullopt});
      continue;
    }
    Status s = InsertRow(link->get(), {findings->report.id, known->id, known->type, named.name});
    if (!s.ok()) return s;
    ids->emplace(known->type, known->id);
  }
  return Status::Ok();
}

}  // namespace

Status StoreExtraction(Db* db, const std::string& path, const Findings& findings) {
  auto stmt = db->Prepare(
      "INSERT OR REPLACE INTO extractions (path, report_id, diagnostics, is_pdf, document) "
      "VALUES (?, ?, ?, ?, ?)");
  if (!stmt.ok()) return stmt.status();
  const SourceRank rank = RankOf(findings, path);
  return InsertRow(stmt->get(),
                   {rank.path, findings.report.id, rank.diagnostics, rank.is_pdf ? 1 : 0,
                    ToJson(findings).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
}

Status DeleteExtraction(Db* db, const std::string& path) {
  return RunWithId(db, "DELETE FROM extractions WHERE path = ?", path);
}

Result<std::optional<Findings>> ProjectReport(Db* db, const std::string& id,
                                              const ProviderRegistry& providers) {
  if (Status s = DeleteProjection(db, id); !s.ok()) return s;
  Result<std::optional<Findings>> best = BestExtraction(db, id);
  if (!best.ok() || !best->has_value()) return best;
  Findings& findings = **best;
  ProviderIds ids;
  if (Status s = CanonicaliseProviders(db, providers, &findings, &ids); !s.ok()) return s;
  const Json tree = ToJson(findings);
  if (Status s = InsertFindings(db, findings, tree, ids); !s.ok()) return s;
  return best;
}

Status WriteProviders(Db* db, const ProviderRegistry& providers) {
  if (Status s = db->Exec("DELETE FROM providers"); !s.ok()) return s;
  auto insert = db->Prepare("INSERT INTO providers (id, type, name) VALUES (?, ?, ?)");
  if (!insert.ok()) return insert.status();
  for (const CanonicalProvider& p : providers.providers())
    if (Status s = InsertRow(insert->get(), {p.id, p.type, p.name}); !s.ok()) return s;
  return Status::Ok();
}

Result<std::vector<std::string>> ReportIds(Db* db) {
  return db->Texts("SELECT report_id FROM documents ORDER BY report_id");
}

}  // namespace findings::dataset

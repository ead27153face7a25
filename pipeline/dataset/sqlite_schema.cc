#include "dataset/sqlite_schema.h"

#include "util/sha256.h"

namespace findings::dataset {

namespace {

// Bookkeeping: the manifest and the stored documents.
constexpr const char* kBookkeeping = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS sources (
  path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha256 TEXT,
  report_id TEXT, media_type TEXT,
  plugin TEXT, plugin_version TEXT, grammar_sha256 TEXT, extractor_set TEXT,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'stale')),
  error TEXT, extracted_at TEXT);
CREATE INDEX IF NOT EXISTS sources_report_id ON sources (report_id);
CREATE TABLE IF NOT EXISTS extractions (
  path TEXT PRIMARY KEY REFERENCES sources (path) ON DELETE CASCADE,
  report_id TEXT NOT NULL, diagnostics INTEGER NOT NULL, is_pdf INTEGER NOT NULL,
  document TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS extractions_report_id ON extractions (report_id);
)sql";

// Projected tables besides the generated ones: the chosen document of each
// report, and the providers registry with each report's canonical providers.
constexpr const char* kProjectedFixed = R"sql(
CREATE TABLE documents (report_id TEXT PRIMARY KEY, area TEXT, published TEXT,
  source_path TEXT, document TEXT NOT NULL);
CREATE TABLE providers (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE report_providers (report_id TEXT NOT NULL, provider_id TEXT NOT NULL,
  type TEXT NOT NULL, name_in_report TEXT, PRIMARY KEY (report_id, provider_id));
CREATE INDEX report_providers_provider ON report_providers (provider_id);
)sql";

// Indices on the keys `findings compare` groups by, and views for the common
// comparisons (provider type = the finding's provider code, CRC or NPS).
constexpr const char* kComparisonSql = R"sql(
CREATE INDEX ratings_keys ON ratings (provider, standard);
CREATE INDEX case_results_keys ON case_results (provider, question);
CREATE INDEX percentages_measure ON percentages (measure, provider);
CREATE VIEW ratings_by_provider_type AS
  SELECT provider, standard, rating, COUNT(*) AS reports,
         CASE rating WHEN 'Inadequate' THEN 1 WHEN 'Requires improvement' THEN 2
                     WHEN 'Good' THEN 3 WHEN 'Outstanding' THEN 4 END AS score
  FROM ratings GROUP BY provider, standard, rating;
CREATE VIEW case_results_by_provider_type AS
  SELECT provider, question, AVG(percent) AS mean_percent,
         COUNT(DISTINCT report_id) AS reports
  FROM case_results WHERE percent IS NOT NULL GROUP BY provider, question;
CREATE VIEW measures_by_area AS
  SELECT measure, area, provider, published, report_id, value
  FROM percentages WHERE measure IS NOT NULL;
)sql";

std::string CreateTableSql(const std::string& table, const std::vector<Column>& columns,
                           const std::string& key) {
  std::string sql = "CREATE TABLE " + table + " (";
  for (std::size_t i = 0; i < columns.size(); ++i)
    sql += (i ? ", \"" : "\"") + columns[i].name + "\" " + columns[i].sql_type;
  return sql + ", PRIMARY KEY (" + key + "));\n";
}

// Every statement that builds the projected tables; its hash tells whether
// the database was built by this version of the model.
std::string ProjectedSchemaSql() {
  std::string sql = kProjectedFixed;
  sql += CreateTableSql(kReportsTable, ReportColumns(), ReportColumns().front().name);
  for (const std::string& kind : TableKinds()) {
    sql += CreateTableSql(kind, KindColumns(kind),
                          std::string(kReportIdColumn) + ", " + kSeqColumn);
    sql += "CREATE INDEX " + kind + "_report_id ON " + kind + " (" + kReportIdColumn + ");\n";
  }
  return sql + kComparisonSql;
}

std::string DropProjectedSql(Db* db) {
  std::string sql;
  auto stmt = db->Prepare(
      "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT IN "
      "('meta', 'sources', 'extractions') AND name NOT LIKE 'sqlite_%'");
  if (!stmt.ok()) return sql;
  while (true) {
    Result<bool> row = (*stmt)->Step();
    if (!row.ok() || !*row) break;
    sql += "DROP " + std::string((*stmt)->Text(0) == "view" ? "VIEW" : "TABLE") +
           " IF EXISTS \"" + (*stmt)->Text(1) + "\";\n";
  }
  return sql;
}

Result<std::string> MetaValue(Db* db, const std::string& key) {
  auto stmt = db->Prepare("SELECT value FROM meta WHERE key = ?");
  if (!stmt.ok()) return stmt.status();
  (*stmt)->BindText(1, key);
  Result<bool> row = (*stmt)->Step();
  if (!row.ok()) return row.status();
  return *row ? (*stmt)->Text(0) : std::string();
}

}  // namespace

Status EnsureSchema(Db* db, bool* rebuilt) {
  *rebuilt = false;
  if (Status s = db->Exec(kBookkeeping); !s.ok()) return s;
  const std::string projected = ProjectedSchemaSql();
  const std::string signature = Sha256Hex(projected);
  Result<std::string> built = MetaValue(db, "projection_schema_sha256");
  if (!built.ok()) return built.status();
  if (*built == signature) return Status::Ok();
  if (Status s = db->Exec(DropProjectedSql(db) + projected); !s.ok()) return s;
  *rebuilt = true;
  auto stmt = db->Prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
  if (!stmt.ok()) return stmt.status();
  (*stmt)->BindText(1, "projection_schema_sha256");
  (*stmt)->BindText(2, signature);
  return (*stmt)->Run();
}

std::string InsertSql(const std::string& table, const std::vector<Column>& columns) {
  std::string names, marks;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    names += (i ? ", \"" : "\"") + columns[i].name + "\"";
    marks += i ? ", ?" : "?";
  }
  return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")";
}

}  // namespace findings::dataset

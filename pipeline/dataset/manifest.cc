#include "dataset/manifest.h"

#include <sys/stat.h>

#include <fstream>

#include "util/sha256.h"

namespace findings::dataset {

namespace {

constexpr const char* kColumns =
    "path, size, mtime_ns, sha256, report_id, media_type, plugin, plugin_version, "
    "grammar_sha256, extractor_set, status, error, extracted_at";

SourceRow ReadRow(const Statement& s) {
  SourceRow row;
  row.path = s.Text(0);
  row.size = s.Int(1);
  row.mtime_ns = s.Int(2);
  row.sha256 = s.Text(3);
  row.report_id = s.Text(4);
  row.media_type = s.Text(5);
  row.extractor = {s.Text(6), s.Text(7), s.Text(8)};
  row.extractor_set = s.Text(9);
  row.status = s.Text(10);
  row.error = s.Text(11);
  row.extracted_at = s.Text(12);
  return row;
}

// Empty strings are stored as NULL, so the table reads naturally in SQL.
void BindOptional(Statement* s, int index, const std::string& value) {
  if (value.empty()) s->BindNull(index);
  else s->BindText(index, value);
}

}  // namespace

Result<std::map<std::string, SourceRow>> LoadSources(Db* db) {
  auto stmt = db->Prepare(std::string("SELECT ") + kColumns + " FROM sources");
  if (!stmt.ok()) return stmt.status();
  std::map<std::string, SourceRow> rows;
  while (true) {
    Result<bool> more = (*stmt)->Step();
    if (!more.ok()) return more.status();
    if (!*more) return rows;
    SourceRow row = ReadRow(**stmt);
    rows.emplace(row.path, std::move(row));
  }
}

Status SaveSource(Db* db, const SourceRow& row) {
  auto stmt = db->Prepare(std::string("INSERT OR REPLACE INTO sources (") + kColumns +
                          ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!stmt.ok()) return stmt.status();
  Statement& s = **stmt;
  s.BindText(1, row.path);
  s.BindInt(2, row.size);
  s.BindInt(3, row.mtime_ns);
  BindOptional(&s, 4, row.sha256);
  BindOptional(&s, 5, row.report_id);
  BindOptional(&s, 6, row.media_type);
  BindOptional(&s, 7, row.extractor.plugin);
  BindOptional(&s, 8, row.extractor.version);
  BindOptional(&s, 9, row.extractor.grammar_sha256);
  BindOptional(&s, 10, row.extractor_set);
  s.BindText(11, row.status);
  BindOptional(&s, 12, row.error);
  BindOptional(&s, 13, row.extracted_at);
  return s.Run();
}

Status DeleteSource(Db* db, const std::string& path) {
  auto stmt = db->Prepare("DELETE FROM sources WHERE path = ?");
  if (!stmt.ok()) return stmt.status();
  (*stmt)->BindText(1, path);
  return (*stmt)->Run();
}

Result<FileStat> StatFile(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return Status::Error(Code::kIoError, "cannot stat file");
  return FileStat{static_cast<std::int64_t>(st.st_size),
                  static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

Result<std::string> HashFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(Code::kIoError, "cannot read file");
  Sha256 hash;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
    hash.Update(std::string_view(buffer, static_cast<std::size_t>(in.gcount())));
  if (in.bad()) return Status::Error(Code::kIoError, "cannot read file");
  return hash.HexDigest();
}

Plugins IndexPlugins(const std::vector<ExtractorVersion>& versions) {
  Plugins plugins;
  for (const ExtractorVersion& v : versions) plugins.by_name.emplace(v.plugin, v);
  plugins.fingerprint = ExtractorSetFingerprint(versions);
  return plugins;
}

bool ExtractorCurrent(const SourceRow& row, const Plugins& plugins) {
  if (row.status != kStatusOk) return row.extractor_set == plugins.fingerprint;
  auto it = plugins.by_name.find(row.extractor.plugin);
  return it != plugins.by_name.end() && it->second.version == row.extractor.version &&
         it->second.grammar_sha256 == row.extractor.grammar_sha256;
}

Decision Decide(const SourceRow* known, const FileStat& now, const Plugins& plugins, bool force,
                const std::function<std::string()>& hash) {
  if (known == nullptr || force || !ExtractorCurrent(*known, plugins)) return Decision::kExtract;
  if (known->size == now.size && known->mtime_ns == now.mtime_ns) return Decision::kUnchanged;
  const std::string sha = hash();
  return !sha.empty() && sha == known->sha256 ? Decision::kRestat : Decision::kExtract;
}

}  // namespace findings::dataset

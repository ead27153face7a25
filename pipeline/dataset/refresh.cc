#include "dataset/refresh.h"

#include <algorithm>
#include <atomic>
#include <ctime>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "dataset/dataset_lock.h"
#include "dataset/derived_files.h"
#include "dataset/manifest.h"
#include "dataset/report_projection.h"
#include "dataset/sqlite_schema.h"

namespace findings::dataset {

namespace fs = std::filesystem;

namespace {

struct Work {
  std::string path;
  FileStat stat;
  std::optional<SourceRow> known;
};

struct Plan {
  std::vector<Work> extract;
  std::vector<SourceRow> restat;     // same content, new size/mtime
  std::vector<SourceRow> removed;    // in the manifest, gone from the corpus
};

Plan MakePlan(const std::vector<std::string>& files, const std::map<std::string, SourceRow>& sources,
              const Plugins& plugins, bool force) {
  Plan plan;
  std::set<std::string> present;
  for (const std::string& file : files) {
    const std::string path = fs::absolute(file).lexically_normal().string();
    if (!present.insert(path).second) continue;
    auto known = sources.find(path);
    const SourceRow* row = known == sources.end() ? nullptr : &known->second;
    Result<FileStat> stat = StatFile(path);
    FileStat now = stat.ok() ? *stat : FileStat{-1, -1};
    std::string sha;
    auto hash = [&] { Result<std::string> h = HashFile(path); return sha = h.ok() ? *h : ""; };
    switch (Decide(row, now, plugins, force, hash)) {
      case Decision::kUnchanged: break;
      case Decision::kRestat: {
        SourceRow updated = *row;
        updated.size = now.size;
        updated.mtime_ns = now.mtime_ns;
        plan.restat.push_back(updated);
        break;
      }
      case Decision::kExtract:
        plan.extract.push_back({path, now, row ? std::optional<SourceRow>(*row) : std::nullopt});
    }
  }
  for (const auto& [path, row] : sources)
    if (!present.count(path)) plan.removed.push_back(row);
  return plan;
}

std::string NowUtc() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

// The manifest row after an extraction of `work`, and the report ids it touches.
// `now` is the refresh's one timestamp: rows are written as files finish, but
// every file extracted by one refresh carries the same extracted_at.
Status ApplyOne(Db* db, const Work& work, const Result<Findings>& result, const Plugins& plugins,
                const std::string& now, std::set<std::string>* affected, RefreshSummary* summary) {
  SourceRow row = work.known.value_or(SourceRow{});
  if (row.report_id.size()) affected->insert(row.report_id);
  row.path = work.path;
  row.size = work.stat.size;
  row.mtime_ns = work.stat.mtime_ns;
  row.extractor_set = plugins.fingerprint;
  if (result.ok()) {
    const Report& report = result->report;
    row.sha256 = report.source.sha256;
    row.report_id = report.id;
    row.media_type = report.source.media_type;
    row.extractor = {report.extractor.plugin, report.extractor.plugin_version,
                     report.extractor.grammar_sha256};
    row.status = kStatusOk;
    row.error.clear();
    row.extracted_at = now;
    affected->insert(report.id);
    if (Status s = SaveSource(db, row); !s.ok()) return s;
    return StoreExtraction(db, work.path, result.value());
  }
  Result<std::string> sha = HashFile(work.path);
  row.sha256 = sha.ok() ? *sha : "";
  row.status = row.report_id.empty() ? kStatusFailed : kStatusStale;
  row.error = result.status().message();
  ++summary->failed;
  summary->errors.push_back(work.path + ": " + row.error);
  return SaveSource(db, row);
}

// Extracts every file of plan.extract, options.jobs at once, and writes each
// result into the open transaction as soon as it arrives, so that memory holds
// at most one report's findings per thread whatever the number of files (the
// all-or-nothing guarantee is the transaction's: nothing is committed before
// every file was applied). Writes are serialised by a mutex; they land in
// completion order, which nothing reads back (every query orders its rows, the
// manifest is keyed by path), and the error lines are put back in file order.
Status ExtractAndApply(Db* db, const Plan& plan, const Extractor& extractor, const Plugins& plugins,
                       const RefreshOptions& options, std::set<std::string>* affected,
                       RefreshSummary* summary) {
  const std::vector<Work>& work = plan.extract;
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::mutex apply_mutex;  // guards db, affected, summary, errors, done, status
  std::size_t done = 0;
  Status status = Status::Ok();
  std::vector<std::pair<std::size_t, std::string>> errors;  // (file index, line)
  const std::string now = NowUtc();
  auto worker = [&] {
    for (std::size_t i = next++; i < work.size() && !stop; i = next++) {
      const Result<Findings> result = extractor.Extract(work[i].path);
      std::lock_guard<std::mutex> lock(apply_mutex);
      if (!status.ok()) return;
      RefreshSummary one;
      status = ApplyOne(db, work[i], result, plugins, now, affected, &one);
      summary->failed += one.failed;
      for (std::string& line : one.errors) errors.emplace_back(i, std::move(line));
      if (!status.ok()) {
        stop = true;
        return;
      }
      ++done;
      if (options.progress) options.progress(done, work.size());
    }
  };
  std::vector<std::thread> threads;
  const unsigned callers = extractor.Callers(options.jobs);
  for (unsigned t = 1; t < callers && t < work.size(); ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
  if (!status.ok()) return status;
  std::stable_sort(errors.begin(), errors.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [index, line] : errors) summary->errors.push_back(std::move(line));
  return Status::Ok();
}

// The manifest rows of files whose content did not change or that are gone.
Status ApplyManifest(Db* db, const Plan& plan, std::set<std::string>* affected) {
  for (const SourceRow& row : plan.restat)
    if (Status s = SaveSource(db, row); !s.ok()) return s;
  for (const SourceRow& row : plan.removed) {
    if (!row.report_id.empty()) affected->insert(row.report_id);
    if (Status s = DeleteExtraction(db, row.path); !s.ok()) return s;
    if (Status s = DeleteSource(db, row.path); !s.ok()) return s;
  }
  return Status::Ok();
}

// Every report id some stored extraction carries.
Result<std::set<std::string>> ExtractedIds(Db* db) {
  auto ids = db->Texts("SELECT DISTINCT report_id FROM extractions");
  if (!ids.ok()) return ids.status();
  return std::set<std::string>(ids->begin(), ids->end());
}

// Projects each report of `ids`, stages its files and counts what happened to
// those whose sources changed (the others are projected again only because the
// schema changed or derived files were left unfinished).
Status ProjectReports(Db* db, const std::set<std::string>& ids, const std::set<std::string>& changed,
                      const std::set<std::string>& before, const ProviderRegistry& providers,
                      DerivedFiles* derived, RefreshSummary* summary) {
  for (const std::string& id : ids) {
    Result<std::optional<Findings>> projected = ProjectReport(db, id, providers);
    if (!projected.ok()) return projected.status();
    const bool existed = before.count(id) > 0;
    const bool counted = changed.count(id) > 0;
    if (!projected->has_value()) {
      derived->StageRemoval(id);
      summary->removed += existed ? 1 : 0;
      continue;
    }
    if (counted) ++(existed ? summary->updated : summary->added);
    if (Status s = derived->StageReport(**projected); !s.ok()) return s;
  }
  return Status::Ok();
}

Status LockDataset(const RefreshOptions& options, DatasetLock* lock) {
  Result<bool> got = lock->TryAcquire(options.dataset_dir);
  if (!got.ok()) return got.status();
  if (*got) return Status::Ok();
  if (options.waiting) options.waiting();
  return lock->Acquire(options.dataset_dir);
}

}  // namespace

std::string FormatSummary(const RefreshSummary& s) {
  return std::to_string(s.reports) + " reports: " + std::to_string(s.added) + " added, " +
         std::to_string(s.updated) + " updated, " + std::to_string(s.unchanged) + " unchanged, " +
         std::to_string(s.removed) + " removed, " + std::to_string(s.failed) + " failed";
}

Result<RefreshSummary> Refresh(const RefreshOptions& options, const Extractor& extractor) {
  std::error_code ec;
  fs::create_directories(options.dataset_dir, ec);
  if (ec) return Status::Error(Code::kIoError, "cannot create " + options.dataset_dir + ": " + ec.message());
  DatasetLock lock;
  if (Status s = LockDataset(options, &lock); !s.ok()) return s;
  auto db = Db::Open(options.dataset_dir + "/" + kDatabaseFile);
  if (!db.ok()) return db.status();
  Transaction transaction(db->get());
  if (!transaction.begun().ok()) return transaction.begun();
  bool rebuilt = false;
  if (Status s = EnsureSchema(db->get(), &rebuilt); !s.ok()) return s;
  auto sources = LoadSources(db->get());
  if (!sources.ok()) return sources.status();
  auto before_ids = ReportIds(db->get());
  if (!before_ids.ok()) return before_ids.status();
  const std::set<std::string> before(before_ids->begin(), before_ids->end());

  const Plugins plugins = IndexPlugins(extractor.Versions());
  const Plan plan = MakePlan(options.files, *sources, plugins, options.force);

  RefreshSummary summary;
  summary.extracted = plan.extract.size();
  std::set<std::string> affected;
  if (Status s = ExtractAndApply(db->get(), plan, extractor, plugins, options, &affected, &summary);
      !s.ok())
    return s;
  if (Status s = ApplyManifest(db->get(), plan, &affected); !s.ok()) return s;
  DerivedFiles derived(options.dataset_dir);
  const bool everything = rebuilt || derived.Pending();
  std::set<std::string> to_project = affected;
  if (everything) {
    auto all = ExtractedIds(db->get());
    if (!all.ok()) return all.status();
    to_project.insert(all->begin(), all->end());
    to_project.insert(before.begin(), before.end());
    if (Status s = WriteProviders(db->get(), options.providers); !s.ok()) return s;
  }
  if (Status s = ProjectReports(db->get(), to_project, affected, before, options.providers,
                                &derived, &summary);
      !s.ok())
    return s;
  auto after = ReportIds(db->get());
  if (!after.ok()) return after.status();
  summary.reports = after->size();
  summary.unchanged = summary.reports - summary.added - summary.updated;

  if (!to_project.empty()) {
    if (Status s = derived.StageTables(db->get()); !s.ok()) return s;
    if (Status s = derived.MarkPending(); !s.ok()) return s;
  }
  if (Status s = transaction.Commit(); !s.ok()) return s;
  if (Status s = derived.Commit(); !s.ok()) return s;
  return summary;
}

}  // namespace findings::dataset

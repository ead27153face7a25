// The manifest: one `sources` row per corpus file, and what a refresh decides
// for each file from it.
//
// A file is looked at again only when its size or mtime changed (then it is
// hashed, like make and git do) or its extractor changed: for a file that was
// extracted, its plugin's version or grammar; for one that failed, the set of
// plugins (any change may make it recognised).
#ifndef FINDINGS_DATASET_MANIFEST_H_
#define FINDINGS_DATASET_MANIFEST_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dataset/extractor.h"
#include "dataset/sqlite_db.h"

namespace findings::dataset {

inline constexpr const char* kStatusOk = "ok";
inline constexpr const char* kStatusFailed = "failed";
inline constexpr const char* kStatusStale = "stale";  // failed now; an older extraction kept

struct SourceRow {
  std::string path;
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string sha256;
  std::string report_id;  // empty when never extracted
  std::string media_type;
  ExtractorVersion extractor;  // of the extraction kept (ok or stale)
  std::string extractor_set;   // ExtractorSetFingerprint when last tried
  std::string status;
  std::string error;
  std::string extracted_at;
};

Result<std::map<std::string, SourceRow>> LoadSources(Db* db);
Status SaveSource(Db* db, const SourceRow& row);
Status DeleteSource(Db* db, const std::string& path);

struct FileStat {
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
};
Result<FileStat> StatFile(const std::string& path);
Result<std::string> HashFile(const std::string& path);

enum class Decision {
  kUnchanged,  // nothing to do
  kRestat,     // same content under a new size/mtime: record them only
  kExtract,    // new, changed, forced, or its extractor changed
};

struct Plugins {
  std::map<std::string, ExtractorVersion> by_name;
  std::string fingerprint;
};
Plugins IndexPlugins(const std::vector<ExtractorVersion>& versions);

// Decides for one file (`known` is null for a new one). `hash` is called only
// when size or mtime differ; an empty hash (unreadable file) means extract.
Decision Decide(const SourceRow* known, const FileStat& now, const Plugins& plugins, bool force,
                const std::function<std::string()>& hash);

// True when the extraction behind `row` is what the current plugins would give.
bool ExtractorCurrent(const SourceRow& row, const Plugins& plugins);

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_MANIFEST_H_

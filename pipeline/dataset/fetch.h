// `findings fetch`: download the reports listed in a sources file.
//
// sources.tsv has one report a line: URL, a tab, the file name to save it as
// (a plain name, no folders); blank lines and lines starting with '#' are
// skipped. Each download is a conditional request (If-None-Match with the
// ETag, If-Modified-Since with the Last-Modified the server gave last time,
// both kept in INTO/.fetch-state.json) and goes to a temporary name, renamed
// over the real one only when it is complete and starts like a PDF ("%PDF-").
// A network error or an implausible file leaves the corpus and the state as
// they were.
#ifndef FINDINGS_DATASET_FETCH_H_
#define FINDINGS_DATASET_FETCH_H_

#include <string>
#include <vector>

#include "findings/status.h"

namespace findings::dataset {

inline constexpr const char* kFetchStateFile = ".fetch-state.json";

struct FetchSource {
  std::string url;
  std::string file;
};

// Errors name the line: "sources.tsv:3: expected URL<TAB>FILE".
Result<std::vector<FetchSource>> ParseSources(const std::string& text, const std::string& name);

struct FetchOptions {
  std::string into_dir;
  long timeout_seconds = 120;  // for one whole download
};

struct FetchSummary {
  std::size_t downloaded = 0;
  std::size_t not_modified = 0;
  std::size_t failed = 0;
  std::vector<std::string> errors;  // "URL: reason"
};

// "3 sources: 1 downloaded, 2 not modified, 0 failed"
std::string FormatFetchSummary(const FetchSummary& summary);

// Fails as a whole only when the state file cannot be read or written.
Result<FetchSummary> Fetch(const std::vector<FetchSource>& sources, const FetchOptions& options);

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_FETCH_H_

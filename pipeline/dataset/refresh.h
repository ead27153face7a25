// `findings refresh`: bring the dataset in a directory up to date with a corpus.
//
// The rules (README.md, "Dataset"):
//   - a file is extracted again only when its content or its extractor changed
//     (manifest.h); --force extracts every file again;
//   - new files are added, files gone from the corpus are removed;
//   - a failed file is recorded with its reason and not retried until it or the
//     extractor changes; if it had a good extraction, that one is kept (stale);
//   - the database changes in one transaction, derived files are renamed into
//     place after it commits (derived_files.h), and DIR/.lock keeps a second
//     refresh out until the first is done.
#ifndef FINDINGS_DATASET_REFRESH_H_
#define FINDINGS_DATASET_REFRESH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "dataset/extractor.h"
#include "dataset/provider_registry.h"

namespace findings::dataset {

struct RefreshOptions {
  std::vector<std::string> files;  // the corpus files, already collected
  std::string dataset_dir;
  unsigned jobs = 1;
  bool force = false;
  ProviderRegistry providers;
  // Called (never concurrently) as files are extracted; may be empty.
  std::function<void(std::size_t done, std::size_t total)> progress;
  // Called once when another refresh holds the lock and this one waits for it.
  std::function<void()> waiting;
};

struct RefreshSummary {
  std::size_t reports = 0;  // in the dataset afterwards
  std::size_t added = 0;
  std::size_t updated = 0;
  std::size_t unchanged = 0;
  std::size_t removed = 0;
  std::size_t failed = 0;     // files that failed in this refresh
  std::size_t extracted = 0;  // files extracted (successfully or not) in this refresh
  std::vector<std::string> errors;  // "PATH: reason", one per failed file
};

// "5 reports: 1 added, 1 updated, 3 unchanged, 0 removed, 0 failed"
std::string FormatSummary(const RefreshSummary& summary);

Result<RefreshSummary> Refresh(const RefreshOptions& options, const Extractor& extractor);

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_REFRESH_H_

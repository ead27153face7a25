// The Extractor of `findings refresh`, apart from the seam (extractor.h) so that
// the seam does not pull in the worker pool.
#ifndef FINDINGS_DATASET_ISOLATED_EXTRACTOR_H_
#define FINDINGS_DATASET_ISOLATED_EXTRACTOR_H_

#include <string>
#include <utility>

#include "dataset/extractor.h"
#include "isolate/worker_pool.h"

namespace findings::dataset {

// Extraction in worker processes (pipeline/isolate): a file that crashes, hangs or
// exhausts a limit costs only its own result. Versions come from `registry`,
// loaded from the same places as the workers' plugins.
class IsolatedExtractor : public RegistryExtractor {
 public:
  IsolatedExtractor(const PluginRegistry& registry, WorkerPool* pool, ExtractOptions options)
      : RegistryExtractor(registry, std::move(options)), pool_(pool) {}
  Result<Findings> Extract(const std::string& path) const override {
    return pool_->Extract(path, options());
  }
  unsigned Callers(unsigned) const override { return pool_->callers(); }

 private:
  WorkerPool* pool_;  // not owned; WorkerPool::Extract is thread-safe
};

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_ISOLATED_EXTRACTOR_H_

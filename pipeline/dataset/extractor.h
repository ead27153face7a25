// How the dataset gets a report's findings: an interface, so that the refresh
// does not care whether extraction runs on threads in this process or in a pool
// of isolated worker processes (dataset/isolated_extractor.h).
#ifndef FINDINGS_DATASET_EXTRACTOR_H_
#define FINDINGS_DATASET_EXTRACTOR_H_

#include <string>
#include <vector>

#include "findings/model.h"
#include "findings/status.h"
#include "host/extract.h"

namespace findings::dataset {

// One plugin as the dataset remembers it: a stored extraction is current while
// its plugin is still loaded with the same version and grammar.
struct ExtractorVersion {
  std::string plugin;
  std::string version;
  std::string grammar_sha256;
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  // Must be safe to call from several threads at once.
  virtual Result<Findings> Extract(const std::string& path) const = 0;
  // How many threads calling Extract keep it busy at `jobs` files at once.
  virtual unsigned Callers(unsigned jobs) const { return jobs; }
  // The plugins available, in detection order.
  virtual std::vector<ExtractorVersion> Versions() const = 0;
};

// SHA-256 over every plugin's name, version and grammar hash: a file no plugin
// recognised is worth retrying only when this changes.
std::string ExtractorSetFingerprint(const std::vector<ExtractorVersion>& versions);

// Extraction in this process through a loaded PluginRegistry.
class RegistryExtractor : public Extractor {
 public:
  RegistryExtractor(const PluginRegistry& registry, ExtractOptions options)
      : registry_(registry), options_(std::move(options)) {}
  Result<Findings> Extract(const std::string& path) const override;
  std::vector<ExtractorVersion> Versions() const override;

 protected:
  const ExtractOptions& options() const { return options_; }

 private:
  const PluginRegistry& registry_;
  ExtractOptions options_;
};

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_EXTRACTOR_H_

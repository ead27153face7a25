#include "dataset/extractor.h"

#include "util/sha256.h"

namespace findings::dataset {

std::string ExtractorSetFingerprint(const std::vector<ExtractorVersion>& versions) {
  Sha256 hash;
  for (const ExtractorVersion& v : versions) {
    hash.Update(v.plugin + '\0' + v.version + '\0' + v.grammar_sha256 + '\n');
  }
  return hash.HexDigest();
}

Result<Findings> RegistryExtractor::Extract(const std::string& path) const {
  return ExtractReport(registry_, path, options_);
}

std::vector<ExtractorVersion> RegistryExtractor::Versions() const {
  std::vector<ExtractorVersion> versions;
  for (const LoadedPlugin& plugin : registry_.plugins()) {
    versions.push_back({plugin.name(), plugin.version(),
                        plugin.grammar ? plugin.grammar->sha256() : std::string()});
  }
  return versions;
}

}  // namespace findings::dataset

// The provider registry (data/providers.json): the 21 CRCs and 7 NPS divisions
// of 2014–2021, each with a stable id and the names reports use for it.
//
// Names are matched within a type after folding case, punctuation, "&"/"and"
// and filler words ("the", "division", "CRC", "Community Rehabilitation
// Company", "National Probation Service"), so "South West South Central
// division" and "NPS South West & South Central" meet. A name the registry does
// not know is not a provider: the dataset records a diagnostic instead.
#ifndef FINDINGS_DATASET_PROVIDER_REGISTRY_H_
#define FINDINGS_DATASET_PROVIDER_REGISTRY_H_

#include <map>
#include <string>
#include <vector>

#include "findings/status.h"

namespace findings::dataset {

struct CanonicalProvider {
  std::string id;    // "crc.kent-surrey-sussex"
  std::string type;  // "CRC" or "NPS"
  std::string name;  // the canonical name
  std::vector<std::string> names;  // every name reports use, the canonical one included
};

class ProviderRegistry {
 public:
  ProviderRegistry() = default;  // empty: every name is unknown
  static Result<ProviderRegistry> Parse(const std::string& json_text);
  static Result<ProviderRegistry> Load(const std::string& path);

  // The provider of `type` called `name`, or nullptr.
  const CanonicalProvider* Match(const std::string& type, const std::string& name) const;
  const std::vector<CanonicalProvider>& providers() const { return providers_; }

 private:
  std::vector<CanonicalProvider> providers_;
  std::map<std::string, std::size_t> by_key_;  // "CRC|folded name" → index
};

// The folded form names are compared in.
std::string FoldProviderName(const std::string& name);

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_PROVIDER_REGISTRY_H_

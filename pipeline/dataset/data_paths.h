// Where the data files shipped with findings (data/providers.json) are found.
#ifndef FINDINGS_DATASET_DATA_PATHS_H_
#define FINDINGS_DATASET_DATA_PATHS_H_

#include <string>

namespace findings::dataset {

// The provider registry: $FINDINGS_PROVIDERS if set, else the first existing of
// the installed data folder and the source tree's data/ folder.
std::string DefaultProviderRegistryPath();

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_DATA_PATHS_H_

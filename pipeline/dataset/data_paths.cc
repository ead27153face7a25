#include "dataset/data_paths.h"

#include <cstdlib>
#include <filesystem>

#ifndef FINDINGS_INSTALL_DATA_FILES_DIR
#define FINDINGS_INSTALL_DATA_FILES_DIR "/usr/local/share/findings/data"
#endif
#ifndef FINDINGS_BUILD_DATA_DIR
#define FINDINGS_BUILD_DATA_DIR "data"
#endif

namespace findings::dataset {

std::string DefaultProviderRegistryPath() {
  if (const char* env = std::getenv("FINDINGS_PROVIDERS"); env && *env) return env;
  const std::string installed = std::string(FINDINGS_INSTALL_DATA_FILES_DIR) + "/providers.json";
  std::error_code ec;
  if (std::filesystem::exists(installed, ec)) return installed;
  return std::string(FINDINGS_BUILD_DATA_DIR) + "/providers.json";
}

}  // namespace findings::dataset

#include "dataset/data_paths.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace findings::dataset {
namespace {

// Sets (or with nullptr unsets) FINDINGS_PROVIDERS while it lives.
class ScopedProviders {
 public:
  explicit ScopedProviders(const char* value) {
    if (const char* old = std::getenv("FINDINGS_PROVIDERS")) old_ = old, had_ = true;
    if (value) ::setenv("FINDINGS_PROVIDERS", value, 1);
    else ::unsetenv("FINDINGS_PROVIDERS");
  }
  ~ScopedProviders() {
    if (had_) ::setenv("FINDINGS_PROVIDERS", old_.c_str(), 1);
    else ::unsetenv("FINDINGS_PROVIDERS");
  }

 private:
  std::string old_;
  bool had_ = false;
};

TEST(DefaultProviderRegistryPath, TheEnvironmentVariableWins) {
  ScopedProviders set("/somewhere/providers.json");
  EXPECT_EQ(DefaultProviderRegistryPath(), "/somewhere/providers.json");
}

TEST(DefaultProviderRegistryPath, AnEmptyVariableIsIgnored) {
  ScopedProviders empty("");
  const std::string path = DefaultProviderRegistryPath();
  EXPECT_FALSE(path.empty());
  EXPECT_EQ(std::filesystem::path(path).filename(), "providers.json");
}

TEST(DefaultProviderRegistryPath, OtherwiseAShippedRegistry) {
  ScopedProviders unset(nullptr);
  const std::string path = DefaultProviderRegistryPath();
  EXPECT_EQ(std::filesystem::path(path).filename(), "providers.json");
  // Installed or in the source tree: either way the file ships with findings.
  EXPECT_TRUE(std::filesystem::exists(path)) << path;
}

}  // namespace
}  // namespace findings::dataset

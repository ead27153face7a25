#include "host/search_paths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

namespace findings {
namespace {

TEST(SearchPaths, PutsFlagsFirstThenTheEnvironment) {
  ::setenv("FINDINGS_PLUGIN_PATH", "/env/a::/env/b", 1);
  const auto dirs = PluginSearchPath({"/flag"});
  ::unsetenv("FINDINGS_PLUGIN_PATH");
  ASSERT_GE(dirs.size(), 3u);
  EXPECT_EQ(dirs[0], "/flag");
  EXPECT_EQ(dirs[1], "/env/a");
  EXPECT_EQ(dirs[2], "/env/b");
}

TEST(SearchPaths, ListsEachDirectoryOnce) {
  const auto dirs = PluginSearchPath({"/x/", "/x", "/y/../x"});
  EXPECT_EQ(dirs[0], "/x");
  EXPECT_NE(dirs[1], "/x");
  for (const std::string& dir : dirs)
    EXPECT_EQ(std::count(dirs.begin(), dirs.end(), dir), 1) << dir;
}

}  // namespace
}  // namespace findings

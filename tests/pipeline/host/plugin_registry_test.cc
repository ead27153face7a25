#include "host/plugin_registry.h"

#include <gtest/gtest.h>

#include "pipeline/cli/cli_runner.h"
#include "test_paths.h"

namespace findings {
namespace {

using testing::BinaryPath;
using testing::SourcePath;
using testing::TempDir;

TEST(PluginRegistry, LoadsTheShippedPluginsWithTheirGrammars) {
  PluginRegistry registry;
  registry.Load({BinaryPath("plugins")}, {SourcePath("grammars")});
  EXPECT_TRUE(registry.problems().empty());
  for (const char* name : {"quality-impact-2016", "rated-2018"}) {
    const LoadedPlugin* plugin = registry.Find(name);
    ASSERT_NE(plugin, nullptr) << name;
    EXPECT_EQ(plugin->grammar_dir, SourcePath("grammars/") + name);
    EXPECT_EQ(plugin->grammar->sha256().size(), 64u);
  }
}

TEST(PluginRegistry, RefusesAModuleBuiltForAnotherApiVersion) {
  const std::string module = BinaryPath("tests/plugins-wrong-api/wrong-api-version.so");
  auto plugin = OpenPluginModule(module);
  ASSERT_FALSE(plugin.ok());
  EXPECT_EQ(plugin.status().message(), module + ": wrong API version (got 999, supported 1)");
}

TEST(PluginRegistry, SaysWhenAFileIsNotALoadableModule) {
  TempDir dir;
  const std::string module = dir.Write("broken.so", "this is not an ELF file");
  auto plugin = OpenPluginModule(module);
  ASSERT_FALSE(plugin.ok());
  EXPECT_EQ(plugin.status().message().rfind(module + ": cannot load plugin: ", 0), 0u)
      << plugin.status().message();
}

TEST(PluginRegistry, SaysWhenAModuleHasNoEntryPoint) {
  // Any shared library without findings_plugin_entry will do: libc's maths library.
  auto plugin = OpenPluginModule("libm.so.6");
  ASSERT_FALSE(plugin.ok());
  EXPECT_EQ(plugin.status().message(),
            "libm.so.6: not a findings plugin (no findings_plugin_entry entry point)");
}

TEST(PluginRegistry, SkipsBrokenModulesAndKeepsTheRest) {
  TempDir dir;
  dir.Write("broken.so", "garbage");
  PluginRegistry registry;
  registry.Load({dir.path(), BinaryPath("plugins")}, {SourcePath("grammars")});
  EXPECT_NE(registry.Find("rated-2018"), nullptr);
  ASSERT_EQ(registry.problems().size(), 1u);
  EXPECT_NE(registry.problems()[0].find("broken.so: cannot load plugin"), std::string::npos);
}

TEST(PluginRegistry, RefusesAPluginWithoutAGrammarFolder) {
  TempDir grammars;
  PluginRegistry registry;
  registry.Load({BinaryPath("tests/plugins")}, {grammars.path()});
  EXPECT_EQ(registry.Find("example-format"), nullptr);
  ASSERT_EQ(registry.problems().size(), 1u);
  EXPECT_EQ(registry.problems()[0], BinaryPath("tests/plugins/example-format.so") +
                                        ": no grammar folder 'example-format' in " +
                                        grammars.path());
}

}  // namespace
}  // namespace findings

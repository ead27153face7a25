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
  EXPECT_EQ(plugin.status().message(), module + ": wrong API version (got 1, supported 3)");
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

TEST(PluginRegistry, RefusesAGrammarWithoutWhatThePluginNeeds) {
  TempDir grammars;
  grammars.Write("example-format/example.re2",
                 "findings-grammar 1\npattern title = ^Title$\n  match: Title\n");
  PluginRegistry registry;
  registry.Load({BinaryPath("tests/plugins")}, {grammars.path()});
  EXPECT_EQ(registry.Find("example-format"), nullptr);
  ASSERT_EQ(registry.problems().size(), 1u);
  EXPECT_EQ(registry.problems()[0], BinaryPath("tests/plugins/example-format.so") +
                                        ": grammar: " + grammars.path() +
                                        "/example-format lacks what example-format needs: "
                                        "patterns 'header'");
}

TEST(CheckGrammarHasWhatPluginNeeds, NamesEveryMissingNameByKind) {
  TempDir grammars;
  grammars.Write("g/a.re2", "findings-grammar 1\npattern one = x\n  match: x\n");
  grammars.Write("g/list.words", "term\n");
  auto grammar = LoadGrammar(grammars.path() + "/g");
  ASSERT_TRUE(grammar.ok()) << grammar.status().message();
  const char* const patterns[] = {"one", "two", "three", nullptr};
  const char* const lists[] = {"list", "other", nullptr};
  const char* const data[] = {"standards.json", nullptr};
  findings_plugin plugin{
      FINDINGS_PLUGIN_API_VERSION, "g", "1", nullptr, nullptr, patterns, lists, data};
  EXPECT_EQ(CheckGrammarHasWhatPluginNeeds(plugin, **grammar, "grammars/g").message(),
            "grammars/g lacks what g needs: patterns 'two', 'three'; word lists 'other'; "
            "data files 'standards.json'");
  plugin.patterns = plugin.word_lists = plugin.data_files = nullptr;
  EXPECT_TRUE(CheckGrammarHasWhatPluginNeeds(plugin, **grammar, "grammars/g").ok());
}

}  // namespace
}  // namespace findings

// `findings plugins`: one line per plugin found (name, version, module, grammar
// folder, tab-separated); a module that cannot be used is a warning and exit 1.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  for (std::string field; std::getline(in, field, '\t');) fields.push_back(field);
  return fields;
}

TEST(PluginsCommand, ListsEachShippedPluginWithItsModuleAndGrammarFolder) {
  const CliResult r = RunCli("plugins");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::istringstream lines(r.out);
  std::vector<std::string> names;
  for (std::string line; std::getline(lines, line);) {
    const std::vector<std::string> fields = Fields(line);
    ASSERT_EQ(fields.size(), 4u) << line;
    names.push_back(fields[0]);
    EXPECT_FALSE(fields[1].empty()) << line;
    EXPECT_EQ(fields[2].substr(fields[2].rfind('/') + 1), fields[0] + ".so") << line;
    EXPECT_EQ(fields[3].substr(fields[3].rfind('/') + 1), fields[0]) << line;
  }
  EXPECT_NE(std::find(names.begin(), names.end(), "rated-2018"), names.end()) << r.out;
  EXPECT_NE(std::find(names.begin(), names.end(), "quality-impact-2016"), names.end()) << r.out;
}

TEST(PluginsCommand, TakesNoInputs) {
  const CliResult r = RunCli("plugins corpus/text/kent.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
}

const std::string kExampleFlags = ExamplePluginFlags();

TEST(PluginsCommand, ListsTheThirdPluginBesideTheShippedOnes) {
  const CliResult r = RunCli("plugins" + kExampleFlags);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("example-format\t0.0.1\t" + BinaryPath("tests/plugins/example-format.so")),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("rated-2018\t"), std::string::npos);
  EXPECT_NE(r.out.find("quality-impact-2016\t"), std::string::npos);
}

TEST(PluginsCommand, ReportsAModuleOfAnotherApiVersionAndGoesOn) {
  const std::string dir = BinaryPath("tests/plugins-wrong-api");
  const CliResult r = RunCli("plugins --plugin-dir " + dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "findings: warning: " + dir +
                       "/wrong-api-version.so: wrong API version (got 1, supported 3)\n");
  EXPECT_NE(r.out.find("rated-2018\t"), std::string::npos);
}

}  // namespace
}  // namespace findings::testing

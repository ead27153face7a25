// A new report format is added without touching the host: the example plugin is
// built from tests/, loaded with --plugin-dir, its grammar found with --grammar-dir.
#include <gtest/gtest.h>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

const std::string kExampleFlags = ExamplePluginFlags();

TEST(PluginExtension, DetectsAndExtractsTheNewFormat) {
  TempDir dir;
  const std::string file = dir.Write("report.txt", "EXAMPLE FORMAT REPORT\nA made-up title\n");
  const CliResult detect = RunCli("detect " + file + kExampleFlags);
  EXPECT_EQ(detect.exit_code, 0) << detect.err;
  EXPECT_EQ(detect.out, file + "\texample-format\t0.90\n");

  const CliResult extract = RunCli("extract " + file + kExampleFlags);
  EXPECT_EQ(extract.exit_code, 0) << extract.err;
  EXPECT_NE(extract.out.find("\"title\": \"A made-up title\""), std::string::npos) << extract.out;
  EXPECT_NE(extract.out.find("\"plugin\": \"example-format\""), std::string::npos);
}

TEST(PluginExtension, ForcingAnUnknownPluginFails) {
  const CliResult r = RunCli("extract --plugin no-such-format corpus/text/kent.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "corpus/text/kent.txt: no plugin named 'no-such-format'\n");
}

}  // namespace
}  // namespace findings::testing

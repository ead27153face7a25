// The options of every command that opens documents: --jobs, the limits of each
// file, and the plugin locations, the same for extract, detect, text and refresh.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

TEST(LimitOptions, EveryOpeningCommandListsThemWithTheirDefaults) {
  for (const char* command : {"extract", "detect", "text", "refresh"}) {
    const CliResult r = RunCli(std::string(command) + " --help");
    EXPECT_EQ(r.exit_code, 0) << command;
    for (const char* option : {"--jobs", "--timeout arg (=60)", "--cpu-limit arg (=60)",
                               "--memory-limit arg (=2048)", "--max-file-size arg (=256)",
                               "--password", "--plugin-dir", "--grammar-dir"})
      EXPECT_NE(r.out.find(option), std::string::npos) << command << " " << option << "\n" << r.out;
  }
}

TEST(LimitOptions, ANonNumberIsAUsageError) {
  const CliResult r = RunCli("text --jobs many corpus/text/kent.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("jobs"), std::string::npos) << r.err;
}

TEST(LimitOptions, AFileSizeLimitOfZeroIsNoLimit) {
  TempDir dir;
  const std::string big = dir.Write("big.txt", std::string(2u << 20, 'x') + "\n");
  const CliResult r = RunCli("detect '" + big + "' --max-file-size 0");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, big + ": not a recognised inspection report\n");
}

TEST(LimitOptions, AFileThatHangsIsGivenUpAfterTheTimeout) {
  TempDir dir;
  const std::string slow = dir.Write("slow.txt", "Eggs.\n");
  const std::string quick = dir.Write("quick.txt", "Milk.\n");
  const CliResult r = RunCli("text '" + slow + "' '" + quick + "' --timeout 3 --jobs 2",
                             "FINDINGS_FAULT=hang:slow.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, slow + ": timed out after 3 s (see --timeout)\n");
  EXPECT_NE(r.out.find("Milk."), std::string::npos);
}

}  // namespace
}  // namespace findings::testing

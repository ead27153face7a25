// `findings detect`: FILE<TAB>plugin<TAB>confidence for each recognised report,
// in input order; a file no plugin claims is a failure line naming it.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

TEST(DetectCommand, NamesThePluginOfEachFileInInputOrder) {
  const CliResult r = RunCli(
      "detect corpus/text/south-west-south-central.txt corpus/text/kent.txt --jobs 2");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  // A recognised report is claimed with a confidence of at least 0.5, written to
  // two decimals.
  const std::string rated = "corpus/text/south-west-south-central.txt\trated-2018\t";
  const std::string quality = "corpus/text/kent.txt\tquality-impact-2016\t";
  ASSERT_EQ(r.out.rfind(rated, 0), 0u) << r.out;
  const std::size_t second = r.out.find('\n') + 1;
  ASSERT_EQ(r.out.compare(second, quality.size(), quality), 0) << r.out;
  for (const std::size_t at : {rated.size(), second + quality.size()}) {
    const std::string confidence = r.out.substr(at, r.out.find('\n', at) - at);
    ASSERT_EQ(confidence.size(), 4u) << confidence;
    EXPECT_EQ(confidence[1], '.') << confidence;
    EXPECT_GE(std::stod(confidence), 0.5) << confidence;
  }
}

TEST(DetectCommand, AFileNoPluginClaimsIsAFailureAndTheOthersArePrinted) {
  TempDir dir;
  const std::string notes = dir.Write("notes.txt", "Shopping list\n\nEggs, milk, bread.\n");
  const CliResult r = RunCli("detect '" + notes + "' corpus/text/kent.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, notes + ": not a recognised inspection report\n");
  EXPECT_EQ(r.out.rfind("corpus/text/kent.txt\tquality-impact-2016\t", 0), 0u) << r.out;
}

TEST(DetectCommand, TheBestGuessIsNamedWhenAPluginSawSomething) {
  TempDir dir;
  // "NPS effectiveness" is one Quality & Impact heading, weighing 0.1.
  const std::string notes = dir.Write("notes.txt", "Notes\n\nNPS effectiveness\n");
  const CliResult r = RunCli("detect '" + notes + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            notes + ": not a recognised inspection report (best: quality-impact-2016, 0.10)\n");
  EXPECT_EQ(r.out, "");
}

TEST(DetectCommand, WalksAFolder) {
  const CliResult r = RunCli("detect corpus/text");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("corpus/text/kent.txt\tquality-impact-2016\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("corpus/text/south-west-south-central.txt\trated-2018\t"),
            std::string::npos);
}

TEST(DetectCommand, NeedsAnInput) {
  const CliResult r = RunCli("detect");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("findings detect"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace findings::testing

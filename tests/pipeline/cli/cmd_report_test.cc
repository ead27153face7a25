// findings report: options, errors, and a page written from extract outputs.
#include <gtest/gtest.h>

#include "cli_runner.h"

namespace findings::testing {
namespace {

TEST(ReportCommand, NeedsExactlyOneSourceOfReports) {
  TempDir dir;
  CliResult neither = RunCli("report -o '" + dir.path() + "/r.html'");
  EXPECT_EQ(neither.exit_code, 2);
  EXPECT_EQ(neither.err, "findings report: give one of --dataset DIR and --reports DIR\n");
  CliResult both = RunCli("report --dataset a --reports b -o '" + dir.path() + "/r.html'");
  EXPECT_EQ(both.exit_code, 2);
}

TEST(ReportCommand, MissingDatasetIsOneErrorLineAndNoPage) {
  TempDir dir;
  CliResult r = RunCli("report --dataset '" + dir.path() + "/none' -o '" + dir.path() + "/r.html'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "findings report: " + dir.path() +
                       "/none/reports: no such folder of report documents\n");
  EXPECT_FALSE(std::filesystem::exists(dir.path() + "/r.html"));
}

TEST(ReportCommand, WritesAPageFromAFolderOfExtractOutputs) {
  TempDir dir;
  ASSERT_EQ(RunCli("extract corpus/text/kent.txt -o '" + dir.path() + "/out'").exit_code, 0);
  CliResult r = RunCli("report --reports '" + dir.path() + "/out' -o '" + dir.path() + "/r.html'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string page = ReadAll(dir.path() + "/r.html");
  EXPECT_NE(page.find("<td>Kent</td>"), std::string::npos);
  // The link to the source file is relative to the page's folder.
  const std::filesystem::path source =
      std::filesystem::path(SourcePath("corpus/text/kent.txt")).lexically_normal();
  const std::string href = source.lexically_relative(dir.path()).generic_string();
  EXPECT_NE(page.find("href=\"" + href + "\">kent.txt</a>"), std::string::npos) << href;
}

}  // namespace
}  // namespace findings::testing

// The output files of `findings extract -o OUTDIR` (cli/output_staging.h), run
// through the built command: which input of a report is kept, the note that
// says so, and what a run leaves in OUTDIR. (The cli is not linked into the
// test binary, so these tests run `findings`.)
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Names(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(OutputStaging, OfTwoEqualInputsTheFirstPathIsKeptWhateverTheArgumentOrder) {
  TempDir in, out;
  for (const char* name : {"a.txt", "b.txt"})
    fs::copy_file(SourcePath("corpus/text/kent.txt"), in.path() + "/" + name);
  const std::string a = in.path() + "/a.txt", b = in.path() + "/b.txt";
  const CliResult r = RunCli("extract " + b + " " + a + " -o " + out.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "note: " + b + ": same report as " + a + " (kent-2016-10); kept " + a +
                       "\n2 files: 2 extracted, 0 failed\n");
  EXPECT_EQ(Names(out.path()), (std::vector<std::string>{"kent-2016-10.json", "kent-2016-10.xml"}));
  const std::string json = ReadAll(out.path() + "/kent-2016-10.json");
  EXPECT_NE(json.find("\"path\": \"" + a + "\""), std::string::npos);
}

TEST(OutputStaging, APdfIsKeptBeforeItsTextWhateverTheirPaths) {
  TempDir in, out;
  fs::copy_file(SourcePath("corpus/text/kent.txt"), in.path() + "/a.txt");
  fs::copy_file(SourcePath("corpus/pdf/kent.pdf"), in.path() + "/z.pdf");
  const CliResult r = RunCli("extract " + in.path() + " -o " + out.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string a = in.path() + "/a.txt", z = in.path() + "/z.pdf";
  EXPECT_NE(
      r.err.find("note: " + a + ": same report as " + z + " (kent-2016-10); kept " + z + "\n"),
      std::string::npos)
      << r.err;
  EXPECT_NE(ReadAll(out.path() + "/kent-2016-10.json").find("\"media_type\": \"application/pdf\""),
            std::string::npos);
}

TEST(OutputStaging, ANewRunReplacesTheOutputsOfAnEarlierOne) {
  TempDir out;
  const std::string earlier = out.Write("kent-2016-10.json", "earlier");
  const CliResult r = RunCli("extract corpus/text/kent.txt -o " + out.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadAll(earlier).rfind("{\n  \"schema_version\"", 0), 0u);
  // The staging directory is gone.
  EXPECT_EQ(Names(out.path()), (std::vector<std::string>{"kent-2016-10.json", "kent-2016-10.xml"}));
}

TEST(OutputStaging, ARunThatExtractsNothingLeavesEarlierOutputsAsTheyWere) {
  TempDir in, out;
  const std::string earlier = out.Write("kent-2016-10.json", "earlier");
  const std::string notes = in.Write("notes.txt", "Shopping list\n\nEggs, milk, bread.\n");
  const CliResult r = RunCli("extract " + notes + " -o " + out.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(ReadAll(earlier), "earlier");
  EXPECT_EQ(Names(out.path()), std::vector<std::string>{"kent-2016-10.json"});
}

}  // namespace
}  // namespace findings::testing

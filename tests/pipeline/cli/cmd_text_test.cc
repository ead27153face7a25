// `findings text` end to end: the loader's text, through a worker, with the
// opening options of every command.
#include <gtest/gtest.h>

#include <string>

#include "ingest/document_loader.h"
#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

std::string TextOf(const std::string& path) {
  Result<LoadedDocument> loaded = LoadDocument(SourcePath(path));
  EXPECT_TRUE(loaded.ok());
  return loaded.ok() ? loaded->doc.text : "";
}

TEST(TextCommand, PrintsTheLoadersTextOfOneFile) {
  const CliResult r = RunCli("text corpus/pdf/kent.pdf");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, TextOf("corpus/pdf/kent.pdf") + "\n");
}

TEST(TextCommand, SeveralFilesEachFollowAHeaderInTheOrderGiven) {
  const CliResult r =
      RunCli("text corpus/text/kent.txt corpus/text/durham-tees-valley.txt --jobs 2");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "==> corpus/text/kent.txt <==\n" + TextOf("corpus/text/kent.txt") + "\n" +
                       "==> corpus/text/durham-tees-valley.txt <==\n" +
                       TextOf("corpus/text/durham-tees-valley.txt") + "\n");
}

TEST(TextCommand, TakesTheInputSizeLimitOfEveryCommand) {
  TempDir dir;
  const std::string big = dir.Write("big.txt", std::string(2u << 20, 'x'));
  for (const char* command : {"text", "detect"}) {
    const CliResult r = RunCli(std::string(command) + " '" + big + "' --max-file-size 1");
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_EQ(r.err, big + ": too large: 2097152 bytes, the limit is 1048576\n") << command;
  }
}

TEST(TextCommand, AMissingFileIsOneLineAndTheOthersArePrinted) {
  const CliResult r = RunCli("text no/such.txt corpus/text/kent.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "no/such.txt: no such file or directory\n");
  EXPECT_EQ(r.out, TextOf("corpus/text/kent.txt") + "\n");
}

TEST(TextCommand, FailsWithOneLineNamingAnEmptyFile) {
  TempDir dir;
  const std::string empty = dir.Write("empty.txt", "");
  const CliResult r = RunCli("text " + empty);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, empty + ": empty file\n");
}

}  // namespace
}  // namespace findings::testing

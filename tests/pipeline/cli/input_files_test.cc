// Which files a command works on (cli/input_files.h), seen through `findings
// text`, which heads each file's text with "==> FILE <==" when there are several.
#include <gtest/gtest.h>
#include <unistd.h>

#include <sstream>
#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

// The files `out` has a header for, one a line.
std::string Headed(const std::string& out) {
  std::istringstream lines(out);
  std::string files;
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("==> ", 0) == 0) files += line.substr(4, line.size() - 8) + "\n";
  return files;
}

TEST(CollectInputs, WalksAFolderForPdfAndTextFilesInNameOrder) {
  TempDir dir;
  dir.Write("b.txt", "Bravo.\n");
  dir.Write("a.TXT", "Alpha.\n");
  dir.Write("sub/c.txt", "Charlie.\n");
  dir.Write("notes.md", "Not a report.\n");
  dir.Write("data.csv", "x,y\n");
  const CliResult r = RunCli("text '" + dir.path() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string d = dir.path();
  EXPECT_EQ(Headed(r.out), d + "/a.TXT\n" + d + "/b.txt\n" + d + "/sub/c.txt\n");
}

TEST(CollectInputs, TakesANamedFileWhateverItsExtension) {
  TempDir dir;
  const std::string notes = dir.Write("notes.md", "Named, so read.\n");
  const std::string other = dir.Write("b.txt", "Bravo.\n");
  const CliResult r = RunCli("text '" + notes + "' '" + other + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Headed(r.out), notes + "\n" + other + "\n");
}

TEST(CollectInputs, AFileNamedTwiceIsReadOnce) {
  TempDir dir;
  const std::string b = dir.Write("b.txt", "Bravo.\n");
  dir.Write("c.txt", "Charlie.\n");
  const CliResult r = RunCli("text '" + dir.path() + "' '" + dir.path() + "/./b.txt' '" + b + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Headed(r.out), b + "\n" + dir.path() + "/c.txt\n");
}

TEST(CollectInputs, AMissingPathIsOneLineAndTheRestIsRead) {
  TempDir dir;
  const std::string b = dir.Write("b.txt", "Bravo.\n");
  const std::string missing = dir.path() + "/missing";
  const CliResult r = RunCli("text '" + missing + "' '" + b + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, missing + ": no such file or directory\n");
  EXPECT_NE(r.out.find("Bravo."), std::string::npos);
}

TEST(CollectInputs, SymlinkLoopsCannotTrapTheWalk) {
  TempDir dir;
  dir.Write("a.txt", "Alpha.\n");
  ASSERT_EQ(::symlink("..", (dir.path() + "/up").c_str()), 0);  // a folder loop: not followed
  ASSERT_EQ(::symlink("loop.txt", (dir.path() + "/loop.txt").c_str()), 0);  // a file loop
  const CliResult r = RunCli("text '" + dir.path() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, dir.path() + "/loop.txt: cannot read: Too many levels of symbolic links\n");
  EXPECT_NE(r.out.find("Alpha."), std::string::npos);
}

}  // namespace
}  // namespace findings::testing

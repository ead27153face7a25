// How every command speaks of one file on stderr: "FILE: reason" for a failure,
// "FILE: warning: …" for a file read all the same. The built command is run with
// FINDINGS_FAULT (isolate/fault_injection.h) to make a worker fail on cue.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

// A text file that no plugin recognises, which `text` still prints.
std::string Notes(const TempDir& dir) { return dir.Write("notes.txt", "Eggs, milk, bread.\n"); }

TEST(FileLines, AFailureIsTheFileThenTheReason) {
  TempDir dir;
  const std::string notes = Notes(dir);
  const CliResult r = RunCli("detect '" + notes + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, notes + ": not a recognised inspection report\n");
}

TEST(FileLines, WhatALibraryPrintedIsAWarningAboutTheFile) {
  TempDir dir;
  const std::string kent = dir.Write("kent.txt", ReadAll(SourcePath("corpus/text/kent.txt")));
  const CliResult r = RunCli("detect '" + kent + "'", "FINDINGS_FAULT=print:kent.txt");
  EXPECT_EQ(r.exit_code, 0) << r.err;  // detect still counts the file as read
  EXPECT_EQ(r.err, kent + ": warning: a library printed: a line no file name goes with\n");
  EXPECT_EQ(r.out.rfind(kent + "\tquality-impact-2016\t", 0), 0u) << r.out;
}

TEST(FileLines, AWorkerThatCrashedIsAFailureOfItsFileOnly) {
  TempDir dir;
  const std::string notes = Notes(dir);
  const std::string other = dir.Write("other.txt", "Tea, coffee.\n");
  const CliResult r =
      RunCli("text '" + notes + "' '" + other + "'", "FINDINGS_FAULT=crash:notes.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind(notes + ": ", 0), 0u) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
  EXPECT_NE(r.out.find("Tea, coffee."), std::string::npos);
}

}  // namespace
}  // namespace findings::testing

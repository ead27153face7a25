#include "isolate/output_capture.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <string>

#include "ingest/captured_output.h"
#include "util/sanitizers.h"

namespace findings {
namespace {

void WriteAll(int fd, const std::string& text) {
  ASSERT_EQ(::write(fd, text.data(), text.size()), static_cast<ssize_t>(text.size()));
}

// Runs `child` in a forked process whose standard error is a capture file; returns
// what waitpid says and, in `*output`, what the capture file holds afterwards.
int RunCapturing(void (*child)(), std::string* output) {
  const int capture = CreateCaptureFile();
  EXPECT_GE(capture, 0);
  std::fflush(stderr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(capture, STDERR_FILENO);
    child();
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  *output = ReadCapturedOutput(capture);
  ::close(capture);
  return status;
}

TEST(ReadCapturedOutput, ReadsWhatWasWritten) {
  const int fd = CreateCaptureFile();
  ASSERT_GE(fd, 0);
  EXPECT_EQ(ReadCapturedOutput(fd), "");
  WriteAll(fd, "Syntax Error: bad xref\n");
  EXPECT_EQ(ReadCapturedOutput(fd), "Syntax Error: bad xref\n");
  ::close(fd);
}

TEST(ReadCapturedOutput, KeepsOnlyTheEnd) {
  const int fd = CreateCaptureFile();
  ASSERT_GE(fd, 0);
  WriteAll(fd, std::string(100, 'a') + std::string(kMaxCapturedBytes, 'b'));
  EXPECT_EQ(ReadCapturedOutput(fd), std::string(kMaxCapturedBytes, 'b'));
  ::close(fd);
}

TEST(ReadCapturedOutput, IsEmptyForABadDescriptor) { EXPECT_EQ(ReadCapturedOutput(-1), ""); }

TEST(CrashedOnPage, ReadsTheLastCrashReport) {
  EXPECT_EQ(CrashedOnPage("findings: crashed reading page 12\n"), 12);
  EXPECT_EQ(CrashedOnPage("noise\nfindings: crashed reading page 3\nmore\n"
                          "findings: crashed reading page 41\n"),
            41);
  EXPECT_EQ(CrashedOnPage("Segmentation fault\n"), 0);
  EXPECT_EQ(CrashedOnPage(""), 0);
}

TEST(MentionsOutOfMemory, RecognisesPopplerAndTheStandardLibrary) {
  EXPECT_TRUE(MentionsOutOfMemory("Out of memory\n"));
  EXPECT_TRUE(
      MentionsOutOfMemory("terminate called after throwing an instance of 'std::bad_alloc'"));
  EXPECT_FALSE(MentionsOutOfMemory("Syntax Error (12): Illegal character"));
}

TEST(TakeStandardError, IsEmptyWhereStandardErrorIsNoCaptureFile) {
  EXPECT_EQ(TakeStandardError(), "");
}

TEST(CaptureStandardError, TakesWhatWasWrittenOnceAndMakesItTheCapturedOutput) {
  std::string output;
  const int status = RunCapturing(
      [] {
        CaptureStandardError(-1);
        std::fputs("first\n", stderr);
        const bool first = TakeStandardError() == "first\n";
        const bool emptied = TakeStandardError().empty();
        std::fputs("second\n", stderr);
        const bool through_ingest = TakeCapturedOutput() == "second\n";
        std::fputs("left\n", stderr);
        std::fflush(stderr);
        ::_exit(first && emptied && through_ingest ? 0 : 1);
      },
      &output);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(output, "left\n");
}

TEST(CaptureStandardError, ACrashNamesThePageBeingRead) {
#ifdef FINDINGS_ASAN
  GTEST_SKIP() << "AddressSanitizer reports fatal signals itself";
#endif
  std::string output;
  const int status = RunCapturing(
      [] {
        CaptureStandardError(-1);
        SetPageBeingRead(7);
        std::raise(SIGSEGV);
      },
      &output);
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), SIGSEGV);
  EXPECT_EQ(output, "findings: crashed reading page 7\n");
  EXPECT_EQ(CrashedOnPage(output), 7);
}

}  // namespace
}  // namespace findings

// The faults FINDINGS_FAULT injects (isolate/fault_injection.h), each as
// `findings extract` survives it: a worker that crashes, aborts, hangs or runs out
// of memory costs one line for that file, exit status 1, the other files written.
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline/cli/cli_runner.h"
#include "util/sanitizers.h"

namespace findings::testing {
namespace {

namespace fs = std::filesystem;

class WorkerFault : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy_file(SourcePath("corpus/text/kent.txt"), in_.path() + "/kent.txt");
    fs::copy_file(SourcePath("corpus/text/durham-tees-valley.txt"), in_.path() + "/durham.txt");
  }
  CliResult ExtractWithFault(const std::string& fault, const std::string& options = "") {
    return RunCli("extract '" + in_.path() + "' -o '" + out_.path() + "' --jobs 2 " + options,
                  "FINDINGS_FAULT=" + fault);
  }
  void ExpectSurvived(const CliResult& r, const std::string& reason) {
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find(in_.path() + "/kent.txt: " + reason + "\n"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("2 files: 1 extracted, 1 failed\n"), std::string::npos) << r.err;
    EXPECT_TRUE(fs::exists(out_.path() + "/durham-tees-valley-2019-03.json")) << r.err;
    EXPECT_FALSE(fs::exists(out_.path() + "/kent-2016-10.json"));
  }
  TempDir in_, out_;
};

TEST_F(WorkerFault, CrashIsReportedAndTheRunGoesOn) {
  ExpectSurvived(ExtractWithFault("crash:kent"), "extraction crashed (SIGSEGV)");
}

TEST_F(WorkerFault, AbortIsReportedAndTheRunGoesOn) {
  ExpectSurvived(ExtractWithFault("abort:kent"), "extraction crashed (SIGABRT)");
}

TEST_F(WorkerFault, HangTimesOutAndTheRunGoesOn) {
  ExpectSurvived(ExtractWithFault("hang:kent", "--timeout 3"),
                 "timed out after 3 s (see --timeout)");
}

TEST_F(WorkerFault, RunawayHitsTheCpuLimit) {
  ExpectSurvived(ExtractWithFault("spin:kent", "--cpu-limit 1"),
                 "exceeded the CPU time limit of 1 s (see --cpu-limit)");
}

TEST_F(WorkerFault, MemoryStaysWithinTheLimit) {
#ifdef FINDINGS_ASAN
  GTEST_SKIP() << "AddressSanitizer needs unlimited address space; RLIMIT_AS is not applied";
#endif
  ExpectSurvived(ExtractWithFault("oom:kent", "--memory-limit 512"),
                 "out of memory (limit 512 MiB, see --memory-limit)");
}

TEST_F(WorkerFault, ACrashOnASingleFileToStandardOutput) {
  const CliResult r = RunCli("extract '" + in_.path() + "/kent.txt'", "FINDINGS_FAULT=crash:kent");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, in_.path() + "/kent.txt: extraction crashed (SIGSEGV)\n");
}

}  // namespace
}  // namespace findings::testing

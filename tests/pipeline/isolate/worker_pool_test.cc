// WorkerPool: the same findings as extracting in process, and a worker that
// crashes, hangs or runs away costs only its own file.
#include "isolate/worker_pool.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "emit/json_writer.h"
#include "emit/model_json.h"
#include "emit/xml_writer.h"
#include "isolate/fault_injection.h"
#include "test_paths.h"
#include "util/sanitizers.h"

namespace findings {
namespace {

using testing::CliPath;
using testing::SourcePath;

// Sets FINDINGS_FAULT for the workers started while it lives.
class ScopedFault {
 public:
  explicit ScopedFault(const std::string& spec) { ::setenv(kFaultVariable, spec.c_str(), 1); }
  ~ScopedFault() { ::unsetenv(kFaultVariable); }
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

PoolOptions TestPool(unsigned workers = 1) {
  PoolOptions options;
  options.workers = workers;
  options.executable = CliPath();
  return options;
}

TEST(WorkerPool, GivesTheSameFindingsAsExtractingInProcess) {
  PluginRegistry registry;
  registry.Load({FINDINGS_BINARY_DIR "/plugins"}, {SourcePath("grammars")});
  WorkerPool pool(TestPool());
  for (const char* file : {"corpus/text/kent.txt", "corpus/pdf/durham-tees-valley.pdf"}) {
    auto in_process = ExtractReport(registry, file, {});
    auto isolated = pool.Extract(file, {});
    ASSERT_TRUE(in_process.ok()) << in_process.status().message();
    ASSERT_TRUE(isolated.ok()) << isolated.status().message();
    EXPECT_EQ(ToJson(*isolated), ToJson(*in_process)) << file;
  }
}

TEST(WorkerPool, PassesTheLoaderErrorOn) {
  WorkerPool pool(TestPool());
  auto result = pool.Extract("no/such/file.txt", {});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "cannot read: No such file or directory");
}

TEST(WorkerPool, ACrashIsOneErrorAndTheNextFileStillWorks) {
  ScopedFault fault("crash:kent");
  WorkerPool pool(TestPool());
  auto crashed = pool.Extract("corpus/text/kent.txt", {});
  ASSERT_FALSE(crashed.ok());
  EXPECT_EQ(crashed.status().message(), "extraction crashed (SIGSEGV)");
  EXPECT_TRUE(pool.Extract("corpus/text/durham-tees-valley.txt", {}).ok());
}

TEST(WorkerPool, AnAbortIsOneError) {
  ScopedFault fault("abort:kent");
  WorkerPool pool(TestPool());
  auto aborted = pool.Extract("corpus/text/kent.txt", {});
  ASSERT_FALSE(aborted.ok());
  EXPECT_EQ(aborted.status().message(), "extraction crashed (SIGABRT)");
}

TEST(WorkerPool, AHangTimesOut) {
  ScopedFault fault("hang:kent");
  PoolOptions options = TestPool();
  // Long enough for the next file's real extract within it on a loaded machine (CI's
  // two cores running the suite in parallel, or under the sanitizers).
  options.limits.timeout_seconds = 3;
  WorkerPool pool(options);
  auto hung = pool.Extract("corpus/text/kent.txt", {});
  ASSERT_FALSE(hung.ok());
  EXPECT_EQ(hung.status().message(), "timed out after 3 s (see --timeout)");
  EXPECT_TRUE(pool.Extract("corpus/text/durham-tees-valley.txt", {}).ok());
}

TEST(WorkerPool, ARunawayHitsTheCpuLimit) {
  ScopedFault fault("spin:kent");
  PoolOptions options = TestPool();
  options.limits.cpu_seconds = 1;
  WorkerPool pool(options);
  auto spun = pool.Extract("corpus/text/kent.txt", {});
  ASSERT_FALSE(spun.ok());
  EXPECT_EQ(spun.status().message(), "exceeded the CPU time limit of 1 s (see --cpu-limit)");
}

TEST(WorkerPool, SeveralThreadsShareTheWorkers) {
  ScopedFault fault("crash:kent");
  WorkerPool pool(TestPool(2));
  const char* files[] = {"corpus/text/kent.txt", "corpus/text/durham-tees-valley.txt",
                         "corpus/text/north-london.txt", "corpus/text/kent.txt",
                         "corpus/text/derbyshire.txt"};
  std::vector<bool> ok(5);
  std::vector<std::thread> threads;
  for (int i = 0; i < 5; ++i)
    threads.emplace_back([&, i] { ok[i] = pool.Extract(files[i], {}).ok(); });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(ok, (std::vector<bool>{false, true, true, false, true}));
}

// With one worker and two callers, the second request waits in the worker's
// socket behind the first; the first file's failure must not become its error.
Result<Findings> ExtractQueuedBehind(WorkerPool& pool, const char* first, Status* first_status) {
  std::thread ahead([&] { *first_status = pool.Extract(first, {}).status(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  Result<Findings> queued = pool.Extract("corpus/text/durham-tees-valley.txt", {});
  ahead.join();
  return queued;
}

TEST(WorkerPool, ARequestQueuedBehindAHangIsSentAgain) {
  ScopedFault fault("hang:kent");
  PoolOptions options = TestPool();
  options.limits.timeout_seconds = 3;  // as AHangTimesOut's
  WorkerPool pool(options);
  ASSERT_EQ(pool.callers(), 2u);
  Status first;
  Result<Findings> queued = ExtractQueuedBehind(pool, "corpus/text/kent.txt", &first);
  EXPECT_EQ(first.message(), "timed out after 3 s (see --timeout)");
  ASSERT_TRUE(queued.ok()) << queued.status().message();
  EXPECT_EQ(queued->report.id, "durham-tees-valley-2019-03");
}

TEST(WorkerPool, ARequestQueuedBehindAWorkerThatMustRestartIsSentAgain) {
#ifdef FINDINGS_ASAN
  GTEST_SKIP() << "AddressSanitizer needs unlimited address space; RLIMIT_AS is not applied";
#endif
  ScopedFault fault("oom:kent");
  PoolOptions options = TestPool();
  options.limits.memory_mib = 512;
  WorkerPool pool(options);
  Status first;
  Result<Findings> queued = ExtractQueuedBehind(pool, "corpus/text/kent.txt", &first);
  EXPECT_EQ(first.message(), "out of memory (limit 512 MiB, see --memory-limit)");
  ASSERT_TRUE(queued.ok()) << queued.status().message();
  EXPECT_EQ(queued->report.id, "durham-tees-valley-2019-03");
}

TEST(WorkerPool, RendersTheDocumentsTheWriterWouldWrite) {
  WorkerPool pool(TestPool());
  auto findings = pool.Extract("corpus/text/kent.txt", {});
  auto rendered = pool.ExtractRendered("corpus/text/kent.txt", {},
                                       {OutputFormat::kXml, OutputFormat::kJson});
  ASSERT_TRUE(findings.ok() && rendered.ok());
  EXPECT_EQ(rendered->rendered.id, "kent-2016-10");
  EXPECT_FALSE(rendered->rendered.from_pdf);
  EXPECT_EQ(rendered->rendered.diagnostics, findings->diagnostics.size());
  ASSERT_EQ(rendered->rendered.documents.size(), 2u);
  EXPECT_EQ(rendered->rendered.documents[0], WriteXml(*findings));
  EXPECT_EQ(rendered->rendered.documents[1], WriteJson(*findings));
}

TEST(WorkerPool, WritesTheDocumentsItselfIntoItsOwnStagingFolder) {
  WorkerPool pool(TestPool());
  const std::string dir = ::testing::TempDir() + "/pool-staging";
  std::filesystem::create_directories(dir);
  auto findings = pool.Extract("corpus/text/kent.txt", {});
  auto reply = pool.ExtractRendered("corpus/text/kent.txt", {},
                                    {OutputFormat::kJson, OutputFormat::kXml}, {dir, "7"});
  ASSERT_TRUE(findings.ok() && reply.ok());
  const RenderedReport* written = &reply->rendered;
  EXPECT_EQ(written->id, "kent-2016-10");
  EXPECT_TRUE(written->documents.empty());
  // DIR/w<worker pid>/7
  const std::filesystem::path prefix = written->written_to;
  EXPECT_EQ(prefix.filename(), "7");
  EXPECT_EQ(prefix.parent_path().parent_path(), dir);
  EXPECT_EQ(prefix.parent_path().filename().string().substr(0, 1), "w");
  EXPECT_EQ(ReadFile(written->written_to + ".json"), WriteJson(*findings));
  EXPECT_EQ(ReadFile(written->written_to + ".xml"), WriteXml(*findings));
  std::filesystem::remove_all(dir);
}

TEST(WorkerPool, AFolderItCannotWriteIsThatFilesError) {
  WorkerPool pool(TestPool());
  auto written = pool.ExtractRendered("corpus/text/kent.txt", {}, {OutputFormat::kJson},
                                      {"/nonexistent-dir", "1"});
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.status().message().substr(0, 18), "/nonexistent-dir/w");
  EXPECT_NE(written.status().message().find(": cannot create: No such file or directory"),
            std::string::npos);
  EXPECT_TRUE(pool.Extract("corpus/text/durham-tees-valley.txt", {}).ok());
}

TEST(WorkerPool, DetectsAndReadsTheTextLikeTheLoader) {
  WorkerPool pool(TestPool());
  auto detected = pool.Detect("corpus/pdf/kent.pdf", {});
  ASSERT_TRUE(detected.ok()) << detected.status().message();
  EXPECT_EQ(detected->detected.plugin, "quality-impact-2016");
  EXPECT_EQ(detected->detected.confidence, 1.0);
  auto text = pool.Text("corpus/pdf/kent.pdf", {});
  auto loaded = LoadDocument("corpus/pdf/kent.pdf");
  ASSERT_TRUE(text.ok() && loaded.ok());
  EXPECT_EQ(text->text, loaded->doc.text);
  EXPECT_TRUE(text->warnings.empty());
}

TEST(WorkerPool, AppliesItsInputSizeLimitToEveryTask) {
  PoolOptions options = TestPool();
  options.limits.max_file_mib = 1;
  WorkerPool pool(options);
  const std::string big = ::testing::TempDir() + "/pool-big.txt";
  std::ofstream(big) << std::string((1u << 20) + 1, 'x');
  for (auto result : {pool.Detect(big, {}), pool.Text(big, {})}) {
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().message(), "too large: 1048577 bytes, the limit is 1048576");
  }
  std::filesystem::remove(big);
}

TEST(WorkerPool, WhatALibraryPrintsBeforeAbortingNamesTheCause) {
  // Poppler's allocator says "Out of memory" on stderr, then aborts.
  ScopedFault fault("gmem-oom:kent");
  PoolOptions options = TestPool();
  options.limits.memory_mib = 768;
  WorkerPool pool(options);
  auto aborted = pool.Text("corpus/text/kent.txt", {});
  ASSERT_FALSE(aborted.ok());
  EXPECT_EQ(aborted.status().message(), "out of memory (limit 768 MiB, see --memory-limit)");
  // The next file's worker starts with nothing of that in its capture.
  auto next = pool.Text("corpus/text/derbyshire.txt", {});
  ASSERT_TRUE(next.ok());
  EXPECT_TRUE(next->warnings.empty());
}

TEST(WorkerPool, WhatALibraryPrintsIsAWarningOfThatFile) {
  ScopedFault fault("print:kent");
  WorkerPool pool(TestPool());
  auto detected = pool.Detect("corpus/text/kent.txt", {});
  ASSERT_TRUE(detected.ok()) << detected.status().message();
  EXPECT_EQ(detected->warnings,
            (std::vector<std::string>{"a library printed: a line no file name goes with"}));
  auto next = pool.Detect("corpus/text/derbyshire.txt", {});
  ASSERT_TRUE(next.ok());
  EXPECT_TRUE(next->warnings.empty());
}

}  // namespace
}  // namespace findings

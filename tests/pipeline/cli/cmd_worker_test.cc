// `findings worker`, the hidden mode the worker pool runs: started as the pool
// starts it (isolate/worker_process.h), it answers requests on fd 3 until the
// parent closes it, and keeps what libraries print out of the parent's output.
#include <gtest/gtest.h>

#include <string>

#include "isolate/frame.h"
#include "isolate/worker_process.h"
#include "isolate/worker_protocol.h"
#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

std::unique_ptr<WorkerProcess> StartWorker(const std::vector<std::string>& options = {}) {
  std::vector<std::string> argv = {CliPath(), "worker"};
  argv.insert(argv.end(), options.begin(), options.end());
  Result<std::unique_ptr<WorkerProcess>> worker = WorkerProcess::Start(argv);
  EXPECT_TRUE(worker.ok()) << worker.status().message();
  return worker.ok() ? std::move(*worker) : nullptr;
}

Result<WorkerReply> Ask(WorkerProcess& worker, Task task, const std::string& path) {
  WorkerRequest request;
  request.task = task;
  request.path = path;
  if (Status s = WriteFrame(worker.fd(), EncodeRequest(request)); !s.ok()) return s;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  ReadOutcome in = ReadFrame(worker.fd(), deadline);
  if (in.error != FrameError::kNone) return Status::Error(Code::kIoError, "no reply");
  return DecodeReply(in.payload);
}

TEST(WorkerCommand, AnswersRequestsUntilTheParentCloses) {
  auto worker = StartWorker();
  ASSERT_TRUE(worker);
  Result<WorkerReply> detected = Ask(*worker, Task::kDetect, SourcePath("corpus/text/kent.txt"));
  ASSERT_TRUE(detected.ok()) << detected.status().message();
  ASSERT_TRUE(detected->status.ok()) << detected->status.message();
  EXPECT_EQ(detected->detected.plugin, "quality-impact-2016");
  Result<WorkerReply> text = Ask(*worker, Task::kText, SourcePath("corpus/text/kent.txt"));
  ASSERT_TRUE(text.ok());
  EXPECT_NE(text->text.find("Kent"), std::string::npos);
  const ProcessEnd end = worker->Wait();
  EXPECT_FALSE(end.signalled);
  EXPECT_EQ(end.exit_status, 0);
  EXPECT_EQ(worker->CapturedOutput(), "");
}

TEST(WorkerCommand, TakesTheLimitAndPluginOptions) {
  TempDir dir;
  const std::string big = dir.Write("big.txt", std::string((1u << 20) + 1, 'a'));
  auto worker = StartWorker({"--max-file-size", "1", "--memory-limit", "0", "--plugin-dir",
                             BinaryPath("tests/plugins"), "--grammar-dir",
                             SourcePath("tests/plugins/example_plugin/grammars")});
  ASSERT_TRUE(worker);
  Result<WorkerReply> reply = Ask(*worker, Task::kText, big);
  ASSERT_TRUE(reply.ok()) << reply.status().message();
  EXPECT_EQ(reply->status.message(), "too large: 1048577 bytes, the limit is 1048576");
  const std::string example = dir.Write("example.txt", "EXAMPLE FORMAT REPORT\nA made-up title\n");
  reply = Ask(*worker, Task::kDetect, example);
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->detected.plugin, "example-format");
  EXPECT_EQ(worker->Wait().exit_status, 0);
}

TEST(WorkerCommand, AnUnknownOptionIsAUsageError) {
  auto worker = StartWorker({"--no-such-option"});
  ASSERT_TRUE(worker);
  EXPECT_EQ(worker->Wait().exit_status, 2);
}

}  // namespace
}  // namespace findings::testing

#include "isolate/worker_loop.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <future>
#include <string>

#include "isolate/frame.h"
#include "isolate/worker_protocol.h"
#include "test_paths.h"

namespace findings {
namespace {

using testing::SourcePath;

// ServeRequests on one end of a socket pair, in a thread of this process; the
// test is the parent on the other end.
class WorkerLoop : public ::testing::Test {
 protected:
  void SetUp() override {
    registry_.Load({FINDINGS_BINARY_DIR "/plugins"}, {SourcePath("grammars")});
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends_), 0);
    Limits limits;  // none that would bind this process
    limits.cpu_seconds = 0;
    limits.memory_mib = 0;
    served_ = std::async(std::launch::async,
                         [this, limits] { return ServeRequests(ends_[1], registry_, limits); });
  }
  void TearDown() override {
    if (ends_[0] >= 0) ::close(ends_[0]);
    if (served_.valid()) served_.wait();
    ::close(ends_[1]);
  }
  // Sends `request` and decodes the reply.
  Result<WorkerReply> Ask(const WorkerRequest& request) {
    EXPECT_TRUE(WriteFrame(ends_[0], EncodeRequest(request)).ok());
    ReadOutcome in = ReadFrame(ends_[0], std::nullopt);
    if (in.error != FrameError::kNone) return Status::Error(Code::kIoError, "no reply");
    return DecodeReply(in.payload);
  }
  // Closes the parent's end and returns the loop's exit status.
  int Finish() {
    ::close(ends_[0]);
    ends_[0] = -1;
    return served_.get();
  }

  PluginRegistry registry_;
  int ends_[2] = {-1, -1};
  std::future<int> served_;
};

TEST_F(WorkerLoop, AnswersEachRequestUntilTheParentCloses) {
  WorkerRequest detect;
  detect.task = Task::kDetect;
  detect.path = SourcePath("corpus/text/kent.txt");
  for (int i = 0; i < 2; ++i) {
    Result<WorkerReply> reply = Ask(detect);
    ASSERT_TRUE(reply.ok()) << reply.status().message();
    ASSERT_TRUE(reply->status.ok()) << reply->status.message();
    EXPECT_EQ(reply->detected.plugin, "quality-impact-2016");
  }
  EXPECT_EQ(Finish(), 0);
}

TEST_F(WorkerLoop, AFailedFileIsAReplyNotAnEnd) {
  WorkerRequest text;
  text.task = Task::kText;
  text.path = SourcePath("no/such/file.txt");
  Result<WorkerReply> reply = Ask(text);
  ASSERT_TRUE(reply.ok()) << reply.status().message();
  EXPECT_FALSE(reply->status.ok());
  text.path = SourcePath("corpus/text/kent.txt");
  reply = Ask(text);
  ASSERT_TRUE(reply.ok());
  EXPECT_TRUE(reply->status.ok()) << reply->status.message();
  EXPECT_FALSE(reply->text.empty());
  EXPECT_EQ(Finish(), 0);
}

TEST_F(WorkerLoop, AGarbledRequestEndsTheLoopWithStatus1) {
  ASSERT_TRUE(WriteFrame(ends_[0], "not a request").ok());
  EXPECT_EQ(served_.get(), 1);
}

TEST(ApplyMemoryLimit, NoLimitChangesNothing) {
  Limits limits;
  limits.memory_mib = 0;
  EXPECT_TRUE(ApplyMemoryLimit(limits).ok());
}

}  // namespace
}  // namespace findings

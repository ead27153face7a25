// Frames: a whole message or nothing, never a half-written one taken for good.
#include "isolate/frame.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

namespace findings {
namespace {

class Frame : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM, 0, ends_), 0); }
  void TearDown() override {
    for (int fd : ends_)
      if (fd >= 0) ::close(fd);
  }
  void CloseWriter() {
    ::close(ends_[1]);
    ends_[1] = -1;
  }
  int ends_[2] = {-1, -1};
};

TEST_F(Frame, ARoundTripGivesTheSameBytes) {
  const std::string payload("{\"ok\": true}\0binary\xff", 20);
  ASSERT_TRUE(WriteFrame(ends_[1], payload).ok());
  const ReadOutcome in = ReadFrame(ends_[0], std::nullopt);
  EXPECT_EQ(in.error, FrameError::kNone);
  EXPECT_EQ(in.payload, payload);
}

TEST_F(Frame, AnEmptyPayloadIsAFrame) {
  ASSERT_TRUE(WriteFrame(ends_[1], "").ok());
  const ReadOutcome in = ReadFrame(ends_[0], std::nullopt);
  EXPECT_EQ(in.error, FrameError::kNone);
  EXPECT_EQ(in.payload, "");
}

TEST_F(Frame, AHalfWrittenFrameIsDiscarded) {
  const unsigned char header[8] = {100, 0, 0, 0, 0, 0, 0, 0};  // promises 100 bytes
  ASSERT_EQ(::write(ends_[1], header, 8), 8);
  ASSERT_EQ(::write(ends_[1], "{\"ok\": true", 11), 11);
  CloseWriter();  // the writer dies
  const ReadOutcome in = ReadFrame(ends_[0], std::nullopt);
  EXPECT_EQ(in.error, FrameError::kClosed);
  EXPECT_EQ(in.payload, "");
}

TEST_F(Frame, AnAbsurdLengthIsMalformed) {
  const unsigned char header[8] = {0, 0, 0, 0, 0, 0, 0, 1};
  ASSERT_EQ(::write(ends_[1], header, 8), 8);
  EXPECT_EQ(ReadFrame(ends_[0], std::nullopt).error, FrameError::kMalformed);
}

TEST_F(Frame, ASilentWriterTimesOut) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(50);
  EXPECT_EQ(ReadFrame(ends_[0], deadline).error, FrameError::kTimedOut);
}

TEST_F(Frame, WritingToAClosedPeerIsAnErrorNotSigpipe) {
  ::close(ends_[0]);
  ends_[0] = -1;
  EXPECT_FALSE(WriteFrame(ends_[1], "hello").ok());
}

}  // namespace
}  // namespace findings

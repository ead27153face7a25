#include "isolate/frame.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace findings {
namespace {

// Milliseconds left before `deadline` for poll(): -1 waits forever.
int PollTimeout(Deadline deadline) {
  if (!deadline) return -1;
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
      *deadline - std::chrono::steady_clock::now());
  return left.count() <= 0 ? 0 : static_cast<int>(std::min<long long>(left.count(), 1 << 30));
}

// Fills `out` with exactly `size` bytes.
FrameError ReadExactly(int fd, char* out, std::size_t size, Deadline deadline) {
  std::size_t got = 0;
  while (got < size) {
    pollfd p{fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, PollTimeout(deadline));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) return FrameError::kClosed;
    if (ready == 0) return FrameError::kTimedOut;
    const ssize_t n = ::read(fd, out + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return FrameError::kClosed;
    got += static_cast<std::size_t>(n);
  }
  return FrameError::kNone;
}

}  // namespace

Status WriteFrame(int fd, std::string_view payload) {
  unsigned char header[8];
  std::uint64_t size = payload.size();
  for (unsigned char& byte : header) {
    byte = static_cast<unsigned char>(size & 0xff);
    size >>= 8;
  }
  std::string frame(reinterpret_cast<const char*>(header), sizeof header);
  frame.append(payload);
  std::size_t sent = 0;
  while (sent < frame.size()) {
    const ssize_t n = ::send(fd, frame.data() + sent, frame.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::Error(Code::kIoError, std::string("send: ") + std::strerror(errno));
    sent += static_cast<std::size_t>(n);
  }
  return Status::Ok();
}

ReadOutcome ReadFrame(int fd, Deadline deadline) {
  ReadOutcome outcome;
  unsigned char header[8];
  outcome.error = ReadExactly(fd, reinterpret_cast<char*>(header), sizeof header, deadline);
  if (outcome.error != FrameError::kNone) return outcome;
  std::uint64_t size = 0;
  for (int i = 7; i >= 0; --i) size = (size << 8) | header[i];
  if (size > kMaxFrameBytes) {
    outcome.error = FrameError::kMalformed;
    return outcome;
  }
  outcome.payload.resize(size);
  outcome.error = ReadExactly(fd, outcome.payload.data(), size, deadline);
  if (outcome.error != FrameError::kNone) outcome.payload.clear();
  return outcome;
}

}  // namespace findings

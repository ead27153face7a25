// Length-prefixed messages between the parent and a worker.
//
// A frame is an 8-byte little-endian length followed by that many bytes. A reader
// either gets the whole frame or an error: a worker that dies half-way through a
// reply leaves a short frame, which is discarded, never taken for a result.
#ifndef FINDINGS_ISOLATE_FRAME_H_
#define FINDINGS_ISOLATE_FRAME_H_

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "findings/status.h"

namespace findings {

// Frames larger than this are refused as garbage.
inline constexpr std::size_t kMaxFrameBytes = std::size_t{1} << 30;

using Deadline = std::optional<std::chrono::steady_clock::time_point>;

// Writes one frame; never raises SIGPIPE (fd must be a socket).
Status WriteFrame(int fd, std::string_view payload);

enum class FrameError { kNone, kClosed, kTimedOut, kMalformed };

struct ReadOutcome {
  FrameError error = FrameError::kNone;
  std::string payload;  // only when error == kNone
};

// Reads one frame, waiting at most until `deadline` (none: forever).
ReadOutcome ReadFrame(int fd, Deadline deadline);

}  // namespace findings

#endif  // FINDINGS_ISOLATE_FRAME_H_

// A worker's standard error, captured instead of reaching the user's.
//
// Libraries print without a file name: Poppler's allocator writes "Out of memory"
// to stderr itself, glibc says why it aborts. The parent starts each worker with
// standard output and standard error going to an anonymous memory file (memfd),
// never to its own. The worker takes what was written after each page (the PDF
// reader files it under that page) and after each request (TakeStandardError);
// the parent reads what a worker wrote before it died (ReadCapturedOutput) and
// turns it into that file's one line. A worker that crashes while reading a page
// first writes "findings: crashed reading page N" there.
#ifndef FINDINGS_ISOLATE_OUTPUT_CAPTURE_H_
#define FINDINGS_ISOLATE_OUTPUT_CAPTURE_H_

#include <cstddef>
#include <string>

namespace findings {

// At most this much of what was written is kept: the end of it.
inline constexpr std::size_t kMaxCapturedBytes = 16u << 10;

// A new capture file (close-on-exec), or -1 with errno set.
int CreateCaptureFile();

// The last kMaxCapturedBytes of capture file `fd`.
std::string ReadCapturedOutput(int fd);

// In a worker: makes standard error's capture file the source of
// ingest/captured_output.h and writes the page being read when the process
// aborts or crashes. `report_fd`, when not -1, is where sanitizer reports go
// instead (the user's stderr): they must not be swallowed.
void CaptureStandardError(int report_fd);

// In a worker: what was written to standard error since it was last taken (the
// end of it, as ReadCapturedOutput), after which the file is emptied. "" when
// standard error is not a capture file.
std::string TakeStandardError();

// The page a crash report in `output` names, 0 if none.
int CrashedOnPage(const std::string& output);

// True when `output` says memory ran out (Poppler's allocator, an uncaught
// std::bad_alloc).
bool MentionsOutOfMemory(const std::string& output);

}  // namespace findings

#endif  // FINDINGS_ISOLATE_OUTPUT_CAPTURE_H_

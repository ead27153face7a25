// What libraries write straight to standard error, for the PDF reader to attribute.
//
// Most of what Poppler says goes through its error callback (ingest/poppler_log.h),
// but its allocator prints "Out of memory" to stderr itself. A process that
// captures its own standard error (the worker, pipeline/isolate) installs a source
// here; the PDF reader takes what was written after each page, so such a line
// becomes a diagnostic of that page instead of a line without a file name.
#ifndef FINDINGS_INGEST_CAPTURED_OUTPUT_H_
#define FINDINGS_INGEST_CAPTURED_OUTPUT_H_

#include <string>

namespace findings {

// Returns what was written to standard error since it was last called, and
// forgets it. Must be cheap when nothing was written.
using CapturedOutputSource = std::string (*)();

// Installs `source` for the whole process (nullptr: none, the default).
void SetCapturedOutputSource(CapturedOutputSource source);

// What the installed source returns; "" without one.
std::string TakeCapturedOutput();

// The page (1-based) this process is reading now, 0 when none: set by the PDF
// reader, read by a crash handler (so lock-free and async-signal-safe).
void SetPageBeingRead(int page);
int PageBeingRead();

}  // namespace findings

#endif  // FINDINGS_INGEST_CAPTURED_OUTPUT_H_

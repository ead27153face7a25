// The worker's side: a `findings worker` process extracts one file per request
// until the parent closes the connection. Plugins and grammars are loaded once,
// by the caller, and reused for every file.
#ifndef FINDINGS_ISOLATE_WORKER_LOOP_H_
#define FINDINGS_ISOLATE_WORKER_LOOP_H_

#include "findings/status.h"
#include "isolate/limits.h"
#include "host/plugin_registry.h"

namespace findings {

// The descriptor a worker talks on (a socket the parent set up before exec).
inline constexpr int kWorkerFd = 3;
// The parent's own standard error, for sanitizer reports only: the worker's
// standard output and error go to a capture file (isolate/output_capture.h).
inline constexpr int kWorkerReportFd = 4;

// Caps this process's address space at `limits.memory_mib` (nothing for 0, or in
// an AddressSanitizer build, whose shadow memory reserves terabytes of it).
Status ApplyMemoryLimit(const Limits& limits);

// Serves requests on `fd` until it closes; returns the process's exit status.
int ServeRequests(int fd, const PluginRegistry& registry, const Limits& limits);

}  // namespace findings

#endif  // FINDINGS_ISOLATE_WORKER_LOOP_H_

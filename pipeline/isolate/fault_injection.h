// A test-only switch that makes a worker misbehave on chosen files, so tests can
// show a run surviving a crash, an abort, a hang or a runaway.
//
// FINDINGS_FAULT=KIND:SUBSTRING acts on each file whose path contains SUBSTRING;
// KIND is crash (SIGSEGV), abort (SIGABRT), hang (sleeps forever), spin (burns
// CPU forever), oom (allocates until memory runs out), gmem-oom (prints "Out of
// memory" to stderr and aborts, as Poppler's allocator does) or print (prints a
// line to stderr, as a chatty library does, and goes on). Unset: nothing happens.
#ifndef FINDINGS_ISOLATE_FAULT_INJECTION_H_
#define FINDINGS_ISOLATE_FAULT_INJECTION_H_

#include <string>

namespace findings {

inline constexpr const char* kFaultVariable = "FINDINGS_FAULT";

// Called by the worker before extracting `path`; returns only if no fault applies.
void InjectFaultFor(const std::string& path);

}  // namespace findings

#endif  // FINDINGS_ISOLATE_FAULT_INJECTION_H_

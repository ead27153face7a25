// The limits each file is opened under, and how they read in messages.
#ifndef FINDINGS_ISOLATE_LIMITS_H_
#define FINDINGS_ISOLATE_LIMITS_H_

#include <cstddef>
#include <string>

namespace findings {

struct Limits {
  // Wall-clock time for one file, measured by the parent; 0 means none.
  double timeout_seconds = 60;
  // CPU time for one file (RLIMIT_CPU, re-armed before each file); 0 means none.
  unsigned cpu_seconds = 60;
  // Address space of one worker process (RLIMIT_AS), in MiB; 0 means none. It bounds
  // everything a worker holds: its code, ICU data, grammars, the file and its parse.
  std::size_t memory_mib = 2048;
  // Input files larger than this, in MiB, are refused before they are read; 0 means none.
  std::size_t max_file_mib = 256;

  // max_file_mib in bytes, as LoadOptions::max_bytes takes it.
  std::size_t max_file_bytes() const;
};

// "60 s", "0.5 s": how a duration appears in messages.
std::string FormatSeconds(double seconds);

// " (limit 2048 MiB, see --memory-limit)": said after every out-of-memory reason;
// "" for 0 (no limit).
std::string MemoryLimitNote(std::size_t memory_mib);

}  // namespace findings

#endif  // FINDINGS_ISOLATE_LIMITS_H_

#include "isolate/limits.h"

#include <cstdio>
#include <limits>

namespace findings {

std::size_t Limits::max_file_bytes() const {
  if (max_file_mib == 0 || max_file_mib > (std::numeric_limits<std::size_t>::max() >> 20))
    return std::numeric_limits<std::size_t>::max();
  return max_file_mib << 20;
}

std::string FormatSeconds(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g s", seconds);
  return buffer;
}

std::string MemoryLimitNote(std::size_t memory_mib) {
  if (memory_mib == 0) return "";
  return " (limit " + std::to_string(memory_mib) + " MiB, see --memory-limit)";
}

}  // namespace findings

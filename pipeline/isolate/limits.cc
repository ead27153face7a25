#include "isolate/limits.h"

#include <cstdio>

namespace findings {

std::string FormatSeconds(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g s", seconds);
  return buffer;
}

}  // namespace findings

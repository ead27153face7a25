#include "cli/file_lines.h"

#include <iostream>

namespace findings::cli {

std::string FailureLine(const std::string& file, const Status& status) {
  return file + ": " + status.message();
}

void PrintWarnings(const std::string& file, const std::vector<std::string>& warnings) {
  for (const std::string& warning : warnings) std::cerr << file << ": warning: " << warning << "\n";
}

}  // namespace findings::cli

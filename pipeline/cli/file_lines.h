// How every command speaks of one file on stderr: "FILE: reason" when it failed,
// "FILE: warning: …" for what went wrong in a file that was still read.
#ifndef FINDINGS_CLI_FILE_LINES_H_
#define FINDINGS_CLI_FILE_LINES_H_

#include <string>
#include <vector>

#include "findings/status.h"

namespace findings::cli {

// "FILE: reason".
std::string FailureLine(const std::string& file, const Status& status);

// Prints "FILE: warning: W" for each of `warnings`.
void PrintWarnings(const std::string& file, const std::vector<std::string>& warnings);

}  // namespace findings::cli

#endif  // FINDINGS_CLI_FILE_LINES_H_

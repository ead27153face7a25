// Runs the built `findings` with something before it on the command line: an
// environment variable (FINDINGS_FAULT=…) or a command that drops privileges.
#ifndef FINDINGS_TESTS_BAD_INPUT_RUN_FINDINGS_H_
#define FINDINGS_TESTS_BAD_INPUT_RUN_FINDINGS_H_

#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {

// `prefix` and `args` are pasted into a shell command line: quote as needed.
inline CliResult RunFindings(const std::string& prefix, const std::string& args) {
  return RunCli(args, prefix);
}

inline bool HasProgram(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace findings::testing

#endif  // FINDINGS_TESTS_BAD_INPUT_RUN_FINDINGS_H_

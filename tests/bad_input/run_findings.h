// Runs the built `findings` with something before it on the command line: an
// environment variable (FINDINGS_FAULT=…) or a command that drops privileges.
#ifndef FINDINGS_TESTS_BAD_INPUT_RUN_FINDINGS_H_
#define FINDINGS_TESTS_BAD_INPUT_RUN_FINDINGS_H_

#include <unistd.h>

#include <filesystem>
#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {

// `prefix` and `args` are pasted into a shell command line: quote as needed.
inline CliResult RunFindings(const std::string& prefix, const std::string& args) {
  static int counter = 0;
  const std::string base = std::filesystem::temp_directory_path().string() + "/run-" +
                           std::to_string(::getpid()) + "-" + std::to_string(counter++);
  const std::string command = "cd '" + SourcePath("") + "' && " + prefix + " '" + CliPath() +
                              "' " + args + " >'" + base + ".out' 2>'" + base + ".err' </dev/null";
  const int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadAll(base + ".out");
  result.err = ReadAll(base + ".err");
  std::filesystem::remove(base + ".out");
  std::filesystem::remove(base + ".err");
  return result;
}

inline bool HasProgram(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace findings::testing

#endif  // FINDINGS_TESTS_BAD_INPUT_RUN_FINDINGS_H_

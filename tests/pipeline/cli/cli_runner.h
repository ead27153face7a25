// Runs the built `findings` command in tests and captures what it says.
#ifndef FINDINGS_TESTS_PIPELINE_CLI_CLI_RUNNER_H_
#define FINDINGS_TESTS_PIPELINE_CLI_CLI_RUNNER_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_paths.h"

namespace findings::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// `args` is pasted into a shell command line after the binary, `prefix` before it
// (an environment assignment, a command that drops privileges): quote as needed.
inline CliResult RunCli(const std::string& args, const std::string& prefix = "") {
  static int counter = 0;
  const std::string base = std::filesystem::temp_directory_path().string() + "/cli-" +
                           std::to_string(::getpid()) + "-" + std::to_string(counter++);
  const std::string command = "cd '" + SourcePath("") + "' && " + prefix + " '" + CliPath() +
                              "' " + args + " >'" + base + ".out' 2>'" + base +
                              ".err' </dev/null";
  const int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadAll(base + ".out");
  result.err = ReadAll(base + ".err");
  std::filesystem::remove(base + ".out");
  std::filesystem::remove(base + ".err");
  return result;
}

// The flags that load the example plugin built from tests/plugins/example_plugin.
inline std::string ExamplePluginFlags() {
  return " --plugin-dir " + BinaryPath("tests/plugins") + " --grammar-dir " +
         SourcePath("tests/plugins/example_plugin/grammars");
}

// A fresh empty directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("findings-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string path() const { return path_.string(); }
  std::string Write(const std::string& name, const std::string& content) const {
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file.string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace findings::testing

#endif  // FINDINGS_TESTS_PIPELINE_CLI_CLI_RUNNER_H_

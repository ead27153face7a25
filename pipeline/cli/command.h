// The subcommands of `findings`. The command line is the only part of findings
// that prints; each subcommand returns the process exit status.
#ifndef FINDINGS_CLI_COMMAND_H_
#define FINDINGS_CLI_COMMAND_H_

#include <string>
#include <vector>

namespace findings::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const std::vector<std::string>& args);  // args after the subcommand name
};

int RunExtract(const std::vector<std::string>& args);
int RunDetect(const std::vector<std::string>& args);
int RunText(const std::vector<std::string>& args);
int RunPlugins(const std::vector<std::string>& args);
int RunRefresh(const std::vector<std::string>& args);
int RunCompare(const std::vector<std::string>& args);
int RunHistory(const std::vector<std::string>& args);
int RunFetch(const std::vector<std::string>& args);
int RunReport(const std::vector<std::string>& args);
// Hidden: the worker process of pipeline/isolate, not listed in the usage.
inline constexpr const char* kWorkerCommand = "worker";
int RunWorker(const std::vector<std::string>& args);

const std::vector<Command>& Commands();

}  // namespace findings::cli

#endif  // FINDINGS_CLI_COMMAND_H_

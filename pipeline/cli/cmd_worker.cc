// `findings worker`: the hidden mode the worker pool (pipeline/isolate) runs the
// binary in. It loads the plugins once, then extracts, detects or reads one file
// per request on fd 3 until the parent closes it. Its standard output and error
// are a capture file the parent reads (isolate/output_capture.h).
#include <iostream>

#include "cli/command.h"
#include "cli/limit_options.h"
#include "cli/options.h"
#include "isolate/output_capture.h"
#include "isolate/worker_loop.h"
#include "host/search_paths.h"

namespace findings::cli {

int RunWorker(const std::vector<std::string>& argv) {
  Limits limits;
  PluginLocations locations;
  po::options_description options("options");
  AddLimitOptions(&options, &limits);
  AddPluginLocationOptions(&options, &locations);
  po::variables_map vm;
  if (auto exit = ParseOrExit("worker", "(internal: run by the commands that open documents)", argv, options,
                              po::positional_options_description(), &vm))
    return *exit;
  CaptureStandardError(kWorkerReportFd);
  const Status limited = ApplyMemoryLimit(limits);
  if (!limited.ok()) {
    std::cerr << "findings worker: " << limited.message() << "\n";
    return kExitSomeFailed;
  }
  // The parent has already reported any plugin problems; the worker stays quiet.
  PluginRegistry registry;
  registry.Load(PluginSearchPath(locations.plugin_dirs), GrammarSearchPath(locations.grammar_dirs));
  return ServeRequests(kWorkerFd, registry, limits);
}

}  // namespace findings::cli

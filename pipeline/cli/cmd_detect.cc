#include <iostream>

#include "cli/command.h"
#include "cli/input_files.h"
#include "cli/limit_options.h"
#include "cli/options.h"
#include "host/extract.h"

namespace findings::cli {

int RunDetect(const std::vector<std::string>& args) {
  OpenArgs open;
  std::vector<std::string> paths;
  if (auto exit = ParseOpenCommand("detect", "FILE|DIR... [OPTIONS]\n\nPrints FILE<TAB>plugin<TAB>"
                                             "confidence for each recognised report, in input order.",
                                   args, &open, &paths))
    return *exit;

  // Loaded here only to report broken plugins once; the workers load their own.
  PluginRegistry registry;
  LoadPlugins(open.locations, &registry);
  return OpenEach(
      open, CollectInputs(paths),
      [](WorkerPool& pool, const std::string& file, const LoadOptions& load) {
        return pool.Detect(file, load);
      },
      [](const std::string& file, const WorkerReply& reply) {
        std::cout << file << "\t" << reply.detected.plugin << "\t"
                  << FormatConfidence(reply.detected.confidence) << "\n";
      });
}

}  // namespace findings::cli

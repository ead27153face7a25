#include <iostream>

#include "cli/command.h"
#include "cli/input_files.h"
#include "cli/options.h"
#include "plugins/report_extractor.h"

namespace findings::cli {

int RunDetect(const std::vector<std::string>& args) {
  PluginLocations locations;
  std::vector<std::string> paths;
  po::options_description options("options");
  AddPluginLocationOptions(&options, &locations);
  po::options_description hidden;
  hidden.add_options()("input", po::value(&paths)->required(), "files");
  options.add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (auto exit = ParseOrExit("detect", "FILE|DIR...\n\nPrints FILE<TAB>plugin<TAB>confidence "
                                        "for each recognised report.",
                              args, options, positional, &vm))
    return *exit;

  PluginRegistry registry;
  LoadPlugins(locations, &registry);
  const InputFiles inputs = CollectInputs(paths);
  int exit = inputs.errors.empty() ? kExitOk : kExitSomeFailed;
  for (const std::string& error : inputs.errors) std::cerr << error << "\n";
  for (const std::string& file : inputs.files) {
    auto loaded = LoadDocument(file);
    if (!loaded.ok()) {
      std::cerr << file << ": " << loaded.status().message() << "\n";
      exit = kExitSomeFailed;
      continue;
    }
    const Detection best = DetectFormat(registry, loaded->doc);
    const Status recognised = CheckRecognised(best);
    if (!recognised.ok()) {
      std::cerr << file << ": " << recognised.message() << "\n";
      exit = kExitSomeFailed;
      continue;
    }
    std::cout << file << "\t" << best.plugin->name() << "\t" << FormatConfidence(best.confidence)
              << "\n";
  }
  return exit;
}

}  // namespace findings::cli

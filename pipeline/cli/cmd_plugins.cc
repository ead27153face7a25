#include <iostream>

#include "cli/command.h"
#include "cli/options.h"

namespace findings::cli {

int RunPlugins(const std::vector<std::string>& args) {
  PluginLocations locations;
  po::options_description options("options");
  AddPluginLocationOptions(&options, &locations);
  po::variables_map vm;
  if (auto exit = ParseOrExit("plugins", "[OPTIONS]\n\nLists each plugin: name, version, "
                                         "module file and grammar folder, tab-separated.",
                              args, options, {}, &vm))
    return *exit;
  PluginRegistry registry;
  LoadPlugins(locations, &registry);
  for (const LoadedPlugin& plugin : registry.plugins())
    std::cout << plugin.name() << "\t" << plugin.version() << "\t" << plugin.module_path << "\t"
              << plugin.grammar_dir << "\n";
  return registry.problems().empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace findings::cli

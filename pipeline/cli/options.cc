#include "cli/options.h"

#include <iostream>

#include "cli/command.h"
#include "host/search_paths.h"

namespace findings::cli {

namespace {

// `max_count` arguments (-1: all that remain) into *target.
template <class T>
void AddPositionalInto(po::options_description* options,
                       po::positional_options_description* positional, const char* name, T* target,
                       int max_count, const char* help) {
  po::options_description hidden;
  hidden.add_options()(name, po::value(target)->required(), help);
  options->add(hidden);
  positional->add(name, max_count);
}

}  // namespace

void AddPositional(po::options_description* options, po::positional_options_description* positional,
                   const char* name, std::vector<std::string>* values, const char* help) {
  AddPositionalInto(options, positional, name, values, -1, help);
}

void AddPositional(po::options_description* options, po::positional_options_description* positional,
                   const char* name, std::string* value, const char* help) {
  AddPositionalInto(options, positional, name, value, 1, help);
}

void AddPluginLocationOptions(po::options_description* options, PluginLocations* locations) {
  options->add_options()
      ("plugin-dir", po::value(&locations->plugin_dirs)->composing(),
       "also load plugins from DIR (searched first; repeatable; also FINDINGS_PLUGIN_PATH)")
      ("grammar-dir", po::value(&locations->grammar_dirs)->composing(),
       "look for grammars/<plugin>/ in DIR first (repeatable; also FINDINGS_GRAMMAR_PATH)");
}

std::optional<int> ParseOrExit(const std::string& name, const std::string& synopsis,
                               const std::vector<std::string>& args,
                               const po::options_description& options,
                               const po::positional_options_description& positional,
                               po::variables_map* vm) {
  po::options_description all = options;
  all.add_options()("help,h", "show this help");
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), *vm);
    if (vm->count("help")) {
      std::cout << "usage: findings " << name << " " << synopsis << "\n\n" << all << "\n";
      return kExitOk;
    }
    po::notify(*vm);
  } catch (const po::error& e) {
    std::cerr << "findings " << name << ": " << e.what() << " (see 'findings " << name
              << " --help')\n";
    return kExitUsage;
  }
  return std::nullopt;
}

void LoadPlugins(const PluginLocations& locations, PluginRegistry* registry) {
  registry->Load(PluginSearchPath(locations.plugin_dirs),
                 GrammarSearchPath(locations.grammar_dirs));
  for (const std::string& problem : registry->problems())
    std::cerr << "findings: warning: " << problem << "\n";
}

}  // namespace findings::cli

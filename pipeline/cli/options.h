// Option handling shared by the subcommands: parsing with Boost.Program_options
// into a uniform outcome, and the plugin-location options every command takes.
#ifndef FINDINGS_CLI_OPTIONS_H_
#define FINDINGS_CLI_OPTIONS_H_

#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <vector>

#include "host/plugin_registry.h"

namespace findings::cli {

namespace po = boost::program_options;

struct PluginLocations {
  std::vector<std::string> plugin_dirs;
  std::vector<std::string> grammar_dirs;
};

// Adds --plugin-dir and --grammar-dir.
void AddPluginLocationOptions(po::options_description* options, PluginLocations* locations);

// Adds the required positional argument `name`: every remaining argument goes
// into *values (or the one argument into *value). Its option, --NAME, is listed
// by --help apart from the others, with `help`.
void AddPositional(po::options_description* options, po::positional_options_description* positional,
                   const char* name, std::vector<std::string>* values, const char* help);
void AddPositional(po::options_description* options, po::positional_options_description* positional,
                   const char* name, std::string* value, const char* help);

// Parses `args`; on --help prints usage and returns kExitOk, on a usage error prints
// "findings NAME: reason" and returns kExitUsage; otherwise nullopt (go on).
std::optional<int> ParseOrExit(const std::string& name, const std::string& synopsis,
                               const std::vector<std::string>& args,
                               const po::options_description& options,
                               const po::positional_options_description& positional,
                               po::variables_map* vm);

// Loads every plugin found; each broken module is one warning line on stderr.
void LoadPlugins(const PluginLocations& locations, PluginRegistry* registry);

}  // namespace findings::cli

#endif  // FINDINGS_CLI_OPTIONS_H_

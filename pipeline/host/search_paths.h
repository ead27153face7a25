// Where plugins and grammars are looked for, in order of precedence.
#ifndef FINDINGS_HOST_SEARCH_PATHS_H_
#define FINDINGS_HOST_SEARCH_PATHS_H_

#include <string>
#include <vector>

namespace findings {

// `explicit_dirs` (command-line flags) first, then the colon-separated directories
// of the environment variable, then the places relative to the running executable
// (an installed tree: <bin>/../lib/findings/plugins; a build tree: <build>/plugins),
// then the configured install and build locations.
std::vector<std::string> PluginSearchPath(const std::vector<std::string>& explicit_dirs);
std::vector<std::string> GrammarSearchPath(const std::vector<std::string>& explicit_dirs);

}  // namespace findings

#endif  // FINDINGS_HOST_SEARCH_PATHS_H_

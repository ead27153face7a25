#include "host/search_paths.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace findings {

namespace fs = std::filesystem;

namespace {

std::string ExecutableDir() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : self.parent_path().string();
}

void AppendEnvironment(const char* variable, std::vector<std::string>* dirs) {
  const char* value = std::getenv(variable);
  if (!value) return;
  std::string list = value;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t colon = list.find(':', start);
    const std::string dir = list.substr(start, colon == std::string::npos ? colon : colon - start);
    if (!dir.empty()) dirs->push_back(dir);
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
}

std::vector<std::string> SearchPath(const std::vector<std::string>& explicit_dirs,
                                    const char* variable,
                                    const std::vector<std::string>& relative_to_exe,
                                    const std::vector<std::string>& configured) {
  std::vector<std::string> dirs = explicit_dirs;
  AppendEnvironment(variable, &dirs);
  const std::string exe_dir = ExecutableDir();
  if (!exe_dir.empty())
    for (const std::string& relative : relative_to_exe)
      dirs.push_back((fs::path(exe_dir) / relative).lexically_normal().string());
  dirs.insert(dirs.end(), configured.begin(), configured.end());
  // The exe-relative and configured places coincide in a build tree: keep each once.
  std::vector<std::string> unique;
  for (const std::string& dir : dirs) {
    fs::path path = fs::path(dir).lexically_normal();
    if (path.has_relative_path() && path.filename().empty()) path = path.parent_path();
    const std::string normal = path.string();
    if (std::find(unique.begin(), unique.end(), normal) == unique.end()) unique.push_back(normal);
  }
  return unique;
}

}  // namespace

std::vector<std::string> PluginSearchPath(const std::vector<std::string>& explicit_dirs) {
  return SearchPath(explicit_dirs, "FINDINGS_PLUGIN_PATH", {"../lib/findings/plugins", "plugins"},
                    {FINDINGS_INSTALL_PLUGIN_DIR, FINDINGS_BUILD_PLUGIN_DIR});
}

std::vector<std::string> GrammarSearchPath(const std::vector<std::string>& explicit_dirs) {
  return SearchPath(explicit_dirs, "FINDINGS_GRAMMAR_PATH", {"../share/findings/grammars"},
                    {FINDINGS_INSTALL_GRAMMAR_DIR, FINDINGS_BUILD_GRAMMAR_DIR});
}

}  // namespace findings

#include "host/plugin_registry.h"

#include <dlfcn.h>

#include <algorithm>
#include <filesystem>

namespace findings {

namespace fs = std::filesystem;

Result<const findings_plugin*> OpenPluginModule(const std::string& path) {
  // Modules stay loaded for the life of the process: descriptors point into them.
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* why = dlerror();
    return Status::Error(Code::kInvalidArgument,
                         path + ": cannot load plugin: " + (why ? why : "unknown reason"));
  }
  auto entry = reinterpret_cast<findings_plugin_entry_fn>(dlsym(handle, FINDINGS_PLUGIN_ENTRY));
  if (!entry) {
    dlclose(handle);
    return Status::Error(Code::kInvalidArgument,
                         path + ": not a findings plugin (no " FINDINGS_PLUGIN_ENTRY " entry point)");
  }
  const findings_plugin* plugin = entry();
  if (!plugin) {
    return Status::Error(Code::kInvalidArgument, path + ": plugin entry point returned nothing");
  }
  if (plugin->api_version != FINDINGS_PLUGIN_API_VERSION) {
    return Status::Error(Code::kUnsupported,
                         path + ": wrong API version (got " + std::to_string(plugin->api_version) +
                             ", supported " + std::to_string(FINDINGS_PLUGIN_API_VERSION) + ")");
  }
  if (!plugin->name || !plugin->version || !plugin->detect || !plugin->extract) {
    return Status::Error(Code::kInvalidArgument, path + ": plugin descriptor is incomplete");
  }
  return plugin;
}

namespace {

// "'a', 'b'" for the names of `wanted` that `has` says are absent.
template <typename Has>
std::string Missing(const char* const* wanted, Has has) {
  std::string out;
  for (; wanted && *wanted; ++wanted)
    if (!has(*wanted)) out += (out.empty() ? "'" : ", '") + std::string(*wanted) + "'";
  return out;
}

}  // namespace

Status CheckGrammarHasWhatPluginNeeds(const findings_plugin& plugin, const Grammar& grammar,
                                      const std::string& grammar_dir) {
  const std::pair<const char*, std::string> missing[] = {
      {"patterns", Missing(plugin.patterns, [&](const char* n) { return grammar.pattern(n); })},
      {"word lists", Missing(plugin.word_lists, [&](const char* n) { return grammar.words(n); })},
      {"data files", Missing(plugin.data_files, [&](const char* n) { return grammar.data(n); })}};
  std::string what;
  for (const auto& [kind, names] : missing)
    if (!names.empty()) what += (what.empty() ? "" : "; ") + std::string(kind) + " " + names;
  if (what.empty()) return Status::Ok();
  return Status::Error(Code::kNotFound,
                       grammar_dir + " lacks what " + plugin.name + " needs: " + what);
}

void PluginRegistry::Load(const std::vector<std::string>& plugin_dirs,
                          const std::vector<std::string>& grammar_dirs) {
  for (const std::string& dir : plugin_dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<std::string> modules;
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.path().extension() == ".so") modules.push_back(entry.path().string());
    std::sort(modules.begin(), modules.end());
    for (const std::string& path : modules) LoadOne(path, grammar_dirs);
  }
}

void PluginRegistry::LoadOne(const std::string& path, const std::vector<std::string>& grammar_dirs) {
  auto plugin = OpenPluginModule(path);
  if (!plugin.ok()) {
    problems_.push_back(plugin.status().message());
    return;
  }
  const std::string name = (*plugin)->name;
  if (Find(name)) return;  // an earlier directory already gave us this plugin
  for (const std::string& dir : grammar_dirs) {
    const fs::path grammar_dir = fs::path(dir) / name;
    std::error_code ec;
    if (!fs::is_directory(grammar_dir, ec)) continue;
    auto grammar = LoadGrammar(grammar_dir.string());
    if (!grammar.ok()) {
      problems_.push_back(path + ": grammar: " + grammar.status().message());
      return;
    }
    if (Status s = CheckGrammarHasWhatPluginNeeds(**plugin, **grammar, grammar_dir.string());
        !s.ok()) {
      problems_.push_back(path + ": grammar: " + s.message());
      return;
    }
    plugins_.push_back(LoadedPlugin{*plugin, path, grammar_dir.string(), std::move(*grammar)});
    return;
  }
  std::string searched;
  for (const std::string& dir : grammar_dirs) searched += (searched.empty() ? "" : ", ") + dir;
  problems_.push_back(path + ": no grammar folder '" + name + "' in " + searched);
}

const LoadedPlugin* PluginRegistry::Find(std::string_view name) const {
  for (const LoadedPlugin& p : plugins_)
    if (p.name() == name) return &p;
  return nullptr;
}

}  // namespace findings

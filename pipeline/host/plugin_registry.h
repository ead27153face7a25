// PluginRegistry: finds, loads and checks report-format plugins and their grammars.
//
// Each *.so in a plugin directory is opened with dlopen; its findings_plugin_entry()
// must return a descriptor whose api_version equals FINDINGS_PLUGIN_API_VERSION.
// A module that cannot be loaded, lacks the entry point, speaks another API
// version, has no loadable grammar or a grammar without a pattern, word list or
// data file its descriptor lists is skipped, and the reason is kept in
// problems() ("FILE: wrong API version (got 2, supported 1)"). When two
// directories hold a plugin of the same name, the first directory wins.
#ifndef FINDINGS_HOST_PLUGIN_REGISTRY_H_
#define FINDINGS_HOST_PLUGIN_REGISTRY_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "findings/plugin.h"
#include "grammar/grammar_loader.h"

namespace findings {

struct LoadedPlugin {
  const findings_plugin* descriptor = nullptr;
  std::string module_path;
  std::string grammar_dir;
  std::unique_ptr<CompiledGrammar> grammar;
  std::string name() const { return descriptor->name; }
  std::string version() const { return descriptor->version; }
};

// Opens one module and checks its descriptor (no grammar yet).
Result<const findings_plugin*> OpenPluginModule(const std::string& path);

// Ok when `grammar` (loaded from `grammar_dir`) holds every name `plugin` lists;
// else one message naming the folder and every missing name:
// "grammars/x lacks what x needs: patterns 'a', 'b'; word lists 'c'".
Status CheckGrammarHasWhatPluginNeeds(const findings_plugin& plugin, const Grammar& grammar,
                                      const std::string& grammar_dir);

class PluginRegistry {
 public:
  PluginRegistry() = default;
  PluginRegistry(const PluginRegistry&) = delete;
  PluginRegistry& operator=(const PluginRegistry&) = delete;

  // Loads every plugin of `plugin_dirs`, each with the grammar folder named after
  // it in the first of `grammar_dirs` that has one. Missing directories are fine.
  void Load(const std::vector<std::string>& plugin_dirs,
            const std::vector<std::string>& grammar_dirs);

  const std::vector<LoadedPlugin>& plugins() const { return plugins_; }
  const std::vector<std::string>& problems() const { return problems_; }
  const LoadedPlugin* Find(std::string_view name) const;

 private:
  void LoadOne(const std::string& path, const std::vector<std::string>& grammar_dirs);

  std::vector<LoadedPlugin> plugins_;
  std::vector<std::string> problems_;
};

}  // namespace findings

#endif  // FINDINGS_HOST_PLUGIN_REGISTRY_H_

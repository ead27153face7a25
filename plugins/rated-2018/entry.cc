// The C entry point the host looks for; everything else lives in the plugin's other files.
#include "findings/plugin.h"
#include "plugin.h"

extern "C" FINDINGS_PLUGIN_EXPORT const findings_plugin* findings_plugin_entry() {
  namespace p = findings::rated2018;
  static const findings_plugin plugin = {FINDINGS_PLUGIN_API_VERSION, p::kName, p::kVersion,
                                         &p::Detect, &p::Extract, p::kPatterns, p::kWordLists,
                                         p::kDataFiles};
  return &plugin;
}

// The C entry point the host looks for; everything else lives in the plugin's other files.
#include "findings/plugin.h"
#include "plugin.h"

extern "C" FINDINGS_PLUGIN_EXPORT const findings_plugin* findings_plugin_entry() {
  static const findings_plugin plugin = {FINDINGS_PLUGIN_API_VERSION, findings::qi2016::kName,
                                         findings::qi2016::kVersion, &findings::qi2016::Detect,
                                         &findings::qi2016::Extract};
  return &plugin;
}

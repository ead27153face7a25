// The C entry point the host looks for; everything else lives in the plugin's other files.
#include "findings/plugin.h"
#include "plugin.h"

extern "C" FINDINGS_PLUGIN_EXPORT const findings_plugin* findings_plugin_entry() {
  static const findings_plugin plugin = {FINDINGS_PLUGIN_API_VERSION, findings::rated2018::kName,
                                         findings::rated2018::kVersion, &findings::rated2018::Detect,
                                         &findings::rated2018::Extract};
  return &plugin;
}

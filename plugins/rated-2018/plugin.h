// The rated-2018 plugin's two operations (see findings/plugin.h for the contract).
#ifndef FINDINGS_PLUGINS_RATED2018_PLUGIN_H_
#define FINDINGS_PLUGINS_RATED2018_PLUGIN_H_

#include "findings/plugin.h"

namespace findings::rated2018 {

inline constexpr const char* kName = "rated-2018";
inline constexpr const char* kVersion = "0.1.0";

double Detect(const Document& doc, const Grammar& grammar);
Status Extract(const Document& doc, const Grammar& grammar, Findings* out);

}  // namespace findings::rated2018

#endif

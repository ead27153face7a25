// The quality-impact-2016 plugin's two operations (see findings/plugin.h for the contract).
#ifndef FINDINGS_PLUGINS_QI2016_PLUGIN_H_
#define FINDINGS_PLUGINS_QI2016_PLUGIN_H_

#include "findings/plugin.h"

namespace findings::qi2016 {

inline constexpr const char* kName = "quality-impact-2016";
inline constexpr const char* kVersion = "0.2.0";

double Detect(const Document& doc, const Grammar& grammar);
Status Extract(const Document& doc, const Grammar& grammar, Findings* out);

}  // namespace findings::qi2016

#endif

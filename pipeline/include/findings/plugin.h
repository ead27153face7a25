// The plugin interface: start here to add a report format.
//
// A plugin is a shared module (CMake MODULE library) exporting one C function,
// findings_plugin_entry(), that returns a pointer to a static descriptor. The
// host checks api_version before touching anything else, so a module built
// against another version of this header is refused, not called.
//
//   extern "C" FINDINGS_PLUGIN_EXPORT const findings_plugin* findings_plugin_entry() {
//     static const findings_plugin p = {FINDINGS_PLUGIN_API_VERSION, "my-format", "1.0.0",
//                                       &Detect, &Extract};
//     return &p;
//   }
//
// Contract: detect() and extract() never print, never throw, never abort; they
// read the document and grammar only. extract() fills everything but
// report.source and report.extractor, which the host sets.
#ifndef FINDINGS_PLUGIN_H_
#define FINDINGS_PLUGIN_H_

#include "findings/document.h"
#include "findings/grammar.h"
#include "findings/model.h"
#include "findings/status.h"

#define FINDINGS_PLUGIN_API_VERSION 1
#define FINDINGS_PLUGIN_ENTRY "findings_plugin_entry"
#define FINDINGS_PLUGIN_EXPORT __attribute__((visibility("default")))

extern "C" {

struct findings_plugin {
  int api_version;  // FINDINGS_PLUGIN_API_VERSION the module was built with
  const char* name;     // also the name of its grammar folder
  const char* version;  // semantic version of the extractor
  // Confidence 0..1 that the document is in this plugin's format.
  double (*detect)(const findings::Document& doc, const findings::Grammar& grammar);
  findings::Status (*extract)(const findings::Document& doc, const findings::Grammar& grammar,
                              findings::Findings* out);
};

typedef const findings_plugin* (*findings_plugin_entry_fn)(void);

}  // extern "C"

#endif  // FINDINGS_PLUGIN_H_

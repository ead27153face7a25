// The plugin interface: start here to add a report format.
//
// A plugin is a shared module (CMake MODULE library) exporting one C function,
// findings_plugin_entry(), that returns a pointer to a static descriptor. The
// host checks api_version before touching anything else, so a module built
// against another version of the headers is refused, not called.
//
//   static const char* const kPatterns[] = {"header", nullptr};
//   extern "C" FINDINGS_PLUGIN_EXPORT const findings_plugin* findings_plugin_entry() {
//     static const findings_plugin p = {FINDINGS_PLUGIN_API_VERSION, "my-format", "1.0.0",
//                                       &Detect, &Extract, kPatterns, nullptr, nullptr};
//     return &p;
//   }
//
// The API version covers every header of include/findings/: the descriptor hands
// over a Document, a Grammar, a Findings and a Status, so a change to any of them
// (a field added to model.h as much as one added here) is a new version. Helpers
// that are header-only (text.h, grammar_match.h) are compiled into each module and
// cross nothing, but they are part of the same surface and versioned with it.
//
// The host loads the grammar folder named after the plugin and refuses it, with one
// message naming the folder and what is missing, when it lacks a pattern, word list
// or data file the descriptor lists; a plugin therefore never checks for them.
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

// 2: the descriptor lists the grammar names the plugin needs.
// 3: each line of the Document carries its block's kind (BlockKind).
#define FINDINGS_PLUGIN_API_VERSION 3
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
  // What the plugin's grammar must hold: null-terminated lists of names (or null
  // for none) of patterns, word lists and data files ("standards.json").
  const char* const* patterns;
  const char* const* word_lists;
  const char* const* data_files;
};

typedef const findings_plugin* (*findings_plugin_entry_fn)(void);

}  // extern "C"

#endif  // FINDINGS_PLUGIN_H_

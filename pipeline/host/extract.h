// From a file to its findings: load, detect the format, run the winning plugin.
#ifndef FINDINGS_HOST_EXTRACT_H_
#define FINDINGS_HOST_EXTRACT_H_

#include <string>

#include "findings/document.h"
#include "findings/model.h"
#include "ingest/document_loader.h"
#include "host/plugin_registry.h"

namespace findings {

// Below this confidence no plugin claims a document.
inline constexpr double kDetectionThreshold = 0.5;

struct Detection {
  const LoadedPlugin* plugin = nullptr;  // the most confident plugin, or nullptr if none
  double confidence = 0;
};

// The most confident plugin for `doc` (ties go to the earlier-loaded plugin).
Detection DetectFormat(const PluginRegistry& registry, const Document& doc);

// Ok when `detection` clears the threshold, else kUnrecognised with the message
// "not a recognised inspection report (best: rated-2018, 0.12)", without the
// "best" when no plugin saw anything (confidence 0).
Status CheckRecognised(const Detection& detection);

// DetectFormat and CheckRecognised on a loaded document. A document that lost
// pages and is not recognised is refused for the lost pages (its `incomplete`).
Result<Detection> DetectLoaded(const PluginRegistry& registry, const LoadedDocument& loaded);

// "0.87": confidences are shown with two decimals everywhere.
std::string FormatConfidence(double confidence);

struct ExtractOptions {
  std::string forced_plugin;  // empty: detect
  LoadOptions load;
};

// Loads `path` and extracts it with the detected (or forced) plugin. The result
// carries report.source, report.extractor and the loader's diagnostics.
// Fails with kUnrecognised "not a recognised inspection report (best: NAME, 0.12)",
// and with kCorrupt for a recognised PDF that holds no findings (CheckHasBody);
// either way with the reason pages were lost instead, when they were.
Result<Findings> ExtractReport(const PluginRegistry& registry, const std::string& path,
                               const ExtractOptions& options);

// The same from a document already loaded.
Result<Findings> ExtractLoaded(const PluginRegistry& registry, LoadedDocument loaded,
                               const ExtractOptions& options);

}  // namespace findings

#endif  // FINDINGS_HOST_EXTRACT_H_

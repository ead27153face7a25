#include "host/extract.h"

#include <cstdio>
#include <exception>

#include "host/body_check.h"

namespace findings {

namespace {

// Plugins promise not to throw; a third-party one may break that promise.
double SafeDetect(const LoadedPlugin& plugin, const Document& doc) {
  try {
    const double c = plugin.descriptor->detect(doc, *plugin.grammar);
    return c >= 0 && c <= 1 ? c : 0;
  } catch (...) {
    return 0;
  }
}

Status SafeExtract(const LoadedPlugin& plugin, const Document& doc, Findings* out) {
  try {
    return plugin.descriptor->extract(doc, *plugin.grammar, out);
  } catch (const std::exception& e) {
    return Status::Error(Code::kInternal, "plugin " + plugin.name() + " failed: " + e.what());
  } catch (...) {
    return Status::Error(Code::kInternal, "plugin " + plugin.name() + " failed");
  }
}

Result<const LoadedPlugin*> ChoosePlugin(const PluginRegistry& registry,
                                         const LoadedDocument& loaded, const std::string& forced) {
  if (!forced.empty()) {
    const LoadedPlugin* plugin = registry.Find(forced);
    if (!plugin) return Status::Error(Code::kNotFound, "no plugin named '" + forced + "'");
    return plugin;
  }
  auto detected = DetectLoaded(registry, loaded);
  if (!detected.ok()) return detected.status();
  return detected->plugin;
}

}  // namespace

std::string FormatConfidence(double confidence) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", confidence);
  return buffer;
}

Status CheckRecognised(const Detection& detection) {
  if (detection.plugin && detection.confidence >= kDetectionThreshold) return Status::Ok();
  std::string message = "not a recognised inspection report";
  // A best of 0.00 names a plugin that saw nothing.
  if (detection.plugin && detection.confidence > 0) {
    message += " (best: " + detection.plugin->name() + ", " +
               FormatConfidence(detection.confidence) + ")";
  }
  return Status::Error(Code::kUnrecognised, message);
}

Result<Detection> DetectLoaded(const PluginRegistry& registry, const LoadedDocument& loaded) {
  const Detection best = DetectFormat(registry, loaded.doc);
  const Status recognised = CheckRecognised(best);
  if (recognised.ok()) return best;
  return loaded.incomplete.ok() ? recognised : loaded.incomplete;
}

Detection DetectFormat(const PluginRegistry& registry, const Document& doc) {
  Detection best;
  for (const LoadedPlugin& plugin : registry.plugins()) {
    const double confidence = SafeDetect(plugin, doc);
    if (!best.plugin || confidence > best.confidence) best = Detection{&plugin, confidence};
  }
  return best;
}

Result<Findings> ExtractLoaded(const PluginRegistry& registry, LoadedDocument loaded,
                               const ExtractOptions& options) {
  auto plugin = ChoosePlugin(registry, loaded, options.forced_plugin);
  if (!plugin.ok()) return plugin.status();
  const Status incomplete = loaded.incomplete;
  Findings findings;
  Status status = SafeExtract(**plugin, loaded.doc, &findings);
  if (!status.ok()) return status;
  findings.report.format = (*plugin)->name();
  findings.report.source = std::move(loaded.source);
  findings.report.extractor = {(*plugin)->name(), (*plugin)->version(),
                               (*plugin)->grammar->sha256()};
  findings.diagnostics.insert(findings.diagnostics.begin(), loaded.diagnostics.begin(),
                              loaded.diagnostics.end());
  if (Status body = CheckHasBody(findings); !body.ok()) return incomplete.ok() ? body : incomplete;
  return findings;
}

Result<Findings> ExtractReport(const PluginRegistry& registry, const std::string& path,
                               const ExtractOptions& options) {
  auto loaded = LoadDocument(path, options.load);
  if (!loaded.ok()) return loaded.status();
  return ExtractLoaded(registry, std::move(*loaded), options);
}

}  // namespace findings

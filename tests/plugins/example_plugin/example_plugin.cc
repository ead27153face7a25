// A minimal third plugin: it recognises documents whose first line is
// "EXAMPLE FORMAT REPORT" (its grammar's `header` pattern) and reports the second line as the title.
#include <re2/re2.h>

#include "findings/plugin.h"

#ifndef EXAMPLE_API_VERSION
#define EXAMPLE_API_VERSION FINDINGS_PLUGIN_API_VERSION
#endif
#ifndef EXAMPLE_NAME
#define EXAMPLE_NAME "example-format"
#endif

namespace {

double Detect(const findings::Document& doc, const findings::Grammar& grammar) {
  const re2::RE2* header = grammar.pattern("header");
  return header && !doc.lines.empty() && RE2::FullMatch(doc.line_text(0), *header) ? 0.9 : 0.0;
}

findings::Status Extract(const findings::Document& doc, const findings::Grammar&,
                         findings::Findings* out) {
  if (doc.lines.size() < 2)
    return findings::Status::Error(findings::Code::kCorrupt, "no title line");
  out->report.title = std::string(doc.line_text(1));
  out->report.area = out->report.title;
  out->report.id = "example-" + std::to_string(doc.lines.size());
  return findings::Status::Ok();
}

// The grammar must have the `header` pattern; the host refuses it otherwise.
const char* const kPatterns[] = {"header", nullptr};

}  // namespace

extern "C" FINDINGS_PLUGIN_EXPORT const findings_plugin* findings_plugin_entry() {
  static const findings_plugin plugin = {
      EXAMPLE_API_VERSION, EXAMPLE_NAME, "0.0.1", &Detect, &Extract, kPatterns, nullptr, nullptr};
  return &plugin;
}

#include "host/body_check.h"

#include <string>

namespace findings {

Status CheckHasBody(const Findings& f) {
  const bool empty = f.ratings.empty() && f.case_results.empty() && f.key_facts.empty() &&
                     f.percentages.empty() && f.recommendations.empty() &&
                     f.practice_examples.empty() && f.judgements.empty();
  // Only a PDF: its pages say how much of the report is there, while a text
  // format may legitimately carry nothing but its header (tests/plugins/example_plugin).
  if (!empty || f.report.source.media_type != "application/pdf") return Status::Ok();
  std::string message = "recognised as " + f.report.extractor.plugin +
                        ", but it holds no findings: the report's body is missing";
  if (const auto& pages = f.report.source.pages) {
    message += " (" + std::to_string(*pages) + (*pages == 1 ? " page)" : " pages)");
  }
  return Status::Error(Code::kCorrupt, message);
}

}  // namespace findings

// The output documents of one report, as `findings extract` writes them.
#ifndef FINDINGS_EMIT_OUTPUT_FORMATS_H_
#define FINDINGS_EMIT_OUTPUT_FORMATS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "findings/model.h"
#include "findings/status.h"

namespace findings {

enum class OutputFormat { kJson, kXml };

// "json,xml" → formats, without repeats; kInvalidArgument for any other word.
Result<std::vector<OutputFormat>> ParseFormats(const std::string& list);

// "json", "xml": the word ParseFormats reads and the file extension.
const char* FormatName(OutputFormat format);

// A report rendered in some formats, with what choosing between two inputs of
// the same report needs (cli/output_staging.h), and nothing else.
struct RenderedReport {
  std::string id;
  bool from_pdf = false;
  std::size_t diagnostics = 0;
  std::vector<std::string> documents;  // one per format, in the order asked
  std::string written_to;  // or, once WriteDocuments has written them, its prefix
};

// Builds the ToJson tree once and writes it in each format.
RenderedReport RenderReport(const Findings& findings, const std::vector<OutputFormat>& formats);

// "PREFIX.json", "PREFIX.xml": where WriteDocuments puts a format's document.
std::string DocumentPath(const std::string& prefix, OutputFormat format);

// The folder of a dataset that holds each report's documents, <id>.json and
// <id>.xml: written by dataset/derived_files.cc, read by report/report_source.cc.
inline constexpr const char* kReportsDir = "reports";

// Writes each of `report`'s documents to DocumentPath(prefix, its format) (not
// synced: see WriteWholeFile), empties `report->documents` and sets
// `report->written_to`. On failure, removes what it wrote.
Status WriteDocuments(const std::string& prefix, const std::vector<OutputFormat>& formats,
                      RenderedReport* report);

}  // namespace findings

#endif  // FINDINGS_EMIT_OUTPUT_FORMATS_H_

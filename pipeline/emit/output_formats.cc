#include "emit/output_formats.h"

#include <algorithm>
#include <sstream>

#include "emit/json_writer.h"
#include "emit/model_json.h"
#include "emit/xml_writer.h"

namespace findings {

Result<std::vector<OutputFormat>> ParseFormats(const std::string& list) {
  std::vector<OutputFormat> formats;
  std::istringstream in(list);
  std::string word;
  while (std::getline(in, word, ',')) {
    OutputFormat format;
    if (word == FormatName(OutputFormat::kJson)) {
      format = OutputFormat::kJson;
    } else if (word == FormatName(OutputFormat::kXml)) {
      format = OutputFormat::kXml;
    } else {
      return Status::Error(Code::kInvalidArgument,
                           "unknown format '" + word + "' (formats: json, xml)");
    }
    if (std::find(formats.begin(), formats.end(), format) == formats.end())
      formats.push_back(format);
  }
  if (formats.empty()) return Status::Error(Code::kInvalidArgument, "no output format given");
  return formats;
}

const char* FormatName(OutputFormat format) {
  return format == OutputFormat::kJson ? "json" : "xml";
}

RenderedReport RenderReport(const Findings& findings, const std::vector<OutputFormat>& formats) {
  RenderedReport rendered;
  rendered.id = findings.report.id;
  rendered.from_pdf = findings.report.source.media_type == "application/pdf";
  rendered.diagnostics = findings.diagnostics.size();
  const nlohmann::ordered_json tree = ToJson(findings);
  for (OutputFormat format : formats)
    rendered.documents.push_back(format == OutputFormat::kJson ? WriteJson(tree) : WriteXml(tree));
  return rendered;
}

}  // namespace findings

#include "emit/output_formats.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "emit/json_writer.h"
#include "emit/model_json.h"
#include "emit/source_preference.h"
#include "emit/xml_writer.h"
#include "util/atomic_file.h"

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
  const SourceRank rank = RankOf(findings, findings.report.source.path);
  rendered.from_pdf = rank.is_pdf;
  rendered.diagnostics = rank.diagnostics;
  const nlohmann::ordered_json tree = ToJson(findings);
  for (OutputFormat format : formats)
    rendered.documents.push_back(format == OutputFormat::kJson ? WriteJson(tree) : WriteXml(tree));
  return rendered;
}

std::string DocumentPath(const std::string& prefix, OutputFormat format) {
  return prefix + "." + FormatName(format);
}

Status WriteDocuments(const std::string& prefix, const std::vector<OutputFormat>& formats,
                      RenderedReport* report) {
  if (report->documents.size() != formats.size())
    return Status::Error(Code::kInternal, "the report was rendered in the wrong formats");
  for (std::size_t f = 0; f < formats.size(); ++f) {
    Status written = WriteWholeFile(DocumentPath(prefix, formats[f]), report->documents[f]);
    if (!written.ok()) {
      for (std::size_t g = 0; g <= f; ++g) std::remove(DocumentPath(prefix, formats[g]).c_str());
      return written;
    }
  }
  report->documents.clear();
  report->written_to = prefix;
  return Status::Ok();
}

}  // namespace findings

#include "cli/report_outputs.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

#include "emit/json_writer.h"
#include "emit/xml_writer.h"
#include "util/atomic_file.h"

namespace findings::cli {

namespace {

const char* Extension(OutputFormat format) { return format == OutputFormat::kJson ? "json" : "xml"; }

// True when `a` is the better source of the same report (see the header).
bool Preferred(const StagedReport& a, const StagedReport& b) {
  if (a.from_pdf != b.from_pdf) return a.from_pdf;
  if (a.diagnostics != b.diagnostics) return a.diagnostics < b.diagnostics;
  return a.source_path < b.source_path;
}

}  // namespace

Result<std::vector<OutputFormat>> ParseFormats(const std::string& list) {
  std::vector<OutputFormat> formats;
  std::istringstream in(list);
  std::string word;
  while (std::getline(in, word, ',')) {
    OutputFormat format;
    if (word == "json") {
      format = OutputFormat::kJson;
    } else if (word == "xml") {
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

std::string Render(const Findings& findings, OutputFormat format) {
  return format == OutputFormat::kJson ? WriteJson(findings) : WriteXml(findings);
}

ReportOutputs::ReportOutputs(std::string out_dir, std::vector<OutputFormat> formats)
    : out_dir_(std::move(out_dir)), formats_(std::move(formats)) {}

Result<StagedReport> ReportOutputs::Stage(std::size_t index, const std::string& source_path,
                                          const Findings& findings) const {
  StagedReport staged;
  staged.source_path = source_path;
  staged.id = findings.report.id;
  staged.from_pdf = findings.report.source.media_type == "application/pdf";
  staged.diagnostics = findings.diagnostics.size();
  if (staged.id.empty() || staged.id.find('/') != std::string::npos || staged.id[0] == '.')
    return Status::Error(Code::kInternal, "the plugin gave an unusable report id '" + staged.id + "'");
  for (OutputFormat format : formats_) {
    const std::string temp = out_dir_ + "/.staged-" + std::to_string(::getpid()) + "-" +
                             std::to_string(index) + "." + Extension(format);
    Status written = WriteWholeFile(temp, Render(findings, format));
    staged.temp_files.push_back(temp);
    if (!written.ok()) {
      for (const std::string& file : staged.temp_files) std::remove(file.c_str());
      return written;
    }
  }
  return staged;
}

std::vector<std::string> ReportOutputs::Commit(std::vector<StagedReport> staged,
                                               std::vector<std::string>* errors) const {
  std::map<std::string, std::vector<StagedReport*>> by_id;
  for (StagedReport& report : staged) by_id[report.id].push_back(&report);
  std::vector<std::string> notes;
  for (auto& [id, reports] : by_id) {
    std::sort(reports.begin(), reports.end(),
              [](const StagedReport* a, const StagedReport* b) { return Preferred(*a, *b); });
    const StagedReport& kept = *reports.front();
    for (std::size_t f = 0; f < formats_.size(); ++f) {
      const std::string target = out_dir_ + "/" + id + "." + Extension(formats_[f]);
      if (std::rename(kept.temp_files[f].c_str(), target.c_str()) != 0)
        errors->push_back(kept.source_path + ": cannot write " + target);
    }
    for (std::size_t i = 1; i < reports.size(); ++i) {
      for (const std::string& file : reports[i]->temp_files) std::remove(file.c_str());
      notes.push_back(reports[i]->source_path + ": same report as " + kept.source_path + " (" +
                      id + "); kept " + kept.source_path);
    }
  }
  return notes;
}

}  // namespace findings::cli

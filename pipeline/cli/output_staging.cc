#include "cli/output_staging.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "util/atomic_file.h"  // SyncFileSystem

namespace findings::cli {

namespace {

void RemoveFiles(const StagedReport& report) {
  for (const std::string& file : report.temp_files) std::remove(file.c_str());
}

}  // namespace

ReportOutputs::ReportOutputs(std::string out_dir, std::vector<OutputFormat> formats)
    : out_dir_(std::move(out_dir)),
      stage_dir_(out_dir_ + "/.staged-" + std::to_string(::getpid())),
      formats_(std::move(formats)) {}

ReportOutputs::~ReportOutputs() {
  std::error_code ignored;
  std::filesystem::remove_all(stage_dir_, ignored);
}

Status ReportOutputs::Begin() const {
  std::error_code ec;
  std::filesystem::create_directories(stage_dir_, ec);
  if (ec) {
    return Status::Error(Code::kIoError,
                         out_dir_ + ": cannot create output directory: " + ec.message());
  }
  return Status::Ok();
}

Staging ReportOutputs::StagingFor(std::size_t index) const {
  return {stage_dir_, std::to_string(index)};
}

Result<StagedReport> ReportOutputs::Staged(const std::string& source_path,
                                           const RenderedReport& report) {
  StagedReport staged;
  staged.source = {source_path, report.from_pdf, report.diagnostics};
  staged.id = report.id;
  if (staged.id.empty() || staged.id.find('/') != std::string::npos || staged.id[0] == '.')
    return Status::Error(Code::kInternal, "the plugin gave an unusable report id '" + staged.id + "'");
  if (report.written_to.rfind(stage_dir_ + "/", 0) != 0)
    return Status::Error(Code::kInternal, "the worker did not stage the documents");
  for (OutputFormat format : formats_)
    staged.temp_files.push_back(DocumentPath(report.written_to, format));
  std::lock_guard<std::mutex> lock(mutex_);
  auto [best, first] = best_.try_emplace(staged.id, staged);
  if (!first) {
    const bool better = Preferred(staged.source, best->second.source);
    RemoveFiles(better ? best->second : staged);
    if (better) best->second = staged;
  }
  return staged;
}

std::vector<std::string> ReportOutputs::Commit(std::vector<StagedReport> staged,
                                               std::vector<std::string>* errors) const {
  std::map<std::string, std::vector<StagedReport*>> by_id;
  for (StagedReport& report : staged) by_id[report.id].push_back(&report);
  std::vector<std::string> notes;
  std::vector<const StagedReport*> kept;
  for (auto& [id, reports] : by_id) {
    std::sort(reports.begin(), reports.end(), [](const StagedReport* a, const StagedReport* b) {
      return Preferred(a->source, b->source);
    });
    kept.push_back(reports.front());
    for (std::size_t i = 1; i < reports.size(); ++i) {
      RemoveFiles(*reports[i]);  // mostly done already (Staged); before the sync in any case
      const std::string& kept_path = kept.back()->source.path;
      notes.push_back(reports[i]->source.path + ": same report as " + kept_path + " (" + id +
                      "); kept " + kept_path);
    }
  }
  // The staged files reach the disk before any of them replaces an earlier output.
  if (Status synced = SyncFileSystem(out_dir_); !synced.ok()) {
    errors->push_back(synced.message() + "; no output was replaced");
    return notes;
  }
  for (const StagedReport* report : kept) {
    for (std::size_t f = 0; f < formats_.size(); ++f) {
      const std::string target = out_dir_ + "/" + report->id + "." + FormatName(formats_[f]);
      if (std::rename(report->temp_files[f].c_str(), target.c_str()) != 0)
        errors->push_back(report->source.path + ": cannot write " + target);
    }
  }
  return notes;
}

}  // namespace findings::cli

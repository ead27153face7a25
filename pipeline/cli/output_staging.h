// The per-report output files of `findings extract -o OUTDIR`.
//
// Each extracted report is first written (by the worker that extracted it) into
// a hidden staging directory, OUTDIR/.staged-<pid>; when every input is done,
// each report id gets exactly one set of files (OUTDIR/<id>.json,
// OUTDIR/<id>.xml). Where several inputs are the same report (its text and its
// PDF), one is kept by the rule of emit/source_preference.h: a PDF before a text
// file, then the fewer diagnostics, then the first path. A run that fails
// half-way leaves the files of earlier runs as they were.
#ifndef FINDINGS_CLI_OUTPUT_STAGING_H_
#define FINDINGS_CLI_OUTPUT_STAGING_H_

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "emit/output_formats.h"
#include "emit/source_preference.h"
#include "isolate/worker_protocol.h"
#include "findings/status.h"

namespace findings::cli {

struct StagedReport {
  SourceRank source;  // the input, with what choosing between inputs needs
  std::string id;
  std::vector<std::string> temp_files;  // one per format, in the order of the formats
};

class ReportOutputs {
 public:
  ReportOutputs(std::string out_dir, std::vector<OutputFormat> formats);
  // Removes the staging directory with whatever is left in it.
  ~ReportOutputs();
  ReportOutputs(const ReportOutputs&) = delete;
  ReportOutputs& operator=(const ReportOutputs&) = delete;

  // Creates OUTDIR and the hidden staging directory in it.
  Status Begin() const;

  // Where the workers write the documents (see Staging): name the input's index.
  Staging StagingFor(std::size_t index) const;

  // An input whose documents a worker staged. An unusable report id, or
  // documents not in the staging directory, are an error. When another input of
  // the same report is already staged, the one of the two that will not be kept
  // has its files removed now rather than at Commit. Thread-safe.
  Result<StagedReport> Staged(const std::string& source_path, const RenderedReport& report);

  // Moves one report per id into place and deletes the rest. Returns one note per
  // input left out ("A: same report as B (id); kept B") and adds rename failures
  // to `errors`.
  std::vector<std::string> Commit(std::vector<StagedReport> staged,
                                  std::vector<std::string>* errors) const;

 private:
  std::string out_dir_;
  std::string stage_dir_;
  std::vector<OutputFormat> formats_;
  std::mutex mutex_;
  std::map<std::string, StagedReport> best_;  // by report id, the input kept so far
};

}  // namespace findings::cli

#endif  // FINDINGS_CLI_OUTPUT_STAGING_H_

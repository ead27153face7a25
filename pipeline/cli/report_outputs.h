// The per-report output files of `findings extract -o OUTDIR`.
//
// Each extracted report is first written under a hidden temporary name (by the
// worker that extracted it); when
// every input is done, each report id gets exactly one set of files
// (OUTDIR/<id>.json, OUTDIR/<id>.xml). Where several inputs are the same report
// (its text and its PDF), one is kept by a fixed rule: a PDF before a text file,
// then the fewer diagnostics, then the first path. A run that fails half-way
// leaves the files of earlier runs as they were.
#ifndef FINDINGS_CLI_REPORT_OUTPUTS_H_
#define FINDINGS_CLI_REPORT_OUTPUTS_H_

#include <string>
#include <vector>

#include "emit/output_formats.h"
#include "findings/status.h"

namespace findings::cli {

struct StagedReport {
  std::string source_path;
  std::string id;
  bool from_pdf = false;
  std::size_t diagnostics = 0;
  std::vector<std::string> temp_files;  // one per format, in the order of the formats
};

class ReportOutputs {
 public:
  ReportOutputs(std::string out_dir, std::vector<OutputFormat> formats);

  // Where input number `index` is staged: the prefix the worker writes the
  // documents to (WriteDocuments), under a hidden name in OUTDIR.
  std::string StagePrefix(std::size_t index) const;

  // Input number `index`, whose documents are staged at StagePrefix(index). An
  // unusable report id is an error, and its files are removed. Thread-safe.
  Result<StagedReport> Staged(std::size_t index, const std::string& source_path,
                              const RenderedReport& report) const;

  // Removes whatever input `index` may have left staged (its extraction failed).
  void Discard(std::size_t index) const;

  // Moves one report per id into place and deletes the rest. Returns one note per
  // input left out ("A: same report as B (id); kept B") and adds rename failures
  // to `errors`.
  std::vector<std::string> Commit(std::vector<StagedReport> staged,
                                  std::vector<std::string>* errors) const;

 private:
  std::string out_dir_;
  std::vector<OutputFormat> formats_;
};

}  // namespace findings::cli

#endif  // FINDINGS_CLI_REPORT_OUTPUTS_H_

#include "report/report_source.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "emit/model_json.h"
#include "emit/output_formats.h"

namespace findings::report {
namespace fs = std::filesystem;

namespace {

Result<Findings> ReadOne(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(Code::kIoError, path.string() + ": cannot read");
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json document = nlohmann::json::parse(text.str(), nullptr, false);
  if (document.is_discarded())
    return Status::Error(Code::kCorrupt, path.string() + ": not valid JSON");
  Result<Findings> findings = FromJson(document);
  if (!findings.ok())
    return Status::Error(findings.status().code(),
                         path.string() + ": " + findings.status().message());
  return findings;
}

std::vector<fs::path> JsonFiles(const fs::path& dir, std::error_code* error) {
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, *error), end; !*error && it != end; it.increment(*error))
    if (it->path().extension() == ".json" && it->path().filename().string()[0] != '.')
      files.push_back(it->path());
  std::sort(files.begin(), files.end());
  return files;
}

bool ByAreaThenId(const Findings& a, const Findings& b) {
  if (a.report.area != b.report.area) return a.report.area < b.report.area;
  return a.report.id < b.report.id;
}

}  // namespace

Result<std::vector<Findings>> ReadReportDocuments(const std::string& dir) {
  std::error_code error;
  if (!fs::is_directory(dir, error))
    return Status::Error(Code::kNotFound, dir + ": no such folder of report documents");
  std::vector<fs::path> files = JsonFiles(dir, &error);
  if (error) return Status::Error(Code::kIoError, dir + ": " + error.message());
  std::vector<Findings> reports;
  for (const fs::path& file : files) {
    Result<Findings> one = ReadOne(file);
    if (!one.ok()) return one.status();
    reports.push_back(std::move(*one));
  }
  std::sort(reports.begin(), reports.end(), ByAreaThenId);
  return reports;
}

std::string DatasetReportsDir(const std::string& dataset_dir) {
  return (fs::path(dataset_dir) / kReportsDir).string();
}

}  // namespace findings::report

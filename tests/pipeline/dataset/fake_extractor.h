// An Extractor for dataset tests: a file's content says what it "contains".
//
//   id <report id>        the report id (required unless `fail` is given)
//   ratings <n>           that many ratings
//   fail <reason>         extraction fails with that reason
// A file ending in .pdf is a PDF. Counts how often each path was extracted.
#ifndef FINDINGS_TESTS_PIPELINE_DATASET_FAKE_EXTRACTOR_H_
#define FINDINGS_TESTS_PIPELINE_DATASET_FAKE_EXTRACTOR_H_

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "dataset/extractor.h"
#include "util/sha256.h"

namespace findings::testing {

class FakeExtractor : public dataset::Extractor {
 public:
  Result<Findings> Extract(const std::string& path) const override {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ++calls_[path];
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    Findings f;
    std::string word, value;
    std::istringstream lines(content.str());
    while (lines >> word && std::getline(lines >> std::ws, value)) {
      if (word == "fail") return Status::Error(Code::kCorrupt, value);
      if (word == "id") f.report.id = value;
      if (word == "ratings")
        for (int i = 0; i < std::stoi(value); ++i)
          f.ratings.push_back({"CRC", std::to_string(i), "t", "Good", {}});
    }
    f.report.area = "Area";
    f.report.published = "2018-05";
    f.report.providers.push_back({"CRC", "Kent, Surrey & Sussex CRC"});
    f.report.providers.push_back({"NPS", "Atlantis division"});
    const bool pdf = path.size() > 4 && path.substr(path.size() - 4) == ".pdf";
    f.report.source = {path, Sha256Hex(content.str()), pdf ? "application/pdf" : "text/plain", {}};
    f.report.extractor = {"fake", version, "grammar"};
    return f;
  }
  std::vector<dataset::ExtractorVersion> Versions() const override {
    return {{"fake", version, "grammar"}};
  }
  int Calls(const std::string& path) const {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = calls_.find(path);
    return it == calls_.end() ? 0 : it->second;
  }
  int TotalCalls() const {
    std::lock_guard<std::mutex> lock(mutex_);
    int total = 0;
    for (const auto& [path, n] : calls_) total += n;
    return total;
  }

  std::string version = "1.0";

 private:
  mutable std::mutex mutex_;
  mutable std::map<std::string, int> calls_;
};

}  // namespace findings::testing

#endif  // FINDINGS_TESTS_PIPELINE_DATASET_FAKE_EXTRACTOR_H_

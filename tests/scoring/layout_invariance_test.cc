// The invariant the PDF path must keep: a report's findings do not depend on how its
// PDF was typeset. Every PDF under corpus/pdf/ and tests/layouts/<layout>/ is
// scored against the findings of the same report's text file (corpus/text/), the
// text's findings taken as the gold: per kind F1 >= 0.99, ratings and case results
// exactly equal, the report fields equal. The kinds listed in
// layout_invariance_gaps.txt are the known exceptions; one that meets the bar fails
// the test until it is taken off the list.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <ostream>
#include <string>
#include <vector>

#include "emit/model_json.h"
#include "host/plugin_registry.h"
#include "host/extract.h"
#include "scoring/scorer.h"
#include "test_paths.h"

namespace findings {
namespace {

namespace fs = std::filesystem;

struct LayoutCase {
  std::string pdf;   // relative to the source tree
  std::string text;  // the same report's text file
  std::set<std::string> gaps;  // kinds ("report" too) known to miss the bar
};

// layout_invariance_gaps.txt: "PDF kind(F1) kind ...", '#' comments.
std::map<std::string, std::set<std::string>> KnownGaps() {
  std::map<std::string, std::set<std::string>> gaps;
  std::istringstream in(testing::ReadFileOrDie(testing::SourcePath("tests/scoring/layout_invariance_gaps.txt")));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string pdf, kind;
    words >> pdf;
    while (words >> kind) gaps[pdf].insert(kind.substr(0, kind.find('(')));
  }
  return gaps;
}

// "tests/layouts/word-style/kent.pdf" -> "corpus/text/kent.txt"; the two-column
// Derbyshire of corpus/pdf is named after its report too.
std::string TextOf(const fs::path& pdf) {
  std::string stem = pdf.stem().string();
  const std::string suffix = "-two-column";
  if (stem.size() > suffix.size() && stem.compare(stem.size() - suffix.size(), suffix.size(), suffix) == 0)
    stem.resize(stem.size() - suffix.size());
  return "corpus/text/" + stem + ".txt";
}

std::vector<LayoutCase> Cases() {
  std::vector<LayoutCase> cases;
  const auto gaps = KnownGaps();
  const fs::path root = testing::SourcePath("");
  std::vector<fs::path> folders = {root / "corpus/pdf"};
  if (fs::is_directory(root / "tests/layouts")) {
    for (const auto& entry : fs::directory_iterator(root / "tests/layouts")) {
      if (entry.is_directory()) folders.push_back(entry.path());
    }
  }
  for (const fs::path& folder : folders) {
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (entry.path().extension() != ".pdf") continue;
      const std::string pdf = fs::relative(entry.path(), root).string();
      const auto known = gaps.find(pdf);
      cases.push_back({pdf, TextOf(entry.path()), known == gaps.end() ? std::set<std::string>{} : known->second});
    }
  }
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.pdf < b.pdf; });
  return cases;
}

const PluginRegistry& Registry() {
  static const PluginRegistry* registry = [] {
    auto* r = new PluginRegistry;
    r->Load({testing::BinaryPath("plugins")}, {testing::SourcePath("grammars")});
    return r;
  }();
  return *registry;
}

nlohmann::json Extracted(const std::string& relative) {
  Result<Findings> findings = ExtractReport(Registry(), testing::SourcePath(relative), {});
  EXPECT_TRUE(findings.ok()) << relative << ": " << findings.status().message();
  if (!findings.ok()) return nullptr;
  return nlohmann::json::parse(ToJson(*findings).dump());
}

// gtest prints a parameter it does not know as bytes; name the file instead.
void PrintTo(const LayoutCase& c, std::ostream* os) { *os << c.pdf; }

class LayoutInvariance : public ::testing::TestWithParam<LayoutCase> {};

// Whether a kind meets the bar: ratings and case results exactly, the rest F1 >= 0.99.
bool MeetsTheBar(const scoring::KindScore& kind) {
  if (kind.kind == "ratings" || kind.kind == "case_results") return kind.tp == kind.gold && kind.tp == kind.out;
  return kind.f1 >= 0.99;
}

TEST_P(LayoutInvariance, SameFindingsAsTheTextFile) {
  const nlohmann::json text = Extracted(GetParam().text);
  const nlohmann::json pdf = Extracted(GetParam().pdf);
  ASSERT_FALSE(text.is_null());
  ASSERT_FALSE(pdf.is_null());
  const scoring::ScoreReport score = scoring::Score(text, pdf);
  const std::string summary = scoring::Summary(score);
  const auto& gaps = GetParam().gaps;
  for (const scoring::KindScore& kind : score.kinds) {
    const bool known_gap = gaps.count(kind.kind) > 0;
    if (known_gap) {
      EXPECT_FALSE(MeetsTheBar(kind)) << kind.kind << " meets the bar now: take it off "
                                      << "tests/scoring/layout_invariance_gaps.txt\n" << summary;
    } else {
      EXPECT_TRUE(MeetsTheBar(kind)) << kind.kind << " (F1 " << kind.f1 << ")\n" << summary;
    }
  }
  if (gaps.count("report") > 0) {
    EXPECT_FALSE(score.report_mismatches.empty()) << "the report fields agree now: take 'report' off "
                                                  << "tests/scoring/layout_invariance_gaps.txt";
  } else {
    EXPECT_TRUE(score.report_mismatches.empty()) << summary;
  }
}

std::string NameOf(const ::testing::TestParamInfo<LayoutCase>& info) {
  std::string name = fs::path(info.param.pdf).parent_path().filename().string() + "_" +
                     fs::path(info.param.pdf).stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, LayoutInvariance, ::testing::ValuesIn(Cases()), NameOf);

}  // namespace
}  // namespace findings

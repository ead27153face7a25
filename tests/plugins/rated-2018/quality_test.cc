// Extraction quality, scored like shared/tools/score.py: South West South Central
// against the gold, Durham Tees Valley against tests/expected (written by reading
// the report), each from its text file and from its PDF.
#include <gtest/gtest.h>

#include <string>

#include "emit/model_json.h"
#include "plugins/plugin_test_support.h"
#include "scoring/scorer.h"

namespace findings::rated2018 {
namespace {

struct QualityCase {
  const char* input;
  const char* expected;
};

const QualityCase kCases[] = {
    {"corpus/text/south-west-south-central.txt", "tests/gold/south-west-south-central.json"},
    {"corpus/pdf/south-west-south-central.pdf", "tests/gold/south-west-south-central.json"},
    {"corpus/text/durham-tees-valley.txt", "tests/expected/durham-tees-valley.json"},
    {"corpus/pdf/durham-tees-valley.pdf", "tests/expected/durham-tees-valley.json"},
};

class RatedQuality : public ::testing::TestWithParam<QualityCase> {};

TEST_P(RatedQuality, MeetsTheIssueBars) {
  const auto gold = scoring::LoadJson(findings::testing::SourcePath(GetParam().expected));
  ASSERT_FALSE(gold.is_null()) << GetParam().expected;
  const nlohmann::json out = nlohmann::json::parse(
      ToJson(testing::kRated.ExtractCorpusFile(GetParam().input).findings).dump());
  const scoring::ScoreReport score = scoring::Score(gold, out);
  const std::string summary = scoring::Summary(score);
  for (const char* exact : {"ratings", "case_results"}) {
    const scoring::KindScore* kind = score.Find(exact);
    ASSERT_NE(kind, nullptr) << exact << "\n" << summary;
    EXPECT_EQ(kind->f1, 1.0) << exact << "\n" << summary;
  }
  for (const scoring::KindScore& kind : score.kinds)
    EXPECT_GE(kind.f1, 0.98) << kind.kind << "\n" << summary;
  EXPECT_TRUE(score.report_mismatches.empty()) << summary;
}

INSTANTIATE_TEST_SUITE_P(Corpus, RatedQuality, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return testing::TestNameOf(info.param.input); });

}  // namespace
}  // namespace findings::rated2018

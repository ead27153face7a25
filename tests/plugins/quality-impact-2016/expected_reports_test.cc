// North London and Kent have no gold here: tests/expected/<report>.json holds, written
// from reading each report, its report block, every key fact, every recommendation and
// every practice example. All must be found, from the text and from the PDF.
#include <gtest/gtest.h>

#include "plugins/plugin_test_support.h"
#include "scoring/scorer.h"

namespace findings::qi2016 {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

class ExpectedReport : public ::testing::TestWithParam<Case> {};

TEST_P(ExpectedReport, FindsEveryKeyFactRecommendationAndPracticeExample) {
  const auto run = testing::kQi.ExtractCorpusFile(GetParam().input);
  const auto expected = scoring::LoadJson(findings::testing::SourcePath(GetParam().expected));
  ASSERT_FALSE(expected.is_null());
  const scoring::ScoreReport score = scoring::Score(
      expected, nlohmann::json::parse(WriteJson(run.findings)),
      {"key_facts", "recommendations", "practice_examples"});
  ASSERT_EQ(score.kinds.size(), 3u) << scoring::Summary(score);
  for (const auto& kind : score.kinds) {
    EXPECT_EQ(kind.r, 1.0) << kind.kind << "\n" << scoring::Summary(score);
    EXPECT_EQ(kind.p, 1.0) << kind.kind << "\n" << scoring::Summary(score);
    for (const auto& [attribute, agreement] : kind.attr)
      EXPECT_EQ(agreement.value_or(0), 1.0) << kind.kind << " " << attribute;
  }
  EXPECT_TRUE(score.report_mismatches.empty()) << scoring::Summary(score);
}

INSTANTIATE_TEST_SUITE_P(
    NorthLondonAndKent, ExpectedReport,
    ::testing::Values(Case{"corpus/text/north-london.txt", "tests/expected/north-london.json"},
                      Case{"corpus/pdf/north-london.pdf", "tests/expected/north-london.json"},
                      Case{"corpus/text/kent.txt", "tests/expected/kent.json"},
                      Case{"corpus/pdf/kent.pdf", "tests/expected/kent.json"}));

}  // namespace
}  // namespace findings::qi2016

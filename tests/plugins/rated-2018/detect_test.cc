// Detection: high confidence on the rated reports (text and PDF), low on the
// Quality & Impact reports and on unrelated text.
#include <gtest/gtest.h>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

struct DetectCase {
  const char* input;
  bool rated;
};

const DetectCase kDetectCases[] = {
    {"corpus/text/south-west-south-central.txt", true},
    {"corpus/pdf/south-west-south-central.pdf", true},
    {"corpus/text/durham-tees-valley.txt", true},
    {"corpus/pdf/durham-tees-valley.pdf", true},
    {"corpus/text/derbyshire.txt", false},
    {"corpus/text/kent.txt", false},
    {"corpus/text/north-london.txt", false},
};

class RatedDetect : public ::testing::TestWithParam<DetectCase> {};

TEST_P(RatedDetect, ConfidenceSeparatesRatedReports) {
  const double confidence =
      Detect(testing::LoadCorpusDocument(GetParam().input), testing::kRated.grammar());
  if (GetParam().rated)
    EXPECT_GE(confidence, 0.8) << GetParam().input;
  else
    EXPECT_LE(confidence, 0.2) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(Corpus, RatedDetect, ::testing::ValuesIn(kDetectCases),
                         [](const auto& info) { return testing::TestNameOf(info.param.input); });

TEST(RatedDetect, UnrelatedTextScoresLow) {
  const Document doc =
      testing::DocumentOf({"Minutes of the parish council meeting",
                           "The council agreed that the footpath is in good repair.",
                           "Attendance was 85% of members. Rating: Good"});
  EXPECT_LE(Detect(doc, testing::kRated.grammar()), 0.2);
}

}  // namespace
}  // namespace findings::rated2018

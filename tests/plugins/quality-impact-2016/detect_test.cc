// Detect is confident on the 2016 Quality & Impact reports and not on others.
#include <gtest/gtest.h>

#include "plugins/plugin_test_support.h"

namespace findings::qi2016 {
namespace {

double DetectFile(const std::string& relative) {
  auto loaded = LoadDocument(findings::testing::SourcePath(relative));
  if (!loaded.ok()) {
    ADD_FAILURE() << relative << ": " << loaded.status().message();
    return -1;
  }
  return Detect(loaded->doc, testing::kQi.grammar());
}

class OwnReport : public ::testing::TestWithParam<const char*> {};
TEST_P(OwnReport, IsDetectedWithHighConfidence) { EXPECT_GE(DetectFile(GetParam()), 0.8); }
INSTANTIATE_TEST_SUITE_P(
    Corpus, OwnReport,
    ::testing::Values("corpus/text/derbyshire.txt", "corpus/text/north-london.txt",
                      "corpus/text/kent.txt", "corpus/pdf/derbyshire.pdf",
                      "corpus/pdf/derbyshire-two-column.pdf", "corpus/pdf/north-london.pdf",
                      "corpus/pdf/kent.pdf"));

class OtherReport : public ::testing::TestWithParam<const char*> {};
TEST_P(OtherReport, IsDetectedWithLowConfidence) { EXPECT_LE(DetectFile(GetParam()), 0.2); }
INSTANTIATE_TEST_SUITE_P(Corpus, OtherReport,
                         ::testing::Values("corpus/text/south-west-south-central.txt",
                                           "corpus/text/durham-tees-valley.txt",
                                           "corpus/pdf/south-west-south-central.pdf"));

TEST(Detect, UnrelatedTextHasNoConfidence) {
  const Document doc = testing::DocumentOf(
      {"Minutes of the parish council", "The effectiveness of the new bus timetable was discussed.",
       "Good practice example: the village hall booking form."});
  EXPECT_LE(Detect(doc, testing::kQi.grammar()), 0.2);
}

}  // namespace
}  // namespace findings::qi2016

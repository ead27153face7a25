// Body percentages get the catalogue's measure wherever the measure recurs, not only
// in the report where it was first seen. Expected values read from corpus/text/kent.txt
// ("Reducing reoffending > NPS effectiveness": reports for sentencing and assessment;
// "Abiding by the sentence > CRC effectiveness": absences).
#include <gtest/gtest.h>

#include <tuple>

#include "plugins/plugin_test_support.h"

namespace findings::qi2016 {
namespace {

using Measured = std::tuple<std::string, std::string, double>;  // measure, provider, value

std::vector<Measured> BodyMeasures(const Findings& f) {
  std::vector<Measured> out;
  for (const Percentage& p : f.percentages)
    if (p.measure && !p.period) out.emplace_back(*p.measure, p.provider.value_or("-"), p.value);
  return out;
}

TEST(PercentageMeasures, KentsCourtAssessmentAndAbsenceFiguresAreCatalogueMeasures) {
  const std::vector<Measured> expected = {{"court.proposals-focused", "NPS", 81},
                                          {"reoffending.assessment-sufficient", "NPS", 73},
                                          {"sentence.absences-responded", "CRC", 70}};
  EXPECT_EQ(BodyMeasures(testing::kQi.ExtractCorpusFile("corpus/text/kent.txt").findings),
            expected);
  EXPECT_EQ(BodyMeasures(testing::kQi.ExtractCorpusFile("corpus/pdf/kent.pdf").findings), expected);
}

TEST(PercentageMeasures, AMeasureIsRecognisedInAnyReportsWording) {
  Findings f;
  ASSERT_TRUE(Extract(testing::DocumentOf({
                          "3. An evaluation of the quality of probation services in Y",
                          "Protecting the public",
                          "CRC effectiveness",
                          "Overall, we assessed that all reasonable action had been taken by the "
                          "responsible officer to keep to a minimum the offender's risk of harm to "
                          "others in 55% of all cases.",
                      }),
                      testing::kQi.grammar(), &f)
                  .ok());
  EXPECT_EQ(BodyMeasures(f),
            (std::vector<Measured>{{"rosh.action-taken.responsible-officer", "CRC", 55}}));
}

}  // namespace
}  // namespace findings::qi2016

namespace findings::qi2016 {
namespace {

// A footnote's figure is read in the footnote's own sentence. Its sentence had been
// sought in the text of the paragraphs around it, which leave the footnote out, so
// the figure's offset pointed past that text's end (a fuzzer found the overflow).
TEST(PercentageSentences, AFootnotesFigureHasTheFootnotesSentence) {
  Findings f;
  ASSERT_TRUE(Extract(testing::DocumentOf({
                          "3. An evaluation of the quality of probation services in Y",
                          "Protecting the public",
                          "CRC effectiveness",
                          "Staff met the offender promptly.[^1]",
                          "[^1] Nationally, the figure was 61%. It has since risen.",
                      }),
                      testing::kQi.grammar(), &f)
                  .ok());
  ASSERT_EQ(f.percentages.size(), 1u);
  EXPECT_EQ(f.percentages[0].value, 61);
  EXPECT_EQ(f.percentages[0].sentence, "Nationally, the figure was 61%.");
}

}  // namespace
}  // namespace findings::qi2016

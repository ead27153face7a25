// A number of 40 digits wherever rated-2018 reads a number: the plugin never throws
// (findings/plugin.h), it reads what is printed or says what it could not read.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

const std::string k40 = "1234567890123456789012345678901234567890";

std::vector<std::string> Report(const std::vector<std::string>& recommendations,
                                const std::vector<std::string>& body,
                                const std::vector<std::string>& annex) {
  std::vector<std::string> lines = {"An inspection of", "Somewhere National Probation Service",
                                    "Overall findings", "Overall rating\tGood", "Recommendations"};
  lines.insert(lines.end(), recommendations.begin(), recommendations.end());
  lines.push_back("Background");
  lines.insert(lines.end(), body.begin(), body.end());
  lines.push_back("Annex 2: Inspection results: domains two and three");
  lines.insert(lines.end(), annex.begin(), annex.end());
  lines.push_back("Annex 4: Glossary");
  return lines;
}

TEST(RatedLargeNumbers, APercentageIsReadAsPrinted) {
  const Findings f =
      testing::kRated.ExtractLines(Report({}, {"Caseloads grew by " + k40 + "% in one year."}, {}));
  ASSERT_EQ(f.percentages.size(), 1u);
  EXPECT_EQ(f.percentages[0].value, 1234567890123456789012345678901234567890.0);
  EXPECT_EQ(f.percentages[0].sentence, "Caseloads grew by " + k40 + "% in one year.");
}

TEST(RatedLargeNumbers, ACaseResultFigureOverAHundredIsADiagnostic) {
  const Findings f = testing::kRated.ExtractLines(
      Report({}, {},
             {"2.1.2.\tDoes assessment focus sufficiently on the factors linked to offending and "
              "desistance?\t" +
              k40 + "%"}));
  bool found = false;
  for (const CaseResult& c : f.case_results)
    if (c.question == "2.1.2") {
      found = true;
      EXPECT_FALSE(c.percent.has_value());
    }
  EXPECT_TRUE(found);
  EXPECT_TRUE(testing::HasDiagnostic(f, "case_results.unreadable-figure"));
}

TEST(RatedLargeNumbers, AnAnnouncedCountTooLargeIsAMismatch) {
  const Findings f = testing::kRated.ExtractLines(
      Report({"As a result of our inspection findings we have made " + k40 + " recommendations.",
              "The NPS should:", "1. review workloads."},
             {}, {}));
  ASSERT_EQ(f.recommendations.size(), 1u);
  EXPECT_EQ(f.recommendations[0].text, "review workloads");
  EXPECT_TRUE(testing::HasDiagnostic(f, "recommendations.count-mismatch"));
}

TEST(RatedLargeNumbers, AFootnoteMarkerTooLargeStaysInTheText) {
  const Findings f = testing::kRated.ExtractLines(
      Report({"The NPS should:", "1. review workloads[^" + k40 + "]."},
             {"Caseloads grew by 12%[^" + k40 + "] in one year."}, {}));
  ASSERT_EQ(f.recommendations.size(), 1u);
  EXPECT_EQ(f.recommendations[0].text, "review workloads[^" + k40 + "]");
  ASSERT_EQ(f.percentages.size(), 1u);
  EXPECT_EQ(f.percentages[0].value, 12);
  EXPECT_TRUE(f.percentages[0].footnotes.empty());
}

}  // namespace
}  // namespace findings::rated2018

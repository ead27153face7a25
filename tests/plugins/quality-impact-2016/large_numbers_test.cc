// A number of 40 digits wherever quality-impact-2016 reads a number: the plugin
// never throws (findings/plugin.h), it reads what is printed or leaves it as text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plugins/plugin_test_support.h"

namespace findings::qi2016 {
namespace {

const std::string k40 = "1234567890123456789012345678901234567890";

std::vector<std::string> Report(const std::vector<std::string>& key_facts,
                                const std::vector<std::string>& recommendations,
                                const std::vector<std::string>& evaluation) {
  std::vector<std::string> lines = {"Key facts"};
  lines.insert(lines.end(), key_facts.begin(), key_facts.end());
  lines.push_back("1. Overall judgements and recommendations");
  lines.push_back("Recommendations");
  lines.insert(lines.end(), recommendations.begin(), recommendations.end());
  lines.push_back("3. An evaluation of the quality of probation services in X");
  lines.push_back("Abiding by the sentence");
  lines.push_back("CRC effectiveness");
  lines.insert(lines.end(), evaluation.begin(), evaluation.end());
  return lines;
}

TEST(QiLargeNumbers, APercentageIsReadAsPrinted) {
  const Findings f = testing::kQi.ExtractLines(
      Report({}, {}, {"Contact was sufficient in " + k40 + "% of cases."}));
  ASSERT_EQ(f.percentages.size(), 1u);
  EXPECT_EQ(f.percentages[0].value, 1234567890123456789012345678901234567890.0);
}

TEST(QiLargeNumbers, AKeyFactIsReadAsPrinted) {
  const Findings f = testing::kQi.ExtractLines(
      Report({"• " + k40 + " The number of cases supervised by the CRC."}, {}, {}));
  ASSERT_EQ(f.key_facts.size(), 1u);
  EXPECT_EQ(f.key_facts[0].value, 1234567890123456789012345678901234567890.0);
  EXPECT_EQ(f.key_facts[0].value_text, k40);
}

TEST(QiLargeNumbers, ARecommendationNumberTooLongIsNotANumberedItem) {
  const Findings f = testing::kQi.ExtractLines(
      Report({},
             {"The National Probation Service should:", "1. review workloads.",
              k40 + ". audit the facilities."},
             {}));
  ASSERT_EQ(f.recommendations.size(), 1u);
  EXPECT_EQ(f.recommendations[0].number, 1);
  // The line is taken as the item wrapping on, after the item's closing "." was trimmed.
  EXPECT_EQ(f.recommendations[0].text, "review workloads " + k40 + ". audit the facilities");
}

TEST(QiLargeNumbers, AFootnoteMarkerTooLargeStaysInTheText) {
  const Findings f = testing::kQi.ExtractLines(
      Report({}, {}, {"Contact was sufficient in 70%[^" + k40 + "] of cases."}));
  ASSERT_EQ(f.percentages.size(), 1u);
  EXPECT_EQ(f.percentages[0].value, 70);
  EXPECT_TRUE(f.percentages[0].footnotes.empty());
  EXPECT_EQ(f.percentages[0].sentence, "Contact was sufficient in 70%[^" + k40 + "] of cases.");
}

}  // namespace
}  // namespace findings::qi2016

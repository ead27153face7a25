// Case examples: a lead-in line, then the case in quotation marks; also where a
// layout ran the lead-in into the case's first paragraph.
#include <gtest/gtest.h>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

std::vector<std::string> WithExample(const std::vector<std::string>& example) {
  std::vector<std::string> lines = {
      "An inspection of",    "Somewhere Community Rehabilitation Company",
      "Overall findings",    "Overall rating\tGood",
      "2. Case supervision", "2.1. Assessment"};
  lines.insert(lines.end(), example.begin(), example.end());
  lines.push_back("Staff had not sought information from other agencies.");
  return lines;
}

constexpr const char* kCase =
    "Craig had received a suspended sentence order. The plan failed to address his offending "
    "behaviour.";

TEST(RatedPracticeExamples, ReadsTheCaseUnderItsLeadIn) {
  const Findings f = testing::kRated.ExtractLines(WithExample(
      {"As an illustration, in one case, we noted:", "\"" + std::string(kCase) + "\""}));
  ASSERT_EQ(f.practice_examples.size(), 1u);
  EXPECT_EQ(f.practice_examples[0].text, kCase);
}

TEST(RatedPracticeExamples, ReadsTheCaseALayoutRanIntoItsLeadIn) {
  const Findings f = testing::kRated.ExtractLines(
      WithExample({"As an illustration, in one case, we noted: \"" + std::string(kCase) + "\""}));
  ASSERT_EQ(f.practice_examples.size(), 1u);
  EXPECT_EQ(f.practice_examples[0].text, kCase);
}

TEST(RatedPracticeExamples, ASentenceQuotingAfterAColonIsNoLeadIn) {
  const Findings f = testing::kRated.ExtractLines(WithExample(
      {"An inspector said, of one case involving BBR attendance: \"This is a very well-managed "
       "case.\""}));
  EXPECT_TRUE(f.practice_examples.empty());
}

}  // namespace
}  // namespace findings::rated2018

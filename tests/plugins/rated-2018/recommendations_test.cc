// Recommendations: numbering across addressee groups, an item that lost its number,
// and a count that disagrees with the one the report announces.
#include <gtest/gtest.h>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

std::vector<std::string> WithRecommendations(const std::vector<std::string>& items) {
  std::vector<std::string> lines = {"An inspection of", "Somewhere National Probation Service",
                                    "Overall findings", "Overall rating\tGood", "Recommendations",
                                    "As a result of our inspection findings we have made three "
                                    "recommendations that we believe will help."};
  lines.insert(lines.end(), items.begin(), items.end());
  lines.push_back("Background");
  return lines;
}

TEST(RatedRecommendations, AddresseeGroupsAndNumbering) {
  const Findings f = testing::kRated.ExtractLines(WithRecommendations(
      {"The NPS delivering services in Somewhere should:", "• 1. review workloads.",
       "• require staff to use all information",
       "The Ministry of Justice should:", "3. audit the facilities."}));
  ASSERT_EQ(f.recommendations.size(), 3u);
  EXPECT_EQ(f.recommendations[0].addressees, std::vector<std::string>{"NPS"});
  EXPECT_EQ(f.recommendations[0].text, "review workloads");
  EXPECT_EQ(f.recommendations[1].number, 2);
  EXPECT_TRUE(testing::HasDiagnostic(f, "recommendations.number-missing"));
  EXPECT_EQ(f.recommendations[2].addressees, std::vector<std::string>{"MOJ"});
  EXPECT_EQ(f.recommendations[2].addressee_text, "The Ministry of Justice");
  EXPECT_FALSE(testing::HasDiagnostic(f, "recommendations.count-mismatch"));
}

// A footnote between two recommendations is none of their text: the document says it
// is a footnote (the text cites its number before), whatever its first word.
TEST(RatedRecommendations, AFootnoteBetweenThemIsNoneOfTheirText) {
  std::vector<std::string> lines = WithRecommendations(
      {"The NPS delivering services in Somewhere should:", "1. review workloads.",
       "7 'Transforming Rehabilitation', National Audit Office, 2016", "2. audit the facilities.",
       "3. recruit staff."});
  lines[5] = "As a result of our inspection findings[^7] we have made three recommendations.";
  const Findings f = testing::kRated.ExtractLines(lines);
  ASSERT_EQ(f.recommendations.size(), 3u);
  EXPECT_EQ(f.recommendations[0].text, "review workloads");
  EXPECT_EQ(f.recommendations[1].text, "audit the facilities");
}

// Items numbered without a full stop (ReportLab's default list): the number a cell of
// its own before the text, or, in a list of one item, a word of its line. A wrapped line
// that starts with a number not next in turn ("12 months") is no item.
TEST(RatedRecommendations, ItemsNumberedWithoutAFullStop) {
  const Findings f = testing::kRated.ExtractLines(WithRecommendations(
      {"The NPS delivering services in Somewhere should:", "1\treview workloads for the",
       "12 months after the inspection", "2\taudit the facilities.",
       "The Ministry of Justice should:", "3 recruit staff."}));
  ASSERT_EQ(f.recommendations.size(), 3u);
  EXPECT_EQ(f.recommendations[0].number, 1);
  EXPECT_EQ(f.recommendations[0].text, "review workloads for the 12 months after the inspection");
  EXPECT_EQ(f.recommendations[1].number, 2);
  EXPECT_EQ(f.recommendations[2].number, 3);
  EXPECT_EQ(f.recommendations[2].addressees, std::vector<std::string>{"MOJ"});
  EXPECT_EQ(f.recommendations[2].text, "recruit staff");
}

TEST(RatedRecommendations, FewerThanAnnouncedIsADiagnostic) {
  const Findings f = testing::kRated.ExtractLines(WithRecommendations(
      {"Her Majesty's Prison and Probation Service should:", "1. recruit staff."}));
  ASSERT_EQ(f.recommendations.size(), 1u);
  EXPECT_EQ(f.recommendations[0].addressees, std::vector<std::string>{"HMPPS"});
  EXPECT_TRUE(testing::HasDiagnostic(f, "recommendations.count-mismatch"));
}

}  // namespace
}  // namespace findings::rated2018

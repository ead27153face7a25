#include "layout/capitals.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace findings {
namespace {

using Pages = std::vector<std::vector<std::string>>;

TEST(RestoreCapitalisedLines, ReadsAHeadingInCapitalsAsTheContentsPageWritesIt) {
  Pages pages = {{"Contents", "Key facts\t5", "1. Overall judgements and recommendations\t6"},
                 {"KEY FACTS", "251,170 The total number of offenders"},
                 {"1. OVERALL JUDGEMENTS AND RECOMMENDATIONS", "The CRC should:"}};
  RestoreCapitalisedLines(pages);
  EXPECT_EQ(pages[1][0], "Key facts");
  EXPECT_EQ(pages[2][0], "1. Overall judgements and recommendations");
  EXPECT_EQ(pages[0][1], "Key facts\t5") << "the contents page itself is left as it is";
}

TEST(RestoreCapitalisedLines, LeavesCapitalsWithNoTwinInAnotherCase) {
  Pages pages = {{"NPS", "HM INSPECTORATE OF PROBATION", "The NPS division"}, {"DTV CRC\tGood"}};
  const Pages before = pages;
  RestoreCapitalisedLines(pages);
  EXPECT_EQ(pages, before);
}

// A heading in capitals the document writes nowhere else: each word as the
// document writes it most often, the first with a capital; a word it writes only in
// capitals stays so. Where one word is written nowhere else, or the line has one
// word, it is left as printed.
TEST(RestoreCapitalisedLines, WritesEachWordOfALineInCapitalsAsTheDocumentWritesIt) {
  Pages pages = {
      {"In March 2019 Durham Tees Valley CRC leaders focus on the provision of services.",
       "The CRC has a strong team. Staff should have manageable workloads."},
      {"• DURHAM TEES VALLEY CRC HAS A STRONG TEAM", "1. THE PROVISION OF SERVICES",
       "DURHAM TEES VALLEY CRC SHOULD:", "DAME GLENYS STACEY, CHIEF INSPECTOR", "STAFF",
       "MARCH 2019"}};
  RestoreCapitalisedLines(pages);
  EXPECT_EQ(pages[1][0], "• Durham Tees Valley CRC has a strong team");
  EXPECT_EQ(pages[1][1], "1. The provision of services");
  EXPECT_EQ(pages[1][2], "Durham Tees Valley CRC should:");
  EXPECT_EQ(pages[1][3], "DAME GLENYS STACEY, CHIEF INSPECTOR");
  EXPECT_EQ(pages[1][4], "STAFF") << "one word: an author's capitals as likely as a style's";
  EXPECT_EQ(pages[1][5], "MARCH 2019");
}

TEST(RestoreCapitalisedLines, LeavesTableRowsAndLinesInMixedCase) {
  Pages pages = {{"Leadership\tGood", "LEADERSHIP\tGOOD", "Recommendations", "Recommendations for the NPS"}};
  const Pages before = pages;
  RestoreCapitalisedLines(pages);
  EXPECT_EQ(pages, before);
}

}  // namespace
}  // namespace findings

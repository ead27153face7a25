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

TEST(RestoreCapitalisedLines, LeavesTableRowsAndLinesInMixedCase) {
  Pages pages = {{"Leadership\tGood", "LEADERSHIP\tGOOD", "Recommendations", "Recommendations for the NPS"}};
  const Pages before = pages;
  RestoreCapitalisedLines(pages);
  EXPECT_EQ(pages, before);
}

}  // namespace
}  // namespace findings

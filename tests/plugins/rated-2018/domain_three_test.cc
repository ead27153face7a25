// A CRC report gives the standards of its domain three as 4.x, an NPS report as 3.x.
#include <gtest/gtest.h>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

bool HasStandardPrefix(const Findings& f, char domain) {
  for (const Rating& r : f.ratings)
    if (r.standard[0] == domain) return true;
  for (const CaseResult& c : f.case_results)
    if (c.question[0] == domain) return true;
  return false;
}

TEST(RatedDomainThree, CrcReportGivesFourPointX) {
  const Findings f =
      testing::kRated.ExtractCorpusFile("corpus/text/durham-tees-valley.txt").findings;
  ASSERT_EQ(f.report.providers.size(), 1u);
  EXPECT_EQ(f.report.providers[0].type, "CRC");
  EXPECT_TRUE(HasStandardPrefix(f, '4'));
  EXPECT_FALSE(HasStandardPrefix(f, '3'));
}

TEST(RatedDomainThree, NpsReportGivesThreePointX) {
  const Findings f =
      testing::kRated.ExtractCorpusFile("corpus/text/south-west-south-central.txt").findings;
  ASSERT_EQ(f.report.providers.size(), 1u);
  EXPECT_EQ(f.report.providers[0].type, "NPS");
  EXPECT_TRUE(HasStandardPrefix(f, '3'));
  EXPECT_FALSE(HasStandardPrefix(f, '4'));
}

TEST(RatedReportBlock, CopyrightYearOnlyGivesYearAndDiagnostic) {
  const Findings f =
      testing::kRated.ExtractCorpusFile("corpus/text/south-west-south-central.txt").findings;
  EXPECT_EQ(f.report.published, "2018");
  EXPECT_EQ(f.report.id, "south-west-south-central-2018");
  EXPECT_TRUE(testing::HasDiagnostic(f, "report.month-unknown"));
}

TEST(RatedReportBlock, CoverMonthGivesMonth) {
  const Findings f =
      testing::kRated.ExtractCorpusFile("corpus/text/durham-tees-valley.txt").findings;
  EXPECT_EQ(f.report.published, "2019-03");
  EXPECT_EQ(f.report.fieldwork_started, "2018-11");
  EXPECT_EQ(f.report.lead_inspector, "Joseph Simpson");
  EXPECT_FALSE(testing::HasDiagnostic(f, "report.month-unknown"));
}

}  // namespace
}  // namespace findings::rated2018

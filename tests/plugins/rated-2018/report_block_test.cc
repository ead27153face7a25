// The report block: the cover's area and provider, whether its lines come one to a
// block or run together (a cover the layout could not tell apart).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

Findings WithCover(const std::vector<std::string>& cover) {
  std::vector<std::string> lines = cover;
  lines.insert(lines.end(), {"Contents", "Overall findings", "Overall rating\tGood"});
  return testing::kRated.ExtractLines(lines);
}

struct CoverCase {
  const char* name;
  std::vector<std::string> cover;
};

const CoverCase kCovers[] = {
    {"LineByLine",
     {"An inspection of", "South West South Central", "National Probation Service",
      "HM Inspectorate of Probation"}},
    {"AreaAndProviderOnOneLine",
     {"An inspection of", "South West South Central National Probation Service",
      "HM Inspectorate of Probation"}},
    {"ProviderRunsIntoTheInspectorate",
     {"An inspection of",
      "South West South Central National Probation Service HM Inspectorate "
      "of Probation"}},
    {"AllOnOneLine",
     {"An inspection of South West South Central National Probation Service HM Inspectorate of "
      "Probation"}},
    {"LeadRunsIntoTheArea",
     {"An inspection of South West South Central", "National Probation Service",
      "HM Inspectorate of Probation"}},
    // A cover in capitals, read back with each word as the text writes it most often.
    {"InCapitalsReadBack",
     {"An inspection of South West South Central", "National probation service",
      "HM Inspectorate of probation"}},
};

class RatedCover : public ::testing::TestWithParam<CoverCase> {};

TEST_P(RatedCover, ReadsTheAreaAndTheProvider) {
  const Findings f = WithCover(GetParam().cover);
  EXPECT_EQ(f.report.area, "South West South Central");
  ASSERT_EQ(f.report.providers.size(), 1u);
  EXPECT_EQ(f.report.providers[0].type, "NPS");
  EXPECT_FALSE(testing::HasDiagnostic(f, "report.provider-unknown"));
}

INSTANTIATE_TEST_SUITE_P(Layouts, RatedCover, ::testing::ValuesIn(kCovers),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(RatedCover, ACoverNamingNoProviderIsADiagnostic) {
  const Findings f = WithCover({"An inspection of", "South West South Central",
                                "HM Inspectorate of Probation"});
  EXPECT_EQ(f.report.area, "South West South Central");
  EXPECT_TRUE(f.report.providers.empty());
  EXPECT_TRUE(testing::HasDiagnostic(f, "report.provider-unknown"));
}

// The same with the lead run into the area: the lines after name no provider, so the
// area is the cover line's alone.
TEST(RatedCover, ACoverLineWithTheAreaNamingNoProviderKeepsItsArea) {
  const Findings f = WithCover({"An inspection of South West South Central", "A joint report",
                                "HM Inspectorate of Probation"});
  EXPECT_EQ(f.report.area, "South West South Central");
  EXPECT_TRUE(testing::HasDiagnostic(f, "report.provider-unknown"));
}

// The cover's month set in the title's type at its pitch, read into the title's last
// line: the month is the cover's, and the title ends before it.
TEST(RatedCover, ReadsTheMonthReadIntoTheTitlesLastLine) {
  const Findings f = WithCover({"An inspection of Durham Tees Valley Community",
                                "Rehabilitation Company MARCH 2019", "© Crown copyright 2018"});
  EXPECT_EQ(f.report.published, "2019-03");
  EXPECT_EQ(f.report.title, "An inspection of Durham Tees Valley Community Rehabilitation Company");
  EXPECT_EQ(f.report.area, "Durham Tees Valley");
}

}  // namespace
}  // namespace findings::rated2018

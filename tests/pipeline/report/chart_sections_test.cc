// The sections with a chart (report/sections.h): a placeholder the page script
// fills and, behind it, the same numbers as a table.
#include <gtest/gtest.h>

#include <string>

#include "report/report_assets.h"
#include "report/sections.h"

namespace findings::report {
namespace {

bool Has(const std::string& html, const std::string& part) {
  return html.find(part) != std::string::npos;
}

ReportRows Rated() {
  ReportRows rows;
  rows.ratings.push_back({"NPS", "South West (2018)", "2.1", "Assessment & <planning>",
                          "Requires improvement", {"swsc-2018", 12}});
  return rows;
}

TEST(ChartSections, ASectionWithRowsHasAChartAndItsTable) {
  const std::string html = RatingsSection(Rated());
  EXPECT_EQ(html.rfind("<section id=\"ratings\"><h2>Ratings</h2>", 0), 0u) << html;
  EXPECT_TRUE(Has(html, "<div class=\"chart\" id=\"chart-ratings\" data-chart=\"ratings\""));
  EXPECT_TRUE(Has(html, "<table class=\"data\" id=\"ratings-table\">"));
  EXPECT_TRUE(Has(html, "\">Requires improvement</span>"));
  EXPECT_TRUE(Has(html, "<span class=\"trace\">swsc-2018 p. 12</span>"));
}

TEST(ChartSections, ARatingCellHasTheStyleSheetsClass) {
  const std::string html = RatingsSection(Rated());
  EXPECT_TRUE(Has(html, "<span class=\"rating-requires-improvement\">Requires improvement</span>"))
      << html;
  EXPECT_NE(ReportAsset("report.css").find(".rating-requires-improvement"), std::string_view::npos);
}

TEST(ChartSections, EveryTextIsEscaped) {
  const std::string html = RatingsSection(Rated());
  EXPECT_TRUE(Has(html, "Assessment &amp; &lt;planning&gt;"));
  EXPECT_FALSE(Has(html, "<planning>"));
}

TEST(ChartSections, ASectionWithoutRowsSaysSoAndHasNoChart) {
  const ReportRows none;
  for (const std::string& html : {RatingsSection(none), CaseResultsSection(none),
                                  MeasuresSection(none), TimelineSection(none),
                                  KeyFactsSection(none)}) {
    EXPECT_TRUE(Has(html, "<p class=\"empty\">None in this dataset.</p></section>")) << html;
    EXPECT_FALSE(Has(html, "class=\"chart\"")) << html;
  }
}

TEST(ChartSections, CaseResultsArePerYearOnlyWhenTheReportsSpanYears) {
  ReportRows rows;
  rows.case_points.push_back({"2.1.1", "Engaging?", "NPS", "Kent", "2018", 83, {"kent-2018", 3}});
  rows.case_means.push_back({"2.1.1", "NPS", "", 83, 1, "kent-2018"});
  std::string html = CaseResultsSection(rows);
  EXPECT_TRUE(Has(html, "<caption>Mean % yes per provider type</caption>"));
  EXPECT_TRUE(Has(html, "<td>all</td>"));  // a mean over every year
  EXPECT_FALSE(Has(html, "per year of publication"));
  rows.multi_year = true;
  html = CaseResultsSection(rows);
  EXPECT_TRUE(Has(html, "<caption>Mean % yes per provider type and year</caption>"));
  EXPECT_TRUE(Has(html, ", per year of publication."));
}

TEST(ChartSections, MeasuresAndKeyFactsAboutNoProviderAreForBoth) {
  ReportRows rows;
  rows.measures.push_back({"rosh.action-taken", "Derbyshire", "", 72.5, "In 72.5% of cases.",
                           {"derbyshire-2016-09", std::nullopt}});
  rows.key_facts.push_back({"caseload.national", "count", "", "Derbyshire", "2016-09", 1, 251170,
                            "251,170", "Offenders supervised", {"derbyshire-2016-09", 2}});
  const std::string measures = MeasuresSection(rows);
  EXPECT_TRUE(Has(measures, "<td>both</td><td>72.5</td>")) << measures;
  EXPECT_TRUE(Has(measures, "<span class=\"trace\">derbyshire-2016-09</span>"));
  const std::string facts = KeyFactsSection(rows);
  EXPECT_TRUE(Has(facts, "<td>both</td><td>Derbyshire</td><td>2016-09</td><td>251,170</td>"))
      << facts;
}

TEST(ChartSections, AnEarlierScoreWhoseColumnWasNotReadSaysSo) {
  ReportRows rows;
  rows.timeline.push_back({"Kent", "2010", 2010, "earlier inspection", "Probation Trust",
                           "Scores of 2010", {"kent-2016-10", 30}});
  rows.earlier_scores.push_back(
      {"Kent", "2010", "omi2.risk-of-harm", "", 64, {"kent-2016-10", 30}});
  const std::string html = TimelineSection(rows);
  EXPECT_TRUE(Has(html, "<td>omi2.risk-of-harm</td><td>not read</td><td>64</td>")) << html;
  EXPECT_TRUE(Has(html, "<td>Kent</td><td>2010</td><td>earlier inspection</td>"));
}

}  // namespace
}  // namespace findings::report

#include "report/report_rows.h"

#include <gtest/gtest.h>

namespace findings::report {
namespace {

Findings Rated(const std::string& id, const std::string& type, const std::string& published) {
  Findings f;
  f.report.id = id;
  f.report.area = id;
  f.report.published = published;
  f.report.providers = {{type, type + " of " + id}};
  f.ratings = {{std::nullopt, "overall", "Overall", "Good", {7, 0, 0}},
               {std::nullopt, "1.1", "Leadership", "Inadequate", {8, 0, 0}}};
  f.case_results = {{std::nullopt, "2.1.1", "Engaging?", 60.0, {30, 0, 0}},
                    {std::nullopt, "2.1.2", "Diversity?", std::nullopt, {30, 0, 0}}};
  return f;
}

TEST(BuildRows, OneRatingCellPerRatingCrcBeforeNps) {
  ReportRows rows = BuildRows({Rated("a", "NPS", "2018"), Rated("b", "CRC", "2019-03")});
  ASSERT_EQ(rows.ratings.size(), 4u);
  EXPECT_EQ(rows.ratings[0].provider_type, "CRC");
  EXPECT_EQ(rows.ratings[0].provider, "CRC of b (2019-03)");
  EXPECT_EQ(rows.ratings[3].provider_type, "NPS");
  EXPECT_EQ(rows.ratings[3].trace.report_id, "a");
  EXPECT_EQ(rows.ratings[3].trace.page, 8);
}

TEST(BuildRows, OverallRatingNamesTheProviderOnlyWhenTheReportHasTwo) {
  Findings two = Rated("k", "CRC", "2016-10");
  two.report.providers.push_back({"NPS", "division"});
  two.ratings[0].provider = "NPS";
  ReportRows rows = BuildRows({Rated("a", "NPS", "2018"), two});
  EXPECT_EQ(rows.reports[0].overall, "Good");
  EXPECT_EQ(rows.reports[1].overall, "NPS: Good");
}

TEST(BuildRows, CaseResultsWithoutAPercentAreNotPlotted) {
  ReportRows rows = BuildRows({Rated("a", "NPS", "2018")});
  ASSERT_EQ(rows.case_points.size(), 1u);
  EXPECT_EQ(rows.case_points[0].question, "2.1.1");
  EXPECT_EQ(rows.case_points[0].year, "2018");
}

TEST(BuildRows, MeansPerProviderTypeAndYearOnlyWhenTheDatasetSpansYears) {
  Findings second = Rated("c", "NPS", "2018");
  second.case_results[0].percent = 80.0;
  ReportRows one_year = BuildRows({Rated("a", "NPS", "2018"), second});
  EXPECT_FALSE(one_year.multi_year);
  ASSERT_EQ(one_year.case_means.size(), 1u);
  EXPECT_DOUBLE_EQ(one_year.case_means[0].mean, 70.0);
  EXPECT_EQ(one_year.case_means[0].reports, 2);
  EXPECT_EQ(one_year.case_means[0].report_ids, "a, c");
  EXPECT_EQ(one_year.case_means[0].year, "");

  ReportRows two_years = BuildRows({Rated("a", "NPS", "2018"), Rated("b", "NPS", "2019-01"), second});
  EXPECT_TRUE(two_years.multi_year);
  ASSERT_EQ(two_years.case_means.size(), 2u);
  EXPECT_EQ(two_years.case_means[0].year, "2018");
  EXPECT_DOUBLE_EQ(two_years.case_means[0].mean, 70.0);
}

TEST(BuildRows, RecommendationsGroupedByTheirAddressees) {
  Findings f = Rated("a", "CRC", "2016");
  f.recommendations = {{1, {"CRC", "NPS"}, "both", "share", {9, 0, 0}},
                       {2, {"CRC"}, "the CRC", "improve", {9, 0, 0}},
                       {3, {}, "", "unclear", {std::nullopt, 0, 0}}};
  ReportRows rows = BuildRows({f});
  ASSERT_EQ(rows.recommendations.size(), 3u);
  EXPECT_EQ(rows.recommendations[0].group, "CRC");
  EXPECT_EQ(rows.recommendations[1].group, "CRC & NPS");
  EXPECT_EQ(rows.recommendations[2].group, "unspecified");
}

TEST(BuildRows, MeasuresKeepTheirProviderOrNone) {
  Findings f = Rated("d", "CRC", "2016-09");
  Percentage p;
  p.value = 48;
  p.measure = "rosh.progress.public";
  p.provider = "CRC";
  f.percentages = {p, Percentage{}};
  f.percentages[1].measure = "rosh.progress.staff";
  ReportRows rows = BuildRows({f});
  ASSERT_EQ(rows.measures.size(), 2u);
  EXPECT_EQ(rows.measures[0].provider_type, "CRC");
  EXPECT_EQ(rows.measures[1].provider_type, "");
}

TEST(BuildRows, KeyFactsWithAnIdInPanelOrderAndEarlierScoresAreNotMeasures) {
  Findings f = Rated("kent-2016-10", "CRC", "2016-10");
  f.key_facts = {{251170, "count", "251,170", std::nullopt, std::nullopt, "caseload.national",
                  "The total number …", {}, {5, 0, 0}},
                 {9, "count", "9", std::nullopt, "CRC", std::nullopt, "A new fact", {}, {5, 0, 0}},
                 {8392, "count", "8,392", std::nullopt, "CRC", "caseload.crc", "The number …", {}, {5, 0, 0}}};
  Percentage earlier;
  earlier.value = 86;
  earlier.measure = "iaow.assisting-sentencing";
  earlier.period = "2014";
  earlier.basis = "area";
  f.percentages = {earlier};
  ReportRows rows = BuildRows({f});
  ASSERT_EQ(rows.key_facts.size(), 2u);  // the fact without an id is in the document, not the chart
  EXPECT_EQ(rows.key_facts[0].fact, "caseload.national");
  EXPECT_EQ(rows.key_facts[0].provider_type, "");
  EXPECT_EQ(rows.key_facts[1].fact, "caseload.crc");
  EXPECT_EQ(rows.key_facts[1].order, 3);
  EXPECT_EQ(rows.key_facts[1].value_text, "8,392");
  EXPECT_EQ(rows.key_facts[1].trace.page, 5);
  EXPECT_TRUE(rows.measures.empty());
  ASSERT_EQ(rows.earlier_scores.size(), 1u);
  EXPECT_EQ(rows.earlier_scores[0].period, "2014");
}

}  // namespace
}  // namespace findings::report

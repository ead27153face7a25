#include <gtest/gtest.h>

#include "report/report_rows.h"

namespace findings::report {
namespace {

Percentage Earlier(const std::string& measure, const std::string& basis, double value) {
  Percentage p;
  p.value = value;
  p.measure = measure;
  p.period = "2010";
  p.basis = basis;
  p.provenance.page = 11;
  return p;
}

Findings Derbyshire() {
  Findings f;
  f.report.id = "derbyshire-2016-09";
  f.report.area = "Derbyshire";
  f.report.format = "quality-impact-2016";
  f.report.published = "2016-09";
  f.report.source.pages = 50;
  f.report.providers = {{"CRC", "DLNR CRC"}, {"NPS", "Midlands Division"}};
  f.percentages = {Earlier("omi2.risk-of-harm", "programme_lowest", 64),
                   Earlier("omi2.risk-of-harm", "area", 80),
                   Earlier("omi2.compliance-enforcement", "area", 84)};
  return f;
}

TEST(Timeline, AnEarlierInspectionComesBeforeTheReportThatReprintsIt) {
  Findings rated;
  rated.report.id = "derbyshire-2019";
  rated.report.area = "Derbyshire";
  rated.report.format = "rated-2018";
  rated.report.published = "2019";
  rated.report.providers = {{"CRC", "DLNR CRC"}};
  rated.ratings = {{"CRC", "overall", "Overall", "Good", {}}};
  const ReportRows rows = BuildRows({rated, Derbyshire()});
  ASSERT_EQ(rows.timeline.size(), 3u);
  EXPECT_EQ(rows.timeline[0].date, "2010");
  EXPECT_EQ(rows.timeline[0].kind, "earlier inspection");
  EXPECT_EQ(rows.timeline[0].who, "Probation Trust");
  EXPECT_EQ(rows.timeline[0].summary,
            "the area's own scores: omi2.risk-of-harm 80% omi2.compliance-enforcement 84%");
  EXPECT_EQ(rows.timeline[0].trace.page, 11);
  EXPECT_DOUBLE_EQ(rows.timeline[0].when, 2010);
  EXPECT_EQ(rows.timeline[1].date, "2016-09");
  EXPECT_DOUBLE_EQ(rows.timeline[1].when, 2016 + 8 / 12.0);
  EXPECT_EQ(rows.timeline[1].who, "CRC DLNR CRC; NPS Midlands Division");
  EXPECT_EQ(rows.timeline[1].trace.page, 1);  // the cover of the PDF
  EXPECT_EQ(rows.timeline[2].summary, "overall: Good");
  EXPECT_FALSE(rows.timeline[2].trace.page.has_value());  // a text file has no pages
  ASSERT_EQ(rows.earlier_scores.size(), 3u);
  EXPECT_EQ(rows.earlier_scores[0].basis, "programme_lowest");
}

}  // namespace
}  // namespace findings::report

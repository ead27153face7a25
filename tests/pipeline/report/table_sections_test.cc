// The sections without a chart (report/sections.h): Reports and Recommendations.
#include <gtest/gtest.h>

#include <string>

#include "report/sections.h"

namespace findings::report {
namespace {

bool Has(const std::string& html, const std::string& part) {
  return html.find(part) != std::string::npos;
}

TEST(ReportsSection, OneRowPerReportWithItsProvidersAndALinkToItsSource) {
  ReportRows rows;
  ReportRow kent;
  kent.id = "kent-2016-10";
  kent.area = "Kent";
  kent.title = "Probation in \"Kent\"";
  kent.providers = {{"CRC", "Kent, Surrey & Sussex CRC"}, {"NPS", "South East division"}};
  kent.format = "quality-impact-2016";
  kent.published = "2016-10";
  kent.source_path = "/data/corpus/pdf/kent 2016.pdf";
  rows.reports.push_back(kent);
  const std::string html = ReportsSection(rows, "/data/site");
  EXPECT_EQ(html.rfind("<section id=\"reports\"><h2>Reports</h2>", 0), 0u) << html;
  EXPECT_TRUE(Has(html, "<span class=\"ptype ptype-CRC\">CRC</span> Kent, Surrey &amp; Sussex CRC"
                        "<br><span class=\"ptype ptype-NPS\">NPS</span> South East division"))
      << html;
  EXPECT_TRUE(Has(html, "<td>—</td>")) << "no overall rating";
  EXPECT_TRUE(Has(html, "<span title=\"Probation in &quot;Kent&quot;\">kent-2016-10</span>"))
      << html;
  EXPECT_TRUE(Has(html, "<a href=\"../corpus/pdf/kent%202016.pdf\">kent 2016.pdf</a>")) << html;
}

TEST(RecommendationsSection, GroupsByAddresseesWithTheirCounts) {
  ReportRows rows;
  rows.recommendations.push_back({"NPS", "The NPS should", 1, "Train staff.", {"a-2018", 5}});
  rows.recommendations.push_back({"CRC & NPS", "Both should", 2, "Share <data>.", {"a-2018", 5}});
  rows.recommendations.push_back({"NPS", "The NPS should", 3, "Plan.", {"b-2018", std::nullopt}});
  const std::string html = RecommendationsSection(rows);
  EXPECT_TRUE(Has(html, "<span id=\"rec-count\" aria-live=\"polite\">3 of 3 shown</span>"));
  const std::size_t both = html.find("<h3>CRC &amp; NPS <span class=\"count\">(1)</span></h3>");
  const std::size_t nps = html.find("<h3>NPS <span class=\"count\">(2)</span></h3>");
  ASSERT_NE(both, std::string::npos) << html;
  ASSERT_NE(nps, std::string::npos) << html;
  EXPECT_LT(both, nps);  // groups in name order
  EXPECT_TRUE(
      Has(html, "<tr class=\"rec\"><td>2</td><td>Both should</td><td>Share &lt;data&gt;.</td>"));
  EXPECT_TRUE(Has(html, "<span class=\"trace\">b-2018</span>"));
}

TEST(RecommendationsSection, NoneSaysSo) {
  const std::string html = RecommendationsSection(ReportRows{});
  EXPECT_TRUE(Has(html, "0 of 0 shown"));
  EXPECT_TRUE(Has(html, "<p class=\"empty\">No recommendations in this dataset.</p>"));
}

}  // namespace
}  // namespace findings::report

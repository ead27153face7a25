#include "report/report_page.h"

#include <gtest/gtest.h>

#include <string>

#include "report/report_assets.h"

namespace findings::report {
namespace {

Findings OneReport() {
  Findings f;
  f.report.id = "x-2018";
  f.report.area = "X </script><b>";
  f.report.published = "2018";
  f.report.providers = {{"NPS", "X </script><b> division"}};
  f.ratings = {{"NPS", "overall", "Overall", "Good", {7, 0, 0}}};
  f.recommendations = {{1, {"NPS"}, "The NPS", "do better </script>", {8, 0, 0}}};
  return f;
}

TEST(ReportAssets, TheChartingLibraryIsEmbedded) {
  EXPECT_NE(ReportAsset("vega.min.js").find("vega"), std::string_view::npos);
  EXPECT_FALSE(ReportAsset("vega-lite.min.js").empty());
  EXPECT_FALSE(ReportAsset("vega-embed.min.js").empty());
  EXPECT_TRUE(ReportAsset("no-such-asset.js").empty());
}

TEST(RenderReportPage, SelfContainedWithEverySection) {
  Result<std::string> page = RenderReportPage({OneReport()}, {"/tmp", "dataset"});
  ASSERT_TRUE(page.ok()) << page.status().message();
  for (const char* id : {"id=\"reports\"", "id=\"ratings\"", "id=\"case-results\"",
                         "id=\"measures\"", "id=\"timeline\"", "id=\"key-facts\"",
                         "id=\"recommendations\"", "id=\"rec-filter\"",
                         "id=\"chart-ratings\"", "id=\"findings-data\"", "@media print"})
    EXPECT_NE(page->find(id), std::string::npos) << id;
  EXPECT_EQ(page->find("{{"), std::string::npos);
  EXPECT_EQ(page->find("src=\"http"), std::string::npos);
  EXPECT_EQ(page->find("<script src"), std::string::npos);
}

TEST(RenderReportPage, TextCannotCloseAScriptOrOpenATag) {
  Result<std::string> page = RenderReportPage({OneReport()}, {"/tmp", "dataset"});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->find("<b>"), std::string::npos);
  EXPECT_NE(page->find("X &lt;/script&gt;&lt;b&gt;"), std::string::npos);
  // In the chart data the heat-map row is the provider name.
  EXPECT_NE(page->find("X \\u003c/script>\\u003cb> division (2018)"), std::string::npos);
}

}  // namespace
}  // namespace findings::report

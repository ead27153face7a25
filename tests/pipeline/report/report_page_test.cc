#include "report/report_page.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "emit/model_json.h"
#include "report/report_assets.h"
#include "report/report_source.h"

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

TEST(ReadReportDocuments, MissingFolderIsNotFound) {
  auto reports = ReadReportDocuments("/nonexistent/reports");
  ASSERT_FALSE(reports.ok());
  EXPECT_EQ(reports.status().code(), Code::kNotFound);
}

TEST(ReadReportDocuments, ReadsEveryJsonDocumentOrderedByArea) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "findings-report-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Findings b = OneReport(), a = OneReport();
  a.report.area = "Avon";
  a.report.id = "avon-2019";
  std::ofstream(dir / "x-2018.json") << ToJson(b).dump();
  std::ofstream(dir / "avon-2019.json") << ToJson(a).dump();
  std::ofstream(dir / "avon-2019.xml") << "<not read/>";
  auto reports = ReadReportDocuments(dir.string());
  ASSERT_TRUE(reports.ok()) << reports.status().message();
  ASSERT_EQ(reports->size(), 2u);
  EXPECT_EQ((*reports)[0].report.id, "avon-2019");
  EXPECT_EQ((*reports)[1].recommendations.size(), 1u);

  std::ofstream(dir / "broken.json") << "{";
  auto broken = ReadReportDocuments(dir.string());
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("broken.json: not valid JSON"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace findings::report

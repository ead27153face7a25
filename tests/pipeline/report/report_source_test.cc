#include "report/report_source.h"

#include <gtest/gtest.h>

#include <string>

#include "emit/model_json.h"
#include "pipeline/cli/cli_runner.h"
#include "pipeline/emit/sample_findings.h"

namespace findings::report {
namespace {

using testing::TempDir;

// The sample report, moved to `area` under `id`, as a document's JSON text.
std::string Document(const std::string& area, const std::string& id) {
  Findings f = testing::SampleFindings();
  f.report.area = area;
  f.report.id = id;
  return ToJson(f).dump(2);
}

TEST(ReadReportDocuments, MissingFolderIsNotFound) {
  auto reports = ReadReportDocuments("/nonexistent/reports");
  ASSERT_FALSE(reports.ok());
  EXPECT_EQ(reports.status().code(), Code::kNotFound);
  EXPECT_EQ(reports.status().message(), "/nonexistent/reports: no such folder of report documents");
}

TEST(ReadReportDocuments, ReadsEveryJsonDocumentOrderedByArea) {
  TempDir dir;
  dir.Write("x-2018.json", Document("X", "x-2018"));
  dir.Write("avon-2019.json", Document("Avon", "avon-2019"));
  dir.Write("avon-2019.xml", "<not read/>");
  auto reports = ReadReportDocuments(dir.path());
  ASSERT_TRUE(reports.ok()) << reports.status().message();
  ASSERT_EQ(reports->size(), 2u);
  EXPECT_EQ((*reports)[0].report.id, "avon-2019");
  EXPECT_EQ((*reports)[1].recommendations.size(), testing::SampleFindings().recommendations.size());

  // One broken document fails the whole read, naming it.
  const std::string broken = dir.Write("broken.json", "{");
  reports = ReadReportDocuments(dir.path());
  ASSERT_FALSE(reports.ok());
  EXPECT_EQ(reports.status().code(), Code::kCorrupt);
  EXPECT_EQ(reports.status().message(), broken + ": not valid JSON");
}

TEST(ReadReportDocuments, ReadsEveryDocumentOrderedByAreaThenId) {
  TempDir dir;
  dir.Write("a.json", Document("Kent", "kent-2018"));
  dir.Write("b.json", Document("Derbyshire", "derbyshire-2018"));
  dir.Write("c.json", Document("Kent", "kent-2016-10"));
  dir.Write("notes.txt", "not a document");
  dir.Write(".staged.json", "{half a document");
  dir.Write("older/d.json", Document("Durham", "durham-2016"));
  auto reports = ReadReportDocuments(dir.path());
  ASSERT_TRUE(reports.ok()) << reports.status().message();
  ASSERT_EQ(reports->size(), 3u);
  EXPECT_EQ((*reports)[0].report.id, "derbyshire-2018");
  EXPECT_EQ((*reports)[1].report.id, "kent-2016-10");
  EXPECT_EQ((*reports)[2].report.id, "kent-2018");
  EXPECT_EQ((*reports)[0].ratings.size(), testing::SampleFindings().ratings.size());
}

TEST(ReadReportDocuments, ADocumentOfAnotherShapeFailsNamingIt) {
  TempDir dir;
  const std::string other = dir.Write("a.json", "[1, 2, 3]");
  auto reports = ReadReportDocuments(dir.path());
  ASSERT_FALSE(reports.ok());
  EXPECT_EQ(reports.status().message().rfind(other + ": ", 0), 0u) << reports.status().message();
}

TEST(ReadReportDocuments, AnEmptyFolderHasNoReports) {
  TempDir dir;
  auto reports = ReadReportDocuments(dir.path());
  ASSERT_TRUE(reports.ok());
  EXPECT_TRUE(reports->empty());
}

TEST(DatasetReportsDir, IsTheReportsFolderOfTheDataset) {
  EXPECT_EQ(DatasetReportsDir("/data/ds"), "/data/ds/reports");
  EXPECT_EQ(DatasetReportsDir("ds"), "ds/reports");
}

}  // namespace
}  // namespace findings::report

// Refresh mechanics with a fake extractor: what is extracted again, what is
// kept, what is counted.
#include "dataset/refresh.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "dataset/sqlite_db.h"
#include "pipeline/cli/cli_runner.h"
#include "pipeline/dataset/fake_extractor.h"

namespace findings::dataset {
namespace {

using testing::FakeExtractor;
using testing::TempDir;

class Refresh : public ::testing::Test {
 protected:
  Result<RefreshSummary> Run(bool force = false) {
    RefreshOptions options;
    options.files.clear();
    for (const auto& entry : std::filesystem::directory_iterator(corpus_))
      options.files.push_back(entry.path().string());
    options.dataset_dir = dir_.path() + "/dataset";
    options.force = force;
    options.jobs = 2;
    auto registry = ProviderRegistry::Parse(
        R"({"providers": [{"id": "crc.kss", "type": "CRC", "name": "Kent, Surrey & Sussex CRC"}]})");
    options.providers = *registry;
    return dataset::Refresh(options, extractor_);
  }
  std::string Write(const std::string& name, const std::string& content) {
    return dir_.Write("corpus/" + name, content);
  }
  // The single value of a query.
  std::string Query(const std::string& sql) {
    auto db = Db::Open(dir_.path() + "/dataset/findings.sqlite", true);
    auto stmt = (*db)->Prepare(sql);
    EXPECT_TRUE(stmt.ok()) << sql;
    if (!stmt.ok()) return "";
    auto row = (*stmt)->Step();
    return row.ok() && *row ? (*stmt)->Text(0) : "";
  }

  TempDir dir_;
  std::string corpus_ = dir_.path() + "/corpus";
  FakeExtractor extractor_;
};

TEST_F(Refresh, UnchangedCorpusExtractsNothing) {
  Write("a.txt", "id a-2018\nratings 2\n");
  Write("b.txt", "id b-2018\n");
  auto first = Run();
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(FormatSummary(*first), "2 reports: 2 added, 0 updated, 0 unchanged, 0 removed, 0 failed");
  auto second = Run();
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(FormatSummary(*second), "2 reports: 0 added, 0 updated, 2 unchanged, 0 removed, 0 failed");
  EXPECT_EQ(extractor_.TotalCalls(), 2);
}

TEST_F(Refresh, ChangedContentExtractsOnlyThatFile) {
  const std::string a = Write("a.txt", "id a-2018\nratings 2\n");
  const std::string b = Write("b.txt", "id b-2018\n");
  ASSERT_TRUE(Run().ok());
  Write("a.txt", "id a-2018\nratings 3\n");
  auto second = Run();
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(FormatSummary(*second), "2 reports: 0 added, 1 updated, 1 unchanged, 0 removed, 0 failed");
  EXPECT_EQ(extractor_.Calls(a), 2);
  EXPECT_EQ(extractor_.Calls(b), 1);
  EXPECT_EQ(Query("SELECT COUNT(*) FROM ratings WHERE report_id = 'a-2018'"), "3");
}

TEST_F(Refresh, TouchedButSameContentIsNotExtracted) {
  const std::string a = Write("a.txt", "id a-2018\n");
  ASSERT_TRUE(Run().ok());
  std::filesystem::last_write_time(a, std::filesystem::last_write_time(a) + std::chrono::seconds(5));
  auto second = Run();
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->unchanged, 1u);
  EXPECT_EQ(extractor_.Calls(a), 1);
}

TEST_F(Refresh, NewExtractorVersionExtractsAgainAndForceToo) {
  Write("a.txt", "id a-2018\n");
  ASSERT_TRUE(Run().ok());
  extractor_.version = "1.1";
  EXPECT_EQ(Run()->updated, 1u);
  EXPECT_EQ(Run()->updated, 0u);
  EXPECT_EQ(Run(/*force=*/true)->updated, 1u);
  EXPECT_EQ(extractor_.TotalCalls(), 3);
}

TEST_F(Refresh, RemovedFileRemovesItsReport) {
  Write("a.txt", "id a-2018\nratings 1\n");
  const std::string b = Write("b.txt", "id b-2018\nratings 1\n");
  ASSERT_TRUE(Run().ok());
  std::filesystem::remove(b);
  auto second = Run();
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(FormatSummary(*second), "1 reports: 0 added, 0 updated, 1 unchanged, 1 removed, 0 failed");
  EXPECT_EQ(Query("SELECT COUNT(*) FROM ratings"), "1");
  EXPECT_FALSE(std::filesystem::exists(dir_.path() + "/dataset/reports/b-2018.json"));
  EXPECT_TRUE(std::filesystem::exists(dir_.path() + "/dataset/reports/a-2018.json"));
}

TEST_F(Refresh, FailedFileIsRecordedAndNotRetriedUntilItChanges) {
  const std::string bad = Write("bad.txt", "fail damaged beyond reading\n");
  auto first = Run();
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->failed, 1u);
  EXPECT_EQ(first->reports, 0u);
  EXPECT_EQ(Query("SELECT status || ': ' || error FROM sources"), "failed: damaged beyond reading");
  EXPECT_EQ(Run()->failed, 0u);
  EXPECT_EQ(extractor_.Calls(bad), 1);
  Write("bad.txt", "id fixed-2018\n");
  auto third = Run();
  EXPECT_EQ(third->added, 1u);
  EXPECT_EQ(Query("SELECT status FROM sources"), "ok");
}

TEST_F(Refresh, FailureAfterGoodExtractionKeepsItStale) {
  Write("a.txt", "id a-2018\nratings 2\n");
  ASSERT_TRUE(Run().ok());
  Write("a.txt", "fail truncated download\n");
  auto second = Run();
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->failed, 1u);
  EXPECT_EQ(second->reports, 1u);
  EXPECT_EQ(Query("SELECT status || ': ' || error FROM sources"), "stale: truncated download");
  EXPECT_EQ(Query("SELECT COUNT(*) FROM ratings"), "2");
}

TEST_F(Refresh, TextAndPdfOfOneReportAreOneReportFromThePdf) {
  Write("a.txt", "id a-2018\nratings 1\n");
  const std::string pdf = Write("a.pdf", "id a-2018\nratings 2\n");
  auto first = Run();
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->reports, 1u);
  EXPECT_EQ(Query("SELECT COUNT(*) FROM sources WHERE report_id = 'a-2018'"), "2");
  EXPECT_EQ(Query("SELECT source_path FROM reports"), pdf);
  EXPECT_EQ(Query("SELECT COUNT(*) FROM ratings"), "2");
}

TEST_F(Refresh, UnknownProviderNameIsADiagnosticNotAProvider) {
  Write("a.txt", "id a-2018\n");
  ASSERT_TRUE(Run().ok());
  EXPECT_EQ(Query("SELECT group_concat(provider_id) FROM report_providers"), "crc.kss");
  EXPECT_EQ(Query("SELECT message FROM diagnostics WHERE code = 'dataset.unknown-provider'"),
            "NPS provider 'Atlantis division' is not in the provider registry");
}

}  // namespace
}  // namespace findings::dataset

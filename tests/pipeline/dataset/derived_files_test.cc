// The dataset's derived files: staged under temporary names, in place only at
// Commit, with the pending marker around the commit.
#include "dataset/derived_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "dataset/sqlite_schema.h"
#include "emit/json_writer.h"
#include "emit/output_formats.h"
#include "emit/xml_writer.h"
#include "pipeline/cli/cli_runner.h"
#include "pipeline/emit/sample_findings.h"
#include "test_paths.h"

namespace findings::dataset {
namespace {

namespace fs = std::filesystem;
using testing::SampleFindings;
using testing::TempDir;

// The names in `dir`, hidden ones too, sorted.
std::vector<std::string> Names(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(DerivedFiles, AReportIsInPlaceOnlyAfterCommit) {
  TempDir dir;
  const Findings findings = SampleFindings();  // id derbyshire-2016-09
  const std::string reports = dir.path() + "/" + kReportsDir;
  {
    DerivedFiles derived(dir.path());
    ASSERT_TRUE(derived.StageReport(findings).ok());
    for (const std::string& name : Names(reports)) EXPECT_EQ(name[0], '.') << name;
    ASSERT_TRUE(derived.Commit().ok());
  }
  EXPECT_EQ(Names(reports),
            (std::vector<std::string>{"derbyshire-2016-09.json", "derbyshire-2016-09.xml"}));
  EXPECT_EQ(testing::ReadFileOrDie(reports + "/derbyshire-2016-09.json"), WriteJson(findings));
  EXPECT_EQ(testing::ReadFileOrDie(reports + "/derbyshire-2016-09.xml"), WriteXml(findings));
}

TEST(DerivedFiles, UncommittedFilesAreRemovedAndNothingIsReplaced) {
  TempDir dir;
  dir.Write("reports/derbyshire-2016-09.json", "earlier");
  {
    DerivedFiles derived(dir.path());
    ASSERT_TRUE(derived.StageReport(SampleFindings()).ok());
  }  // destroyed without Commit
  EXPECT_EQ(Names(dir.path() + "/reports"), std::vector<std::string>{"derbyshire-2016-09.json"});
  EXPECT_EQ(testing::ReadFileOrDie(dir.path() + "/reports/derbyshire-2016-09.json"), "earlier");
}

TEST(DerivedFiles, ARemovalTakesBothDocumentsAtCommit) {
  TempDir dir;
  dir.Write("reports/kent-2016-05.json", "{}");
  dir.Write("reports/kent-2016-05.xml", "<report/>");
  dir.Write("reports/north-london-2016-03.json", "{}");
  DerivedFiles derived(dir.path());
  derived.StageRemoval("kent-2016-05");
  EXPECT_EQ(Names(dir.path() + "/reports").size(), 3u);
  ASSERT_TRUE(derived.Commit().ok());
  EXPECT_EQ(Names(dir.path() + "/reports"), std::vector<std::string>{"north-london-2016-03.json"});
}

TEST(DerivedFiles, PendingFromMarkUntilCommit) {
  TempDir dir;
  DerivedFiles derived(dir.path());
  EXPECT_FALSE(derived.Pending());
  ASSERT_TRUE(derived.MarkPending().ok());
  EXPECT_TRUE(derived.Pending());
  // A refresh killed here leaves the marker for the next one to see.
  EXPECT_TRUE(DerivedFiles(dir.path()).Pending());
  ASSERT_TRUE(derived.Commit().ok());
  EXPECT_FALSE(derived.Pending());
}

TEST(DerivedFiles, TablesAreStagedAsCsvWithTheirReadmeAndTheJsonl) {
  TempDir dir;
  auto db = Db::Open(":memory:");
  ASSERT_TRUE(db.ok());
  bool rebuilt = false;
  ASSERT_TRUE(EnsureSchema(db->get(), &rebuilt).ok());
  DerivedFiles derived(dir.path());
  ASSERT_TRUE(derived.StageTables(db->get()).ok());
  ASSERT_TRUE(derived.Commit().ok());
  const std::vector<std::string> csv = Names(dir.path() + "/csv");
  for (const char* table : {"reports.csv", "providers.csv", "report_providers.csv", "ratings.csv",
                            "diagnostics.csv", "README.md"})
    EXPECT_NE(std::find(csv.begin(), csv.end(), table), csv.end()) << table;
  // An empty dataset: a header line in CRLF and no rows; an empty JSONL.
  const std::string providers = testing::ReadFileOrDie(dir.path() + "/csv/providers.csv");
  EXPECT_EQ(providers, "id,type,name\r\n");
  EXPECT_EQ(testing::ReadFileOrDie(dir.path() + "/findings.jsonl"), "");
}

struct CsvCase {
  const char* text;
  const char* field;
};

TEST(DerivedFiles, CsvFieldQuotesOnlyWhatRfc4180Requires) {
  const CsvCase cases[] = {
      {"Kent", "Kent"},
      {"", ""},
      {"Kent, Surrey & Sussex", "\"Kent, Surrey & Sussex\""},
      {"the \"Good\" rating", "\"the \"\"Good\"\" rating\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\rhere", "\"cr\rhere\""},
      {"it's; fine", "it's; fine"},
  };
  for (const CsvCase& c : cases) EXPECT_EQ(CsvField(c.text), c.field) << c.text;
}

}  // namespace
}  // namespace findings::dataset

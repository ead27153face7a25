#include "dataset/sqlite_schema.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "dataset/flat_rows.h"
#include "pipeline/cli/cli_runner.h"

namespace findings::dataset {
namespace {

using testing::TempDir;

class EnsureSchemaOf : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Db::Open(dir_.path() + "/findings.sqlite");
    ASSERT_TRUE(db.ok()) << db.status().message();
    db_ = std::move(*db);
  }
  std::vector<std::string> Tables() {
    auto names = db_->Texts("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1");
    EXPECT_TRUE(names.ok());
    return names.ok() ? *names : std::vector<std::string>();
  }
  bool Has(const std::string& table) {
    const std::vector<std::string> tables = Tables();
    return std::find(tables.begin(), tables.end(), table) != tables.end();
  }

  TempDir dir_;
  std::unique_ptr<Db> db_;
};

TEST_F(EnsureSchemaOf, ANewDatabaseGetsEveryTable) {
  bool rebuilt = false;
  ASSERT_TRUE(EnsureSchema(db_.get(), &rebuilt).ok());
  EXPECT_TRUE(rebuilt);  // the projected tables were made
  for (const char* table : {"meta", "sources", "extractions", "documents", "providers",
                            "report_providers", kReportsTable})
    EXPECT_TRUE(Has(table)) << table;
  for (const std::string& kind : TableKinds()) EXPECT_TRUE(Has(kind)) << kind;
}

TEST_F(EnsureSchemaOf, ACurrentDatabaseIsLeftAsItIs) {
  bool rebuilt = false;
  ASSERT_TRUE(EnsureSchema(db_.get(), &rebuilt).ok());
  ASSERT_TRUE(
      db_->Exec("INSERT INTO providers (id, type, name) VALUES ('crc.kss', 'CRC', 'KSS')").ok());
  ASSERT_TRUE(EnsureSchema(db_.get(), &rebuilt).ok());
  EXPECT_FALSE(rebuilt);
  auto ids = db_->Texts("SELECT id FROM providers");
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(*ids, std::vector<std::string>{"crc.kss"});
}

TEST_F(EnsureSchemaOf, ADatabaseOfAnotherModelIsProjectedAgainKeepingTheManifest) {
  bool rebuilt = false;
  ASSERT_TRUE(EnsureSchema(db_.get(), &rebuilt).ok());
  ASSERT_TRUE(
      db_->Exec("INSERT INTO sources (path, size, mtime_ns, status) VALUES ('a.txt', 1, 2, 'ok');"
                "INSERT INTO providers (id, type, name) VALUES ('crc.kss', 'CRC', 'KSS');"
                "UPDATE meta SET value = 'an older model' WHERE key = 'projection_schema_sha256'")
          .ok());
  ASSERT_TRUE(EnsureSchema(db_.get(), &rebuilt).ok());
  EXPECT_TRUE(rebuilt);
  EXPECT_EQ(*db_->Texts("SELECT path FROM sources"), std::vector<std::string>{"a.txt"});
  EXPECT_TRUE(db_->Texts("SELECT id FROM providers")->empty());
}

TEST(InsertSql, NamesEveryColumnQuotedWithOnePlaceholderEach) {
  const std::vector<Column> columns = {{"report_id", "TEXT", ""}, {"seq", "INTEGER", ""},
                                       {"provenance_page", "INTEGER", "provenance.page"}};
  EXPECT_EQ(InsertSql("ratings", columns),
            "INSERT INTO ratings (\"report_id\", \"seq\", \"provenance_page\") VALUES (?, ?, ?)");
}

}  // namespace
}  // namespace findings::dataset

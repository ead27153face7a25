// The SQLite layer: statuses instead of error codes, binding and reading
// values, Texts, and the transaction guard.
#include "dataset/sqlite_db.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/cli/cli_runner.h"

namespace findings::dataset {
namespace {

using Json = nlohmann::ordered_json;

std::unique_ptr<Db> Memory() {
  auto db = Db::Open(":memory:");
  EXPECT_TRUE(db.ok()) << db.status().message();
  return db.ok() ? std::move(*db) : nullptr;
}

TEST(SqliteDb, TextsReadsTheFirstColumnOfEveryRowInOrder) {
  auto db = Memory();
  ASSERT_TRUE(db->Exec("CREATE TABLE t (name TEXT, n INTEGER);"
                       "INSERT INTO t VALUES ('kent', 2), ('derbyshire', 1), (NULL, 3);")
                  .ok());
  auto names = db->Texts("SELECT name, n FROM t ORDER BY n");
  ASSERT_TRUE(names.ok());
  // NULL reads as the empty text.
  EXPECT_EQ(*names, (std::vector<std::string>{"derbyshire", "kent", ""}));
  auto none = db->Texts("SELECT name FROM t WHERE n > 10");
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST(SqliteDb, ErrorsAreStatusesThatQuoteTheStatement) {
  auto db = Memory();
  Status exec = db->Exec("CREATE TABLE");
  EXPECT_EQ(exec.code(), Code::kIoError);
  EXPECT_EQ(exec.message().rfind("database: ", 0), 0u) << exec.message();
  auto prepared = db->Prepare("SELECT * FROM missing_table");
  ASSERT_FALSE(prepared.ok());
  EXPECT_EQ(prepared.status().message(),
            "database: cannot prepare 'SELECT * FROM missing_table': no such table: missing_table");
  EXPECT_FALSE(db->Texts("SELECT nothing FROM nowhere").ok());
}

TEST(SqliteDb, BindsJsonScalarsAndReadsThemBack) {
  auto db = Memory();
  ASSERT_TRUE(db->Exec("CREATE TABLE t (v)").ok());
  auto insert = db->Prepare("INSERT INTO t VALUES (?)");
  ASSERT_TRUE(insert.ok());
  const Json values[] = {nullptr, true, 42, 86.5, "Good", Json::array({1, 2})};
  for (const Json& v : values) {
    (*insert)->Bind(1, v);
    ASSERT_TRUE((*insert)->Run().ok()) << v.dump();
  }
  auto select = db->Prepare("SELECT v, typeof(v) FROM t ORDER BY rowid");
  ASSERT_TRUE(select.ok());
  std::vector<Json> read;
  std::vector<std::string> types;
  while (*(*select)->Step()) {
    read.push_back((*select)->Value(0));
    types.push_back((*select)->Text(1));
  }
  // A boolean is stored as 1; an array as its JSON text.
  EXPECT_EQ(read, (std::vector<Json>{nullptr, 1, 42, 86.5, "Good", "[1,2]"}));
  EXPECT_EQ(types,
            (std::vector<std::string>{"null", "integer", "integer", "real", "text", "text"}));
}

TEST(SqliteDb, StatementReadsColumnsByPosition) {
  auto db = Memory();
  auto stmt = db->Prepare("SELECT 7 AS count, 2.5 AS mean, 'x' AS label, NULL AS absent");
  ASSERT_TRUE(stmt.ok());
  ASSERT_TRUE(*(*stmt)->Step());
  EXPECT_EQ((*stmt)->ColumnCount(), 4);
  EXPECT_EQ((*stmt)->ColumnName(1), "mean");
  EXPECT_EQ((*stmt)->Int(0), 7);
  EXPECT_EQ((*stmt)->Real(1), 2.5);
  EXPECT_EQ((*stmt)->Text(2), "x");
  EXPECT_FALSE((*stmt)->IsNull(2));
  EXPECT_TRUE((*stmt)->IsNull(3));
  EXPECT_FALSE(*(*stmt)->Step());
}

TEST(SqliteDb, RunResetsTheStatementForTheNextBinding) {
  auto db = Memory();
  ASSERT_TRUE(db->Exec("CREATE TABLE t (id TEXT PRIMARY KEY)").ok());
  auto insert = db->Prepare("INSERT INTO t VALUES (?)");
  ASSERT_TRUE(insert.ok());
  (*insert)->BindText(1, "a");
  ASSERT_TRUE((*insert)->Run().ok());
  (*insert)->BindText(1, "a");
  EXPECT_FALSE((*insert)->Run().ok());  // the primary key says no
  (*insert)->BindText(1, "b");
  EXPECT_TRUE((*insert)->Run().ok());  // and the statement is usable again
  EXPECT_EQ(*db->Texts("SELECT id FROM t ORDER BY id"), (std::vector<std::string>{"a", "b"}));
}

TEST(SqliteDb, ATransactionRollsBackUnlessCommitted) {
  auto db = Memory();
  ASSERT_TRUE(db->Exec("CREATE TABLE t (id TEXT)").ok());
  {
    Transaction transaction(db.get());
    ASSERT_TRUE(transaction.begun().ok());
    ASSERT_TRUE(db->Exec("INSERT INTO t VALUES ('lost')").ok());
  }
  {
    Transaction transaction(db.get());
    ASSERT_TRUE(db->Exec("INSERT INTO t VALUES ('kept')").ok());
    ASSERT_TRUE(transaction.Commit().ok());
  }
  EXPECT_EQ(*db->Texts("SELECT id FROM t"), std::vector<std::string>{"kept"});
}

TEST(SqliteDb, OpenReadOnlyNeedsAnExistingFile) {
  testing::TempDir dir;
  const std::string path = dir.path() + "/none.sqlite";
  auto db = Db::Open(path, /*read_only=*/true);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().message(), "cannot open database: unable to open database file");
  EXPECT_TRUE(Db::Open(path).ok());  // read-write creates it
  EXPECT_TRUE(Db::Open(path, /*read_only=*/true).ok());
}

}  // namespace
}  // namespace findings::dataset

// A thin RAII layer over libsqlite3 that turns its error codes into Status.
//
// Only what the dataset needs: open, run a script, prepared statements with
// positional binding, and a transaction guard that rolls back unless committed.
#ifndef FINDINGS_DATASET_SQLITE_DB_H_
#define FINDINGS_DATASET_SQLITE_DB_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "findings/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace findings::dataset {

class Statement;

class Db {
 public:
  // Opens (creating if needed) the database at `path`, with a busy timeout so a
  // reader never fails just because a refresh is committing.
  static Result<std::unique_ptr<Db>> Open(const std::string& path, bool read_only = false);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  Status Exec(const std::string& sql);
  Result<std::unique_ptr<Statement>> Prepare(const std::string& sql);
  // The first column of every row of `sql`, as text.
  Result<std::vector<std::string>> Texts(const std::string& sql);
  sqlite3* handle() { return db_; }

 private:
  explicit Db(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

class Statement {
 public:
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binds parameter `index` (1-based) from a JSON scalar: null, number, string,
  // boolean; arrays and objects are bound as their JSON text.
  void Bind(int index, const nlohmann::ordered_json& value);
  void BindText(int index, const std::string& value);
  void BindInt(int index, long long value);
  void BindNull(int index);

  // Steps once: true with a row, false when done; an error is a Status.
  Result<bool> Step();
  // Runs to completion (for INSERT/UPDATE/DELETE) and resets for the next use.
  Status Run();
  void Reset();

  int ColumnCount() const;
  std::string ColumnName(int column) const;
  bool IsNull(int column) const;
  std::string Text(int column) const;
  long long Int(int column) const;
  double Real(int column) const;
  // The column as JSON: null, integer, real or string.
  nlohmann::ordered_json Value(int column) const;

 private:
  friend class Db;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless Commit() ran.
class Transaction {
 public:
  explicit Transaction(Db* db);
  ~Transaction();
  const Status& begun() const { return begun_; }
  Status Commit();

 private:
  Db* db_;
  Status begun_;
  bool done_ = false;
};

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_SQLITE_DB_H_

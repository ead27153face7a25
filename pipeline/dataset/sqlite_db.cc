#include "dataset/sqlite_db.h"

#include <sqlite3.h>

namespace findings::dataset {

namespace {

Status SqlError(sqlite3* db, const std::string& what) {
  return Status::Error(Code::kIoError, what + ": " + sqlite3_errmsg(db));
}

}  // namespace

Result<std::unique_ptr<Db>> Db::Open(const std::string& path, bool read_only) {
  sqlite3* db = nullptr;
  const int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    Status error = Status::Error(Code::kIoError, std::string("cannot open database: ") +
                                                     (db ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return error;
  }
  sqlite3_busy_timeout(db, 60000);
  return std::unique_ptr<Db>(new Db(db));
}

Db::~Db() { sqlite3_close(db_); }

Status Db::Exec(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    Status error = Status::Error(Code::kIoError, std::string("database: ") +
                                                     (message ? message : "unknown error"));
    sqlite3_free(message);
    return error;
  }
  return Status::Ok();
}

Result<std::unique_ptr<Statement>> Db::Prepare(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
    return SqlError(db_, "database: cannot prepare '" + sql.substr(0, 60) + "'");
  return std::unique_ptr<Statement>(new Statement(db_, stmt));
}

Result<std::vector<std::string>> Db::Texts(const std::string& sql) {
  auto stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  std::vector<std::string> texts;
  while (true) {
    Result<bool> row = (*stmt)->Step();
    if (!row.ok()) return row.status();
    if (!*row) return texts;
    texts.push_back((*stmt)->Text(0));
  }
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::Bind(int index, const nlohmann::ordered_json& value) {
  if (value.is_null()) BindNull(index);
  else if (value.is_boolean()) BindInt(index, value.get<bool>() ? 1 : 0);
  else if (value.is_number_integer()) BindInt(index, value.get<long long>());
  else if (value.is_number()) sqlite3_bind_double(stmt_, index, value.get<double>());
  else if (value.is_string()) BindText(index, value.get<std::string>());
  else BindText(index, value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void Statement::BindText(int index, const std::string& value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}

void Statement::BindInt(int index, long long value) { sqlite3_bind_int64(stmt_, index, value); }

void Statement::BindNull(int index) { sqlite3_bind_null(stmt_, index); }

Result<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqlError(db_, "database");
}

Status Statement::Run() {
  Result<bool> stepped = Step();
  Reset();
  return stepped.ok() ? Status::Ok() : stepped.status();
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int Statement::ColumnCount() const { return sqlite3_column_count(stmt_); }

std::string Statement::ColumnName(int column) const { return sqlite3_column_name(stmt_, column); }

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string Statement::Text(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  return text ? std::string(reinterpret_cast<const char*>(text),
                            static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
              : std::string();
}

long long Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::Real(int column) const { return sqlite3_column_double(stmt_, column); }

nlohmann::ordered_json Statement::Value(int column) const {
  switch (sqlite3_column_type(stmt_, column)) {
    case SQLITE_NULL: return nullptr;
    case SQLITE_INTEGER: return Int(column);
    case SQLITE_FLOAT: return Real(column);
    default: return Text(column);
  }
}

Transaction::Transaction(Db* db) : db_(db), begun_(db->Exec("BEGIN IMMEDIATE")) {}

Transaction::~Transaction() {
  if (begun_.ok() && !done_) db_->Exec("ROLLBACK");
}

Status Transaction::Commit() {
  done_ = true;
  return db_->Exec("COMMIT");
}

}  // namespace findings::dataset

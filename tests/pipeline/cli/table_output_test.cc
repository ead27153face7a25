// The three ways `compare` and `history` print a table (cli/table_output.h), seen
// through `findings history` on a dataset of one report (corpus/text/kent.txt).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

const std::vector<std::string> kColumns = {"date", "report", "kind", "provider", "provider_id",
                                           "id", "title", "value", "detail"};

// The fields of one RFC 4180 record ("a,\"b, c\",\"d \"\"e\"\"\"" → a | b, c | d "e").
std::vector<std::string> CsvFields(const std::string& record) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < record.size(); ++i) {
    const char c = record[i];
    const bool doubled = quoted && c == '"' && i + 1 < record.size() && record[i + 1] == '"';
    if (doubled) fields.back() += c, ++i;
    else if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) fields.emplace_back();
    else fields.back() += c;
  }
  return fields;
}

class TableOutput : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const std::string corpus = dir_->path() + "/corpus";
    std::filesystem::create_directories(corpus);
    std::filesystem::copy_file(SourcePath("corpus/text/kent.txt"), corpus + "/kent.txt");
    const CliResult refresh = RunCli("refresh '" + corpus + "' --dataset '" + Dataset() + "'");
    ASSERT_EQ(refresh.exit_code, 0) << refresh.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::string Dataset() { return dir_->path() + "/ds"; }
  static CliResult History(const std::string& format) {
    return RunCli("history --dataset '" + Dataset() + "' kent" + format);
  }

 private:
  static inline TempDir* dir_ = nullptr;
};

TEST_F(TableOutput, CsvIsOneRecordPerRowEndingInCrLf) {
  const CliResult r = History(" --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::size_t records = 0;
  for (std::string line; std::getline(lines, line); ++records) {
    ASSERT_FALSE(line.empty());
    EXPECT_EQ(line.back(), '\r') << line;
    line.pop_back();
    const std::vector<std::string> fields = CsvFields(line);
    if (records == 0) EXPECT_EQ(fields, kColumns);
    else EXPECT_EQ(fields.size(), kColumns.size()) << line;
  }
  EXPECT_GT(records, 5u);
  // Without --format, into a file: the same CSV.
  EXPECT_EQ(History("").out, r.out);
}

TEST_F(TableOutput, JsonIsAnArrayOfObjectsKeyedByColumn) {
  const CliResult r = History(" --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::ordered_json rows = nlohmann::ordered_json::parse(r.out);
  ASSERT_TRUE(rows.is_array());
  ASSERT_FALSE(rows.empty());
  for (const auto& row : rows) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : row.items()) keys.push_back(key);
    EXPECT_EQ(keys, kColumns);
  }
  std::size_t reports = 0;
  for (const auto& row : rows) {
    EXPECT_EQ(row["report"], "kent-2016-10");
    if (row["kind"] != "report") continue;
    ++reports;
    EXPECT_EQ(row["date"], "2016-10");
    EXPECT_TRUE(row["value"].is_null());  // no figure: null, not ""
  }
  EXPECT_EQ(reports, 1u);
}

TEST_F(TableOutput, ATableIsAlignedUnderItsHeader) {
  const CliResult r = History(" --format table");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string header;
  std::getline(lines, header);
  // "date" is as wide as its widest cell, "2016-10", and two spaces part columns,
  // so every report id starts under "report".
  EXPECT_EQ(header.rfind("date     report", 0), 0u) << header;
  std::size_t rows = 0;
  for (std::string line; std::getline(lines, line); ++rows) {
    EXPECT_EQ(line.substr(7, 2), "  ") << line;
    EXPECT_EQ(line.substr(9, 13), "kent-2016-10 ") << line;
  }
  EXPECT_GT(rows, 5u);
}

}  // namespace
}  // namespace findings::testing

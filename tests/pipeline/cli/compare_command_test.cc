// `findings compare` on a dataset of the corpus, checked against the figures the
// reports print: the summary-of-ratings tables of Durham Tees Valley CRC
// (corpus/text/durham-tees-valley.txt) and South West South Central NPS
// (corpus/text/south-west-south-central.txt), their Annex 2 case results, and
// the Derbyshire CRC risk-of-harm progress figures (corpus/text/derbyshire.txt).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

using Json = nlohmann::json;

class CompareCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const CliResult refresh = RunCli("refresh corpus --dataset '" + dir_->path() + "/ds' -j2");
    ASSERT_EQ(refresh.exit_code, 0) << refresh.err;
  }
  static void TearDownTestSuite() { delete dir_; }

  static Json Rows(const std::string& options) {
    const CliResult result = RunCli("compare --dataset '" + dir_->path() + "/ds' --format json " + options);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return Json::parse(result.out, nullptr, false);
  }
  static Json Row(const Json& rows, const std::string& column, const std::string& value) {
    for (const Json& row : rows)
      if (row.value(column, Json()) == value) return row;
    return Json();
  }
  static TempDir* dir_;
};

TempDir* CompareCommandTest::dir_ = nullptr;

TEST_F(CompareCommandTest, RatingsOfDtvCrcAndSwscNpsSideBySide) {
  const Json rows = Rows("--kind ratings");
  const Json overall = Row(rows, "standard", "overall");
  EXPECT_EQ(overall["CRC Requires improvement"], 1);  // DTV: "Overall rating Requires improvement"
  EXPECT_EQ(overall["NPS Good"], 1);                  // SWSC: "Overall rating Good"
  EXPECT_EQ(overall["CRC mean"], 2);
  EXPECT_EQ(overall["NPS mean"], 3);
  const Json assessment = Row(rows, "standard", "2.1");
  EXPECT_EQ(assessment["CRC Requires improvement"], 1);
  EXPECT_EQ(assessment["NPS Outstanding"], 1);
  EXPECT_EQ(assessment["NPS mean"], 4);
  const Json planning = Row(rows, "standard", "2.2");
  EXPECT_EQ(planning["CRC Inadequate"], 1);
  EXPECT_EQ(planning["CRC mean"], 1);
  EXPECT_EQ(planning["NPS Good"], 1);
  EXPECT_EQ(Row(rows, "standard", "1.1")["CRC Outstanding"], 1);
  EXPECT_TRUE(Row(rows, "standard", "4.1")["NPS mean"].is_null());  // CRC-specific standard
  EXPECT_EQ(rows.front()["standard"], "overall");
}

TEST_F(CompareCommandTest, CaseResultsMeanPercentYesPerProviderType) {
  const Json rows = Rows("--kind case_results");
  const Json engaging = Row(rows, "question", "2.1.1");
  EXPECT_EQ(engaging["CRC mean % yes"], 63);
  EXPECT_EQ(engaging["NPS mean % yes"], 83);
  EXPECT_EQ(engaging["CRC reports"], 1);
  const Json safe = Row(rows, "question", "2.2.3");
  EXPECT_EQ(safe["CRC mean % yes"], 36);
  EXPECT_EQ(safe["NPS mean % yes"], 70);
}

TEST_F(CompareCommandTest, ByYearSplitsByPublicationYear) {
  const Json rows = Rows("--kind ratings --by year");
  bool saw_2018 = false, saw_2019 = false;
  for (const Json& row : rows) {
    if (row["standard"] != "overall") continue;
    saw_2018 |= row["year"] == "2018" && row["NPS Good"] == 1 && row["CRC mean"].is_null();
    saw_2019 |= row["year"] == "2019" && row["CRC Requires improvement"] == 1;
  }
  EXPECT_TRUE(saw_2018);
  EXPECT_TRUE(saw_2019);
}

TEST_F(CompareCommandTest, MeasuresPerArea) {
  const Json rows = Rows("--kind measures");
  bool found = false;
  for (const Json& row : rows)
    found |= row["measure"] == "rosh.progress.public" && row["area"] == "Derbyshire" &&
             row["CRC %"] == 48;
  EXPECT_TRUE(found) << rows.dump();
}

TEST_F(CompareCommandTest, TableIsAlignedAndCsvHasOneHeader) {
  const CliResult table = RunCli("compare --dataset '" + dir_->path() + "/ds' --format table");
  ASSERT_EQ(table.exit_code, 0);
  EXPECT_EQ(table.out.rfind("standard  CRC Inadequate", 0), 0u) << table.out;
  const CliResult csv = RunCli("compare --dataset '" + dir_->path() + "/ds' --kind case_results --format csv");
  EXPECT_EQ(csv.out.rfind("question,CRC mean % yes,CRC reports,NPS mean % yes,NPS reports\r\n", 0), 0u);
}

TEST_F(CompareCommandTest, UnknownKindIsAUsageError) {
  const CliResult result = RunCli("compare --dataset '" + dir_->path() + "/ds' --kind stars");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "findings compare: unknown kind 'stars' (kinds: ratings, case_results, measures)\n");
}

}  // namespace
}  // namespace findings::testing

// `findings compare` on a dataset of the corpus, checked against the figures the
// reports print: the summary-of-ratings tables of Durham Tees Valley CRC
// (corpus/text/durham-tees-valley.txt) and South West South Central NPS
// (corpus/text/south-west-south-central.txt), their Annex 2 case results, the
// Derbyshire CRC risk-of-harm progress figures (corpus/text/derbyshire.txt), the
// Key facts panels of Derbyshire, Kent and North London, and the tables of their
// earlier inspections (Derbyshire 2010, Kent and North London 2014).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/cli/corpus_dataset.h"

namespace findings::testing {
namespace {

using Json = nlohmann::json;

class CompareCommand : public CorpusDatasetTest {
 protected:

  static Json Rows(const std::string& options) {
    const CliResult result = RunCli("compare --dataset '" + Dataset() + "' --format json " + options);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return Json::parse(result.out, nullptr, false);
  }
  static Json Row(const Json& rows, const std::string& column, const std::string& value) {
    for (const Json& row : rows)
      if (row.value(column, Json()) == value) return row;
    return Json();
  }
};

TEST_F(CompareCommand, RatingsOfDtvCrcAndSwscNpsSideBySide) {
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

TEST_F(CompareCommand, CaseResultsMeanPercentYesPerProviderType) {
  const Json rows = Rows("--kind case_results");
  const Json engaging = Row(rows, "question", "2.1.1");
  EXPECT_EQ(engaging["CRC mean % yes"], 63);
  EXPECT_EQ(engaging["NPS mean % yes"], 83);
  EXPECT_EQ(engaging["CRC reports"], 1);
  const Json safe = Row(rows, "question", "2.2.3");
  EXPECT_EQ(safe["CRC mean % yes"], 36);
  EXPECT_EQ(safe["NPS mean % yes"], 70);
}

TEST_F(CompareCommand, ByYearSplitsByPublicationYear) {
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

TEST_F(CompareCommand, MeasuresPerArea) {
  const Json rows = Rows("--kind measures");
  bool found = false;
  for (const Json& row : rows)
    found |= row["measure"] == "rosh.progress.public" && row["area"] == "Derbyshire" &&
             row["CRC %"] == 48;
  EXPECT_TRUE(found) << rows.dump();
}

TEST_F(CompareCommand, KeyFactsOneRowPerIdOneColumnPerArea) {
  const Json rows = Rows("--kind key_facts");
  ASSERT_EQ(rows.size(), 8u) << rows.dump();
  EXPECT_EQ(rows.front()["fact"], "caseload.national");  // the panel's order
  const Json crc = Row(rows, "fact", "caseload.crc");
  EXPECT_EQ(crc["provider"], "CRC");
  EXPECT_EQ(crc["unit"], "count");
  EXPECT_EQ(crc["Derbyshire"], 8449);
  EXPECT_EQ(crc["Kent"], 8392);
  EXPECT_EQ(crc["North London"], 28750);
  const Json licence = Row(rows, "fact", "crc.licence-completion");
  EXPECT_EQ(licence["North London"], 86.9);
  EXPECT_EQ(licence["Kent"], 74);
  const Json mappa = Row(rows, "fact", "nps.mappa-eligible");
  EXPECT_EQ(mappa["provider"], "NPS");
  EXPECT_EQ(mappa["Derbyshire"], 1384);
  EXPECT_EQ(Row(rows, "fact", "crc.owner-holdings")["Kent"], 1);
  EXPECT_FALSE(rows.front().contains("Durham Tees Valley"));  // its panel is an image
}

TEST_F(CompareCommand, EarlierScoresOneRowPerMeasureAndYear) {
  const Json rows = Rows("--kind earlier_scores");
  ASSERT_EQ(rows.size(), 8u) << rows.dump();
  const Json control = Row(rows, "measure", "omi2.risk-of-harm");
  EXPECT_EQ(control["period"], "2010");
  EXPECT_EQ(control["Derbyshire"], 80);
  EXPECT_EQ(control["programme_lowest"], 64);
  EXPECT_EQ(control["programme_highest"], 81);
  EXPECT_EQ(control["programme_average"], 70);
  EXPECT_TRUE(control["Kent"].is_null());
  const Json sentencing = Row(rows, "measure", "iaow.assisting-sentencing");
  EXPECT_EQ(sentencing["period"], "2014");
  EXPECT_EQ(sentencing["Kent"], 86);
  EXPECT_EQ(sentencing["North London"], 85);
  EXPECT_TRUE(sentencing["programme_average"].is_null());
  EXPECT_EQ(Row(rows, "measure", "iaow.protecting-public")["North London"], 52);
  EXPECT_EQ(rows.front()["period"], "2010");  // oldest first
}

TEST_F(CompareCommand, EarlierScoresAreNotTheReportsOwnMeasures) {
  for (const Json& row : Rows("--kind measures"))
    EXPECT_EQ(row["measure"].get<std::string>().rfind("omi2.", 0), std::string::npos) << row.dump();
}

// Without --format: an aligned table on a terminal (script(1) gives the command
// one), CSV into a pipe or file.
TEST_F(CompareCommand, TheDefaultFormatFollowsWhereTheOutputGoes) {
  const std::string compare = "compare --dataset '" + Dataset() + "' --kind key_facts";
  const CliResult piped = RunCli(compare);
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.out.rfind("fact,unit,provider,Derbyshire,Kent,North London\r\n", 0), 0u) << piped.out;
  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "no script(1)";
  TempDir out;
  const std::string command = "script -qec \"'" + CliPath() + "' " + compare + "\" /dev/null >'" +
                              out.path() + "/terminal.out' 2>&1 </dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0);
  const CliResult terminal{0, ReadAll(out.path() + "/terminal.out"), ""};
  EXPECT_NE(terminal.out.find("fact                    unit     provider  Derbyshire  Kent"),
            std::string::npos) << terminal.out;
  EXPECT_EQ(terminal.out.find("fact,unit"), std::string::npos) << terminal.out;
}

TEST_F(CompareCommand, TableIsAlignedAndCsvHasOneHeader) {
  const CliResult table = RunCli("compare --dataset '" + Dataset() + "' --format table");
  ASSERT_EQ(table.exit_code, 0);
  EXPECT_EQ(table.out.rfind("standard  CRC Inadequate", 0), 0u) << table.out;
  const CliResult csv = RunCli("compare --dataset '" + Dataset() + "' --kind case_results --format csv");
  EXPECT_EQ(csv.out.rfind("question,CRC mean % yes,CRC reports,NPS mean % yes,NPS reports\r\n", 0), 0u);
}

TEST_F(CompareCommand, UnknownKindIsAUsageError) {
  const CliResult result = RunCli("compare --dataset '" + Dataset() + "' --kind stars");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "findings compare: unknown kind 'stars' (kinds: ratings, case_results, measures, "
            "key_facts, earlier_scores)\n");
}

}  // namespace
}  // namespace findings::testing

// `findings history` on a dataset of the corpus. Expected values are read from the
// reports: Derbyshire's 2010 table ("Our report") and Key facts panel
// (corpus/text/derbyshire.txt), Kent's 2014 table (corpus/text/kent.txt), the
// Durham Tees Valley CRC summary of ratings (corpus/text/durham-tees-valley.txt).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/cli/corpus_dataset.h"

namespace findings::testing {
namespace {

using Json = nlohmann::json;

class HistoryCommand : public CorpusDatasetTest {
 protected:

  static CliResult History(const std::string& args) {
    return RunCli("history --dataset '" + Dataset() + "' " + args);
  }
  static Json Rows(const std::string& subject) {
    const CliResult result = History("--format json " + subject);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return Json::parse(result.out, nullptr, false);
  }
  // The rows of one kind, as "date id value detail" strings.
  static std::vector<std::string> Of(const Json& rows, const std::string& kind) {
    std::vector<std::string> out;
    for (const Json& row : rows) {
      if (row["kind"] != kind) continue;
      const auto text = [](const Json& v) { return v.is_null() ? std::string("-") : v.is_string() ? v.get<std::string>() : v.dump(); };
      out.push_back(text(row["date"]) + " " + text(row["id"]) + " " + text(row["value"]) + " " +
                    text(row["detail"]));
    }
    return out;
  }
};

TEST_F(HistoryCommand, AnAreaShowsItsEarlierInspectionThenTheCrcAndNpsInDateOrder) {
  const Json rows = Rows("derbyshire");
  ASSERT_TRUE(rows.is_array());
  ASSERT_FALSE(rows.empty());
  // Date order: the 2010 scores come before the 2016 report that reprints them.
  EXPECT_EQ(rows.front()["date"], "2010");
  EXPECT_EQ(rows.back()["date"], "2016-09");
  for (std::size_t i = 1; i < rows.size(); ++i)
    EXPECT_LE(rows[i - 1]["date"].get<std::string>(), rows[i]["date"].get<std::string>());
  const auto earlier = Of(rows, "earlier_score");
  ASSERT_EQ(earlier.size(), 12u);
  EXPECT_EQ(earlier[0], "2010 omi2.risk-of-harm 64 programme_lowest");
  EXPECT_EQ(earlier[3], "2010 omi2.risk-of-harm 80 area");
  EXPECT_EQ(earlier[11], "2010 omi2.compliance-enforcement 84 area");
  EXPECT_EQ(rows.front()["provider"], "Probation Trust");

  std::vector<std::string> providers;
  for (const Json& row : rows)
    if (row["kind"] == "provider") providers.push_back(row["provider_id"]);
  EXPECT_EQ(providers, (std::vector<std::string>{
                           "crc.derbyshire-nottinghamshire-leicestershire-rutland", "nps.midlands"}));
  const auto facts = Of(rows, "key_fact");
  ASSERT_EQ(facts.size(), 8u);
  EXPECT_EQ(facts[1], "2016-09 caseload.crc 8449 count");
  EXPECT_EQ(facts[4], "2016-09 caseload.nps 16182 count");
  EXPECT_FALSE(Of(rows, "measure").empty());
}

TEST_F(HistoryCommand, AProviderShowsItsOwnFindingsAndItsAreasEarlierScores) {
  const Json rows = Rows("crc.derbyshire-nottinghamshire-leicestershire-rutland");
  EXPECT_EQ(Of(rows, "earlier_score").size(), 12u);
  for (const Json& row : rows) {
    EXPECT_NE(row["provider"], "NPS") << row.dump();
    if (row["kind"] != "key_fact" || row["provider"] != "CRC") continue;
    EXPECT_EQ(row["provider_id"], "crc.derbyshire-nottinghamshire-leicestershire-rutland");
  }
  const auto facts = Of(rows, "key_fact");  // the national caseload, and the CRC's six
  EXPECT_EQ(facts.size(), 6u);
  EXPECT_EQ(facts[0], "2016-09 caseload.national 251170 count");
}

TEST_F(HistoryCommand, ARatedProvidersHistoryHasItsRatings) {
  const Json rows = Rows("crc.durham-tees-valley");
  const auto ratings = Of(rows, "rating");
  ASSERT_FALSE(ratings.empty());
  EXPECT_EQ(ratings[0], "2019-03 overall Requires improvement -");
  EXPECT_TRUE(Of(rows, "earlier_score").empty());
}

TEST_F(HistoryCommand, AnAreaIsFoundByItsNameOrSlug) {
  const auto slug = Of(Rows("north-london"), "earlier_score");
  EXPECT_EQ(slug, Of(Rows("'North London'"), "earlier_score"));
  ASSERT_EQ(slug.size(), 5u);
  EXPECT_EQ(slug[0], "2014 iaow.assisting-sentencing 85 area");
  EXPECT_EQ(Of(Rows("Kent"), "earlier_score")[3], "2014 iaow.protecting-public 58 area");
}

TEST_F(HistoryCommand, TableAndCsvAsCompareDoes) {
  const CliResult table = History("derbyshire --format table");
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_EQ(table.out.rfind("date     report              kind", 0), 0u) << table.out.substr(0, 200);
  EXPECT_NE(table.out.find("…"), std::string::npos);  // long texts are cut in a table
  const CliResult csv = History("derbyshire");
  EXPECT_EQ(csv.out.rfind("date,report,kind,provider,provider_id,id,title,value,detail\r\n", 0), 0u);
}

TEST_F(HistoryCommand, AnUnknownSubjectSaysWhatThereIs) {
  const CliResult unknown = History("narnia");
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_EQ(unknown.err, "findings history: " + Dataset() +
                             ": no area or provider 'narnia' in the dataset (areas: Derbyshire, "
                             "Durham Tees Valley, Kent, North London, South West South Central; "
                             "providers by id, e.g. crc.derbyshire-nottinghamshire-leicestershire-rutland)\n");
  const CliResult no_report = History("crc.essex");
  EXPECT_EQ(no_report.exit_code, 1);
  EXPECT_NE(no_report.err.find("no report in the dataset is about provider crc.essex"), std::string::npos);
}

TEST_F(HistoryCommand, UsageErrorsAndHelp) {
  EXPECT_EQ(History("").exit_code, 2);
  EXPECT_EQ(History("derbyshire --format yaml").err,
            "findings history: unknown format 'yaml' (formats: table, csv, json)\n");
  const CliResult help = RunCli("history --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("AREA|PROVIDER-ID"), std::string::npos) << help.out;
  const CliResult missing = RunCli("history derbyshire --dataset /nonexistent/ds");
  EXPECT_EQ(missing.exit_code, 1);
}

}  // namespace
}  // namespace findings::testing

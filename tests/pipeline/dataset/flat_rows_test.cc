#include "dataset/flat_rows.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "emit/model_json.h"

namespace findings::dataset {
namespace {

bool HasColumn(const std::string& kind, const std::string& name) {
  const auto& columns = KindColumns(kind);
  return std::any_of(columns.begin(), columns.end(), [&](const Column& c) { return c.name == name; });
}

TEST(FlatRows, NestedObjectsAreFlattenedWithUnderscore) {
  EXPECT_TRUE(HasColumn("ratings", "provenance_page"));
  EXPECT_TRUE(HasColumn("diagnostics", "provenance_start"));
  EXPECT_TRUE(HasColumn("key_facts", "of"));  // shown only when present, still a column
}

TEST(FlatRows, EveryKindTableHasATable) {
  EXPECT_EQ(TableKinds().size(), kFindingKinds.size() + 1);
  for (const std::string& kind : TableKinds()) EXPECT_EQ(KindColumns(kind)[0].name, kReportIdColumn);
}

TEST(FlatRows, RowCarriesTheReportAndArraysAsJsonText) {
  Findings f;
  f.report.id = "kent-2016-10";
  f.report.area = "Kent";
  f.report.published = "2016-10";
  f.recommendations.push_back({3, {"CRC", "NPS"}, "both", "do better", {std::nullopt, 5, 9}});
  const Json tree = ToJson(f);
  const std::vector<Json> row =
      FindingRow(f.report, tree["recommendations"][0], 0, "recommendations", {{"CRC", "crc.kent-surrey-sussex"}});
  const auto& columns = KindColumns("recommendations");
  ASSERT_EQ(row.size(), columns.size());
  std::map<std::string, Json> by_name;
  for (std::size_t i = 0; i < row.size(); ++i) by_name[columns[i].name] = row[i];
  EXPECT_EQ(by_name["report_id"], "kent-2016-10");
  EXPECT_EQ(by_name["area"], "Kent");
  EXPECT_EQ(by_name["published"], "2016-10");
  EXPECT_EQ(by_name["number"], 3);
  EXPECT_EQ(by_name["addressees"], R"(["CRC","NPS"])");
  EXPECT_TRUE(by_name["provenance_page"].is_null());
  EXPECT_EQ(by_name["provenance_end"], 9);
}

TEST(FlatRows, AFindingsProviderCodeHasTheCanonicalIdBesideIt) {
  for (const char* kind : {"ratings", "case_results", "key_facts", "percentages",
                           "practice_examples", "judgements"}) {
    const auto& columns = KindColumns(kind);
    const auto code = std::find_if(columns.begin(), columns.end(),
                                   [](const Column& c) { return c.name == kProviderKey; });
    ASSERT_NE(code, columns.end()) << kind;
    ASSERT_NE(code + 1, columns.end()) << kind;
    EXPECT_EQ((code + 1)->name, kProviderIdColumn) << kind;
  }
  EXPECT_FALSE(HasColumn("recommendations", kProviderIdColumn));
  EXPECT_FALSE(HasColumn("diagnostics", kProviderIdColumn));

  Findings f;
  f.report.id = "kent-2016-10";
  f.ratings.push_back({"CRC", "1.1", "Leadership", "Good", {}});
  f.ratings.push_back({"NPS", "1.1", "Leadership", "Good", {}});
  f.ratings.push_back({std::nullopt, "overall", "Overall", "Good", {}});
  const Json tree = ToJson(f);
  const ProviderIds ids = {{"CRC", "crc.kent-surrey-sussex"}};  // the NPS division unknown
  const std::size_t at = static_cast<std::size_t>(
      std::find_if(KindColumns("ratings").begin(), KindColumns("ratings").end(),
                   [](const Column& c) { return c.name == kProviderIdColumn; }) -
      KindColumns("ratings").begin());
  EXPECT_EQ(FindingRow(f.report, tree["ratings"][0], 0, "ratings", ids)[at], "crc.kent-surrey-sussex");
  EXPECT_TRUE(FindingRow(f.report, tree["ratings"][1], 1, "ratings", ids)[at].is_null());
  EXPECT_TRUE(FindingRow(f.report, tree["ratings"][2], 2, "ratings", ids)[at].is_null());
}

}  // namespace
}  // namespace findings::dataset

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

TEST(FlatRowsTest, NestedObjectsAreFlattenedWithUnderscore) {
  EXPECT_TRUE(HasColumn("ratings", "provenance_page"));
  EXPECT_TRUE(HasColumn("diagnostics", "provenance_start"));
  EXPECT_TRUE(HasColumn("key_facts", "of"));  // shown only when present, still a column
}

TEST(FlatRowsTest, EveryKindTableHasATable) {
  EXPECT_EQ(TableKinds().size(), kFindingKinds.size() + 1);
  for (const std::string& kind : TableKinds()) EXPECT_EQ(KindColumns(kind)[0].name, kReportIdColumn);
}

TEST(FlatRowsTest, RowCarriesTheReportAndArraysAsJsonText) {
  Findings f;
  f.report.id = "kent-2016-10";
  f.report.area = "Kent";
  f.report.published = "2016-10";
  f.recommendations.push_back({3, {"CRC", "NPS"}, "both", "do better", {std::nullopt, 5, 9}});
  const Json tree = ToJson(f);
  const std::vector<Json> row = FindingRow(f.report, tree["recommendations"][0], 0, "recommendations");
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

}  // namespace
}  // namespace findings::dataset

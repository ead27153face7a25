#include "report/chart_data.h"

#include <gtest/gtest.h>

#include <string>

namespace findings::report {
namespace {

using Json = nlohmann::ordered_json;

ReportRows OneOfEach() {
  ReportRows rows;
  rows.multi_year = true;
  rows.ratings.push_back({"CRC", "Kent CRC (2018)", "1.1", "Leadership", "Good", {"kent-2018", 4}});
  rows.case_points.push_back({"2.1.1", "Does assessment focus on engagement?", "NPS", "Kent",
                              "2018", 83, {"kent-2018", 12}});
  rows.case_means.push_back({"2.1.1", "NPS", "2018", 80.5, 2, "kent-2018, york-2018"});
  rows.measures.push_back({"rosh.action-taken", "Derbyshire", "", 86, "Action in 86%.",
                           {"derbyshire-2016-09", std::nullopt}});
  rows.key_facts.push_back({"caseload.crc", "count", "CRC", "Kent", "2018-03", 2, 4200, "4,200",
                            "Cases supervised by the CRC", {"kent-2018", 2}});
  rows.timeline.push_back({"Kent", "2010", 2010.0, "earlier inspection", "Probation Trust",
                           "Scores of 2010", {"kent-2018", 30}});
  return rows;
}

TEST(ChartData, HasEverySectionTheScriptReads) {
  const Json data = ChartData(OneOfEach());
  std::string keys;
  for (const auto& [key, value] : data.items()) keys += key + " ";
  EXPECT_EQ(keys, "multi_year ratings case_points case_means measures key_facts timeline ");
  EXPECT_EQ(data["multi_year"], true);
  for (const char* section :
       {"ratings", "case_points", "case_means", "measures", "key_facts", "timeline"})
    EXPECT_EQ(data[section].size(), 1u) << section;
}

TEST(ChartData, EachRecordCarriesItsReportAndPage) {
  const Json data = ChartData(OneOfEach());
  const Json& rating = data["ratings"][0];
  EXPECT_EQ(rating["rating"], "Good");
  EXPECT_EQ(rating["standard"], "1.1");
  EXPECT_EQ(rating["title"], "Leadership");
  EXPECT_EQ(rating["report"], "kent-2018");
  EXPECT_EQ(rating["page"], 4);
  EXPECT_EQ(rating["source"], "kent-2018 p. 4");
  const Json& measure = data["measures"][0];
  EXPECT_TRUE(measure["page"].is_null());
  EXPECT_EQ(measure["source"], "derbyshire-2016-09");
  EXPECT_EQ(data["case_points"][0]["percent"], 83.0);
  EXPECT_EQ(data["key_facts"][0]["value_text"], "4,200");
  EXPECT_EQ(data["timeline"][0]["kind"], "earlier inspection");
}

TEST(ChartData, AMeansRecordNamesTheReportsAveraged) {
  const Json data = ChartData(OneOfEach());
  const Json& mean = data["case_means"][0];
  EXPECT_EQ(mean["mean"], 80.5);
  EXPECT_EQ(mean["reports"], 2);
  EXPECT_EQ(mean["report_ids"], "kent-2018, york-2018");
  EXPECT_FALSE(mean.contains("page"));
}

TEST(ChartData, AFigureAboutNoProviderIsLabelledBoth) {
  const Json data = ChartData(OneOfEach());
  EXPECT_EQ(data["measures"][0]["provider_type"], "both");
  EXPECT_EQ(data["key_facts"][0]["provider_type"], "CRC");
}

TEST(ChartData, NoRowsGiveEmptySections) {
  const Json data = ChartData(ReportRows{});
  EXPECT_EQ(data["multi_year"], false);
  EXPECT_TRUE(data["ratings"].is_array());
  EXPECT_TRUE(data["ratings"].empty());
}

TEST(InlineJson, NoLessThanSignCanCloseTheScriptElement) {
  const Json data = {{"text", "</script><script>alert(1)</script>"}};
  const std::string inlined = InlineJson(data);
  EXPECT_EQ(inlined.find('<'), std::string::npos);
  EXPECT_EQ(inlined, "{\"text\":\"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\"}");
  EXPECT_EQ(Json::parse(inlined), data);
}

}  // namespace
}  // namespace findings::report

#include "emit/model_json.h"

#include <gtest/gtest.h>

#include <limits>

#include "pipeline/emit/sample_findings.h"

namespace findings {
namespace {

using testing::SampleFindings;

std::vector<std::string> Keys(const nlohmann::ordered_json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

TEST(ModelJson, TopLevelFieldsInModelOrder) {
  auto json = ToJson(SampleFindings());
  EXPECT_EQ(Keys(json), (std::vector<std::string>{
                            "schema_version", "report", "ratings", "case_results", "key_facts",
                            "percentages", "recommendations", "practice_examples", "judgements",
                            "diagnostics"}));
  EXPECT_EQ(json["schema_version"], "1.1");
}

TEST(ModelJson, ReportFieldsInModelOrder) {
  auto report = ToJson(SampleFindings())["report"];
  EXPECT_EQ(Keys(report), (std::vector<std::string>{
                              "id", "format", "title", "area", "published", "fieldwork_started",
                              "providers", "lead_inspector", "source", "extractor"}));
  EXPECT_TRUE(report["fieldwork_started"].is_null());
  EXPECT_TRUE(report["source"]["pages"].is_null());
  EXPECT_EQ(Keys(report["source"]), (std::vector<std::string>{"path", "sha256", "media_type", "pages"}));
}

TEST(ModelJson, KindsMatchFindingArrays) {
  auto json = ToJson(SampleFindings());
  for (const char* kind : kFindingKinds) {
    ASSERT_TRUE(json.contains(kind)) << kind;
    EXPECT_TRUE(json[kind].is_array()) << kind;
    EXPECT_FALSE(json[kind].empty()) << kind;
  }
}

TEST(ModelJson, IntegralNumbersAreIntegers) {
  auto json = ToJson(SampleFindings());
  EXPECT_TRUE(json["key_facts"][0]["value"].is_number_integer());
  EXPECT_EQ(json["key_facts"][0]["value"].dump(), "251170");
  EXPECT_EQ(json["key_facts"][1]["of"].dump(), "21");
  EXPECT_EQ(json["percentages"][0]["value"].dump(), "86");
  EXPECT_EQ(json["percentages"][1]["value"].dump(), "86.9");
  EXPECT_EQ(json["case_results"][0]["percent"].dump(), "83");
}

TEST(ModelJson, OptionalFieldsShownOnlyWhereTheModelSays) {
  auto json = ToJson(SampleFindings());
  EXPECT_FALSE(json["key_facts"][0].contains("of"));
  EXPECT_EQ(json["key_facts"][1]["footnotes"], nlohmann::ordered_json::array());
  EXPECT_FALSE(json["percentages"][0].contains("note"));
  EXPECT_FALSE(json["percentages"][0].contains("footnotes"));
  EXPECT_EQ(json["percentages"][1]["note"], "context");
  EXPECT_EQ(json["percentages"][1]["footnotes"].dump(), "[4,5]");
  EXPECT_TRUE(json["case_results"][1]["percent"].is_null());
  EXPECT_TRUE(json["percentages"][1]["provider"].is_null());
  EXPECT_TRUE(json["diagnostics"][1]["provenance"].is_null());
}

TEST(ModelJson, EveryFindingHasProvenance) {
  auto json = ToJson(SampleFindings());
  for (const char* kind : kFindingKinds) {
    for (const auto& item : json[kind]) {
      ASSERT_TRUE(item.contains("provenance")) << kind;
      EXPECT_EQ(Keys(item["provenance"]), (std::vector<std::string>{"page", "start", "end"}));
    }
  }
  EXPECT_TRUE(json["key_facts"][0]["provenance"]["page"].is_null());
  EXPECT_EQ(json["ratings"][0]["provenance"]["page"], 3);
}

TEST(ModelJson, ComparableIdsAreAlwaysShown) {
  auto json = ToJson(SampleFindings());
  EXPECT_EQ(Keys(json["key_facts"][0]),
            (std::vector<std::string>{"value", "unit", "value_text", "provider", "fact",
                                      "description", "footnotes", "provenance"}));
  EXPECT_EQ(json["key_facts"][0]["fact"], "caseload.national");
  EXPECT_TRUE(json["key_facts"][1]["fact"].is_null());
  EXPECT_EQ(Keys(json["percentages"][0]),
            (std::vector<std::string>{"value", "provider", "domain", "section", "sentence",
                                      "measure", "period", "basis", "provenance"}));
  EXPECT_TRUE(json["percentages"][0]["period"].is_null());
  EXPECT_TRUE(json["percentages"][0]["basis"].is_null());
  EXPECT_EQ(json["percentages"][2]["measure"], "omi.risk-of-harm");
  EXPECT_EQ(json["percentages"][2]["period"], "2010");
  EXPECT_EQ(json["percentages"][2]["basis"], "programme_lowest");
}

TEST(ModelJson, NonFiniteNumbersBecomeNull) {
  Findings f;
  f.percentages.push_back({});
  f.percentages[0].value = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(ToJson(f)["percentages"][0]["value"].is_null());
}

TEST(ModelJson, RoundTripsThroughFromJson) {
  auto json = ToJson(SampleFindings());
  auto back = FromJson(nlohmann::json::parse(json.dump()));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(ToJson(*back), json);
}

}  // namespace
}  // namespace findings

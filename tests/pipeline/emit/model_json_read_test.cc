// FromJson: reading a report document back into the model, and naming the
// first field it cannot read.
#include <gtest/gtest.h>

#include "emit/model_json.h"
#include "pipeline/emit/sample_findings.h"

namespace findings {
namespace {

using testing::SampleFindings;

Result<Findings> Read(const char* json) { return FromJson(nlohmann::json::parse(json)); }

TEST(ModelJsonRead, ReadsADocumentOfSchema10WithNullIds) {
  auto json = nlohmann::json::parse(ToJson(SampleFindings()).dump());
  json["schema_version"] = "1.0";
  json["key_facts"][0].erase("fact");
  for (auto& p : json["percentages"]) p.erase("period"), p.erase("basis");
  auto back = FromJson(json);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_FALSE(back->key_facts[0].fact.has_value());
  EXPECT_FALSE(back->percentages[2].period.has_value());
  EXPECT_EQ(back->percentages[2].measure, "omi.risk-of-harm");
  EXPECT_EQ(ToJson(*back)["schema_version"], "1.1");
}

TEST(ModelJsonRead, ReadsGoldWithoutProvenance) {
  auto f = Read(R"({"report": {"id": "x-2018", "format": "rated-2018",
      "title": "T", "area": "X", "published": "2018", "fieldwork_started": null,
      "providers": [], "lead_inspector": null},
      "ratings": [{"provider": "NPS", "standard": "1.1", "title": "Leadership", "rating": "Good"}]})");
  ASSERT_TRUE(f.ok()) << f.status().message();
  ASSERT_EQ(f->ratings.size(), 1u);
  EXPECT_EQ(f->ratings[0].rating, "Good");
  EXPECT_EQ(f->report.published, "2018");
  EXPECT_EQ(f->ratings[0].provenance.start, 0u);
  EXPECT_FALSE(f->ratings[0].provenance.page.has_value());
}

TEST(ModelJsonRead, ReadsEveryKindOfField) {
  auto f = Read(R"json({
      "report": {"id": "kent-2016-05", "format": "quality-impact-2016", "title": "T",
                 "area": "Kent", "published": "2016-05", "fieldwork_started": null,
                 "providers": [{"type": "CRC", "name": "KSS CRC"}], "lead_inspector": null,
                 "source": {"path": "kent.pdf", "sha256": "ab", "media_type": "application/pdf",
                            "pages": 50},
                 "extractor": {"plugin": "p", "plugin_version": "1", "grammar_sha256": "cd"}},
      "key_facts": [{"value": 2, "unit": "count", "value_text": "2 (of 21)", "of": 21,
                     "provider": "CRC", "fact": null, "description": "d", "footnotes": [3, 4],
                     "provenance": {"page": 7, "start": 10, "end": 20}}],
      "recommendations": [{"number": 4, "addressees": ["CRC", "NPS"], "addressee_text": "both",
                           "text": "t", "provenance": {"page": null, "start": 1, "end": 2}}],
      "diagnostics": [{"level": "warning", "code": "a.b", "message": "m", "provenance": null},
                      {"level": "error", "code": "c.d", "message": "n",
                       "provenance": {"page": 3, "start": 5, "end": 6}}]})json");
  ASSERT_TRUE(f.ok()) << f.status().message();
  ASSERT_EQ(f->report.providers.size(), 1u);
  EXPECT_EQ(f->report.providers[0].name, "KSS CRC");
  EXPECT_EQ(f->report.source.pages, 50);
  EXPECT_EQ(f->report.extractor.grammar_sha256, "cd");
  ASSERT_EQ(f->key_facts.size(), 1u);
  EXPECT_EQ(f->key_facts[0].value, 2.0);
  EXPECT_EQ(f->key_facts[0].of, 21.0);
  EXPECT_EQ(f->key_facts[0].provider, "CRC");
  EXPECT_FALSE(f->key_facts[0].fact.has_value());
  EXPECT_EQ(f->key_facts[0].footnotes, (std::vector<int>{3, 4}));
  EXPECT_EQ(f->key_facts[0].provenance.page, 7);
  EXPECT_EQ(f->key_facts[0].provenance.end, 20u);
  ASSERT_EQ(f->recommendations.size(), 1u);
  EXPECT_EQ(f->recommendations[0].number, 4);
  EXPECT_EQ(f->recommendations[0].addressees, (std::vector<std::string>{"CRC", "NPS"}));
  EXPECT_FALSE(f->recommendations[0].provenance.page.has_value());
  ASSERT_EQ(f->diagnostics.size(), 2u);
  EXPECT_FALSE(f->diagnostics[0].provenance.has_value());
  ASSERT_TRUE(f->diagnostics[1].provenance.has_value());
  EXPECT_EQ(f->diagnostics[1].provenance->start, 5u);
}

TEST(ModelJsonRead, FieldsLeftOutOfTheDocumentAreEmpty) {
  auto f = Read(R"({"percentages": [{"value": 86.9, "provider": null, "domain": null,
      "section": "s", "sentence": "t", "measure": null, "period": null, "basis": null}]})");
  ASSERT_TRUE(f.ok()) << f.status().message();
  ASSERT_EQ(f->percentages.size(), 1u);
  EXPECT_EQ(f->percentages[0].value, 86.9);
  EXPECT_FALSE(f->percentages[0].note.has_value());
  EXPECT_TRUE(f->percentages[0].footnotes.empty());
  EXPECT_TRUE(f->ratings.empty());
  EXPECT_TRUE(f->report.id.empty());
}

struct BadDocument {
  const char* json;
  Code code;
  const char* message;
};

TEST(ModelJsonRead, NamesTheBadField) {
  const BadDocument cases[] = {
      {R"([1])", Code::kInvalidArgument, "document: expected an object"},
      {R"({"ratings": [{"provider": "NPS", "standard": "1.1", "title": "L", "rating": 3}]})",
       Code::kInvalidArgument, "ratings[0].rating: expected a string"},
      {R"({"key_facts": [{"unit": "count", "value_text": "2", "description": "d"}]})",
       Code::kInvalidArgument, "key_facts[0].value: missing"},
      {R"({"report": {"id": 1}})", Code::kInvalidArgument, "report.id: expected a string"},
      {R"({"schema_version": "2.0"})", Code::kUnsupported,
       "schema_version \"2.0\" (supported: 1.0, 1.1)"},
      {R"({"ratings": {}})", Code::kInvalidArgument, "ratings: expected an array"},
      {R"({"ratings": [7]})", Code::kInvalidArgument, "ratings[0]: expected an object"},
      {R"({"report": {"id": "x", "format": "f", "title": "t", "area": "a", "published": 2016}})",
       Code::kInvalidArgument, "report.published: expected a string or null"},
      {R"({"report": {"id": "x", "format": "f", "title": "t", "area": "a",
                      "source": {"path": "p", "sha256": "s", "media_type": "m", "pages": "50"}}})",
       Code::kInvalidArgument, "report.source.pages: expected an integer or null"},
      {R"({"case_results": [{"question": "2.1", "text": "t", "percent": "83%"}]})",
       Code::kInvalidArgument, "case_results[0].percent: expected a number or null"},
      {R"({"recommendations": [{"number": 1.5}]})", Code::kInvalidArgument,
       "recommendations[0].number: expected an integer"},
      {R"({"recommendations": [{"number": 1, "addressees": ["CRC", 2]}]})", Code::kInvalidArgument,
       "recommendations[0].addressees: expected strings"},
      {R"({"key_facts": [{"value": 1, "unit": "u", "value_text": "1", "description": "d",
                          "footnotes": ["1"]}]})",
       Code::kInvalidArgument, "key_facts[0].footnotes: expected integers"},
      {R"({"judgements": [{"kind": "k", "text": "t", "provenance": {"start": -1, "end": 2}}]})",
       Code::kInvalidArgument, "judgements[0].provenance.start: expected a non-negative integer"},
      {R"({"diagnostics": [{"level": "warning", "code": "c", "message": "m",
                            "provenance": {"start": 1}}]})",
       Code::kInvalidArgument, "diagnostics[0].provenance.end: missing"},
  };
  for (const auto& c : cases) {
    auto f = Read(c.json);
    ASSERT_FALSE(f.ok()) << c.json;
    EXPECT_EQ(f.status().code(), c.code) << c.json;
    EXPECT_EQ(f.status().message(), c.message) << c.json;
  }
}

TEST(ModelJsonRead, ReportsTheFirstBadFieldInDocumentOrder) {
  // Both the report's title and the second rating are wrong: the report comes first.
  auto f = Read(R"({"report": {"id": "x", "format": "f", "title": 5},
                    "ratings": [{"standard": "1", "title": "t", "rating": "Good"},
                                {"standard": 2}]})");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().message(), "report.title: expected a string");
}

}  // namespace
}  // namespace findings

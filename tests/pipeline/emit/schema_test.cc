// The shipped schemas accept what the writers produce and reject what the
// model forbids: both schemas, the same cases.
#include <gtest/gtest.h>

#include <functional>
#include <sstream>

#include <pugixml.hpp>

#include "emit/json_writer.h"
#include "emit/model_json.h"
#include "emit/xml_writer.h"
#include "pipeline/emit/sample_findings.h"
#include "pipeline/emit/schema_validation.h"

namespace findings {
namespace {

using testing::SampleFindings;

class Schemas : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing::JsonValidatorAvailable()) GTEST_SKIP() << "python3-jsonschema missing";
    if (!testing::XmlValidatorAvailable()) GTEST_SKIP() << "xmllint missing";
  }
};

TEST_F(Schemas, AcceptTheSampleDocument) {
  EXPECT_EQ(testing::ValidateJsonText(WriteJson(SampleFindings())), "");
  EXPECT_EQ(testing::ValidateXmlText(WriteXml(SampleFindings())), "");
}

TEST_F(Schemas, AcceptAReportWithoutFindings) {
  Findings f;
  f.report = SampleFindings().report;
  f.report.published.reset();
  f.report.lead_inspector.reset();
  f.report.providers.clear();
  f.report.source.pages = 12;
  EXPECT_EQ(testing::ValidateJsonText(WriteJson(f)), "");
  EXPECT_EQ(testing::ValidateXmlText(WriteXml(f)), "");
}

struct Violation {
  const char* name;
  std::function<void(Findings&)> mutate;
};

// Each breaks one rule of the model (closed vocabularies, shapes, required text).
const Violation kViolations[] = {
    {"rating word not normalised", [](Findings& f) { f.ratings[0].rating = "Requires Improvement"; }},
    {"provider not a code", [](Findings& f) { f.percentages[0].provider = "Both"; }},
    {"report provider type", [](Findings& f) { f.report.providers[0].type = "Private"; }},
    {"addressee not a code", [](Findings& f) { f.recommendations[0].addressees.push_back("POLICE"); }},
    {"no addressee", [](Findings& f) { f.recommendations[0].addressees.clear(); }},
    {"judgement kind", [](Findings& f) { f.judgements[0].kind = "weakness"; }},
    {"polarity", [](Findings& f) { f.practice_examples[0].polarity = "mixed"; }},
    {"unit", [](Findings& f) { f.key_facts[0].unit = "number"; }},
    {"diagnostic level", [](Findings& f) { f.diagnostics[0].level = "info"; }},
    {"media type", [](Findings& f) { f.report.source.media_type = "text/html"; }},
    {"date not ISO", [](Findings& f) { f.report.published = "September 2016"; }},
    {"report id not a slug", [](Findings& f) { f.report.id = "Derbyshire 2016"; }},
    {"question id", [](Findings& f) { f.case_results[0].question = "2.1"; }},
    {"standard id", [](Findings& f) { f.ratings[1].standard = "Assessment"; }},
    {"sha256 missing", [](Findings& f) { f.report.source.sha256.clear(); }},
    {"case percent above 100", [](Findings& f) { f.case_results[0].percent = 120; }},
    {"footnote zero", [](Findings& f) { f.key_facts[0].footnotes = {0}; }},
    {"empty judgement text", [](Findings& f) { f.judgements[0].text.clear(); }},
    {"note not context", [](Findings& f) { f.percentages[1].note = "aside"; }},
    {"page zero", [](Findings& f) { f.ratings[0].provenance.page = 0; }},
    {"fact id not dotted lower case", [](Findings& f) { f.key_facts[0].fact = "Caseload CRC"; }},
    {"basis not a column meaning", [](Findings& f) { f.percentages[2].basis = "median"; }},
    {"period not a year", [](Findings& f) { f.percentages[2].period = "June 2010"; }},
};

TEST_F(Schemas, RejectWhatTheModelForbids) {
  for (const auto& v : kViolations) {
    Findings f = SampleFindings();
    v.mutate(f);
    EXPECT_NE(testing::ValidateJsonText(WriteJson(f)), "") << "JSON: " << v.name;
    EXPECT_NE(testing::ValidateXmlText(WriteXml(f)), "") << "XML: " << v.name;
  }
}

TEST_F(Schemas, JsonRejectsUnknownAndMissingFields) {
  const std::function<void(nlohmann::ordered_json&)> cases[] = {
      [](auto& j) { j["ratings"][0]["confidence"] = 1; },
      [](auto& j) { j["report"].erase("area"); },
      [](auto& j) { j["judgements"][0].erase("provenance"); },
      [](auto& j) { j["schema_version"] = "2.0"; },
      [](auto& j) { j["extra_kind"] = nlohmann::ordered_json::array(); },
  };
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    auto json = ToJson(SampleFindings());
    cases[i](json);
    EXPECT_NE(testing::ValidateJsonText(json.dump()), "") << "case " << i;
  }
}

std::string Xml(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out);
  return out.str();
}

TEST_F(Schemas, XsdRejectsUnknownMissingAndNilFields) {
  const std::function<void(pugi::xml_node)> cases[] = {
      [](pugi::xml_node r) { r.child("ratings").child("item").append_child("confidence"); },
      [](pugi::xml_node r) { r.child("report").remove_child("area"); },
      [](pugi::xml_node r) { r.child("judgements").child("item").remove_child("provenance"); },
      [](pugi::xml_node r) { r.attribute("schema_version").set_value("2.0"); },
      [](pugi::xml_node r) { r.child("ratings").child("item").child("title").append_attribute("xsi:nil") = "true"; },
  };
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(WriteXml(SampleFindings()).c_str()));
    cases[i](doc.document_element());
    EXPECT_NE(testing::ValidateXmlText(Xml(doc)), "") << "case " << i;
  }
}

}  // namespace
}  // namespace findings

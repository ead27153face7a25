#include "emit/xml_writer.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "emit/model_json.h"
#include "pipeline/emit/sample_findings.h"

namespace findings {
namespace {

using Json = nlohmann::ordered_json;
using testing::SampleFindings;

pugi::xml_document Parse(const std::string& xml) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_string(xml.c_str());
  EXPECT_TRUE(parsed) << parsed.description();
  return doc;
}

TEST(XmlWriter, IsDeterministic) { EXPECT_EQ(WriteXml(SampleFindings()), WriteXml(SampleFindings())); }

TEST(XmlWriter, RootCarriesSchemaVersion) {
  std::string xml = WriteXml(SampleFindings());
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0), 0u);
  EXPECT_EQ(xml.back(), '\n');
  auto doc = Parse(xml);
  EXPECT_STREQ(doc.document_element().name(), "findings");
  EXPECT_STREQ(doc.document_element().attribute("schema_version").value(), "1.1");
  EXPECT_FALSE(doc.document_element().child("schema_version"));
}

TEST(XmlWriter, ArraysHoldOneItemPerEntry) {
  auto doc = Parse(WriteXml(SampleFindings()));
  auto root = doc.document_element();
  EXPECT_EQ(std::distance(root.child("ratings").children("item").begin(),
                          root.child("ratings").children("item").end()), 2);
  auto rec = root.child("recommendations").child("item");
  EXPECT_STREQ(rec.child("addressees").first_child().name(), "item");
  EXPECT_STREQ(rec.child("addressees").first_child().text().get(), "CRC");
  EXPECT_STREQ(rec.child("addressees").last_child().text().get(), "NPS");
}

TEST(XmlWriter, NullIsNilAndAbsentStaysAbsent) {
  const auto doc = Parse(WriteXml(SampleFindings()));  // kept: root points into it
  auto root = doc.document_element();
  auto fact = root.child("key_facts").child("item");
  EXPECT_STREQ(fact.child("provider").attribute("xsi:nil").value(), "true");
  EXPECT_TRUE(fact.child("provider").text().empty());
  EXPECT_FALSE(fact.child("of"));
  EXPECT_STREQ(fact.next_sibling().child("of").text().get(), "21");
}

TEST(XmlWriter, NumbersAsInJson) {
  const auto doc = Parse(WriteXml(SampleFindings()));  // kept: root points into it
  auto root = doc.document_element();
  EXPECT_STREQ(root.child("key_facts").child("item").child("value").text().get(), "251170");
  EXPECT_STREQ(root.child("percentages").child("item").next_sibling("item").child("value").text().get(),
               "86.9");
}

TEST(XmlWriter, KeepsUnicodeAndEscapesMarkup) {
  Findings f = SampleFindings();
  f.judgements[0].text = "Fish & chips <b>“quoted”</b> — naïve";
  std::string xml = WriteXml(f);
  EXPECT_NE(xml.find("Fish &amp; chips &lt;b&gt;“quoted”&lt;/b&gt; — naïve"), std::string::npos);
}

TEST(XmlWriter, ReplacesWhatXmlCannotCarry) {
  Findings f = SampleFindings();
  f.report.title = std::string("bell\x07 and bad \xff byte");
  const auto doc = Parse(WriteXml(f));  // kept: root points into it
  auto root = doc.document_element();
  EXPECT_STREQ(root.child("report").child("title").text().get(),
               "bell\xEF\xBF\xBD and bad \xEF\xBF\xBD byte");
}

// Walks the JSON tree and the XML side by side: same members, same order,
// same scalar text, nil exactly where null.
void ExpectSameTree(const Json& json, pugi::xml_node xml, const std::string& path) {
  if (json.is_null()) {
    EXPECT_STREQ(xml.attribute("xsi:nil").value(), "true") << path;
    return;
  }
  if (json.is_string()) {
    EXPECT_EQ(xml.text().get(), json.get<std::string>()) << path;
    return;
  }
  if (!json.is_structured()) {
    EXPECT_EQ(xml.text().get(), json.dump()) << path;
    return;
  }
  pugi::xml_node child = xml.first_child();
  for (const auto& member : json.items()) {
    ASSERT_TRUE(child) << path << " ends before " << member.key();
    EXPECT_EQ(child.name(), json.is_object() ? member.key() : std::string(kXmlItemElement)) << path;
    ExpectSameTree(member.value(), child, path + "/" + member.key());
    child = child.next_sibling();
  }
  EXPECT_FALSE(child) << path << " has an extra element " << child.name();
}

TEST(XmlWriter, CarriesTheSameValuesAsJson) {
  Findings f = SampleFindings();
  Json json = ToJson(f);
  json.erase(kSchemaVersionKey);
  auto doc = Parse(WriteXml(f));
  ExpectSameTree(json, doc.document_element(), "");
}

}  // namespace
}  // namespace findings

#include "emit/json_writer.h"

#include <gtest/gtest.h>

#include "pipeline/emit/sample_findings.h"

namespace findings {
namespace {

using testing::SampleFindings;

TEST(JsonWriter, IsDeterministic) {
  EXPECT_EQ(WriteJson(SampleFindings()), WriteJson(SampleFindings()));
}

TEST(JsonWriter, TwoSpaceIndentAndTrailingNewline) {
  std::string text = WriteJson(SampleFindings());
  EXPECT_EQ(text.substr(0, 28), "{\n  \"schema_version\": \"1.1\",");
  EXPECT_EQ(text.back(), '\n');
  EXPECT_NE(text[text.size() - 2], '\n');
}

TEST(JsonWriter, WritesUnicodeUnescaped) {
  std::string text = WriteJson(SampleFindings());
  EXPECT_NE(text.find("86.9% \u2014 a figure for the “area”."), std::string::npos);
  EXPECT_EQ(text.find("\\u"), std::string::npos);
}

TEST(JsonWriter, WritesIntegralValuesWithoutFraction) {
  std::string text = WriteJson(SampleFindings());
  EXPECT_NE(text.find("\"value\": 251170,"), std::string::npos);
  EXPECT_EQ(text.find("251170.0"), std::string::npos);
  EXPECT_NE(text.find("\"value\": 86.9,"), std::string::npos);
}

TEST(JsonWriter, ReplacesInvalidUtf8InsteadOfThrowing) {
  Findings f;
  f.report.title = "bad \xff byte";
  std::string text;
  ASSERT_NO_THROW(text = WriteJson(f));
  EXPECT_NE(text.find("bad \xEF\xBF\xBD byte"), std::string::npos);
}

}  // namespace
}  // namespace findings

#include "emit/field_meanings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "emit/model_json.h"
#include "pipeline/emit/sample_findings.h"

namespace findings {
namespace {

using Json = nlohmann::ordered_json;

// The dotted paths of `object`'s fields: objects are walked, arrays and scalars
// are fields ("provenance.page", "providers").
void LeafPaths(const Json& object, const std::string& prefix, std::vector<std::string>* paths) {
  for (const auto& [key, value] : object.items()) {
    if (value.is_object()) LeafPaths(value, prefix + key + ".", paths);
    else paths->push_back(prefix + key);
  }
}

TEST(FieldMeaning, EveryFieldOfTheDocumentHasAMeaning) {
  const Json doc = ToJson(testing::SampleFindings());
  std::vector<std::string> kinds(kFindingKinds.begin(), kFindingKinds.end());
  kinds.push_back("diagnostics");
  for (const std::string& kind : kinds) {
    ASSERT_FALSE(doc[kind].empty()) << kind << ": the sample has none";
    std::vector<std::string> paths;
    LeafPaths(doc[kind][0], "", &paths);
    for (const std::string& path : paths)
      EXPECT_NE(FieldMeaning(kind, path), "") << kind << "." << path;
  }
  std::vector<std::string> paths;
  LeafPaths(doc[kReportKey], "", &paths);
  for (const std::string& path : paths) EXPECT_NE(FieldMeaning(kReportKey, path), "") << path;
}

TEST(FieldMeaning, AKindsOwnMeaningBeatsTheSharedOne) {
  EXPECT_EQ(FieldMeaning("case_results", "text"), "the key question as printed");
  EXPECT_EQ(FieldMeaning("judgements", "text"), FieldMeaning("recommendations", "text"));
  EXPECT_NE(FieldMeaning("judgements", "text"), FieldMeaning("case_results", "text"));
}

TEST(FieldMeaning, SharedFieldsMeanTheSameInEveryKind) {
  EXPECT_EQ(FieldMeaning("ratings", "provenance.page"),
            FieldMeaning("key_facts", "provenance.page"));
  EXPECT_NE(FieldMeaning("ratings", "provenance.page").find("1-based"), std::string::npos);
}

TEST(FieldMeaning, AnUnknownFieldHasNone) {
  EXPECT_EQ(FieldMeaning("ratings", "no_such_field"), "");
  EXPECT_EQ(FieldMeaning("report", "provenance"), "");
  // A report field is not a finding's.
  EXPECT_EQ(FieldMeaning("ratings", "lead_inspector"), "");
}

}  // namespace
}  // namespace findings

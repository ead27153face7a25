// Validates output files against the shipped schemas with the validators of
// Debian packages: python3-jsonschema (JSON Schema 2020-12) and xmllint
// (libxml2-utils). For any test that writes JSON or XML, e.g.
//
//   if (!JsonValidatorAvailable()) GTEST_SKIP() << "python3-jsonschema missing";
//   EXPECT_EQ(ValidateJsonFile(path), "");
//
// Each Validate* returns "" when the file is valid, else the validator's
// complaints (one per line, at most ten for JSON).
#ifndef FINDINGS_TESTS_PIPELINE_EMIT_SCHEMA_VALIDATION_H_
#define FINDINGS_TESTS_PIPELINE_EMIT_SCHEMA_VALIDATION_H_

#include <string>

namespace findings::testing {

bool JsonValidatorAvailable();
bool XmlValidatorAvailable();

// Against schemas/findings.schema.json and schemas/findings.xsd of the source tree.
std::string ValidateJsonFile(const std::string& path);
std::string ValidateXmlFile(const std::string& path);

// The same for text in memory (written to a temporary file first).
std::string ValidateJsonText(const std::string& json);
std::string ValidateXmlText(const std::string& xml);

}  // namespace findings::testing

#endif

#include "pipeline/emit/schema_validation.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include <gtest/gtest.h>

#include "test_paths.h"

namespace findings::testing {
namespace {

// Prints every error as "path: message" and exits 1 when there is one.
const char kJsonValidator[] = R"(import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
doc = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
for e in errors[:10]:
    print("/".join(map(str, e.absolute_path)) + ": " + e.message[:300])
sys.exit(1 if errors else 0)
)";

std::string Quote(const std::string& s) { return "'" + s + "'"; }  // test paths have no quotes

// Runs `command`, returning its exit status and stdout+stderr.
int Run(const std::string& command, std::string* output) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output->append(buffer, n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Temporary names unique per process: ctest runs test processes in parallel.
std::string TempPath(const std::string& name) {
  static int counter = 0;
  return ::testing::TempDir() + "findings_" + std::to_string(getpid()) + "_" +
         std::to_string(counter++) + "_" + name;
}

std::string ValidatorScript() {
  std::string path = TempPath("validate_json.py");
  std::ofstream(path) << kJsonValidator;
  return path;
}

std::string Complaints(int status, const std::string& output, const char* tool) {
  if (status == 0) return "";
  return output.empty() ? std::string(tool) + " failed with status " + std::to_string(status) : output;
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  std::string path = TempPath(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

bool JsonValidatorAvailable() {
  std::string ignored;
  return Run("python3 -c 'import jsonschema; jsonschema.Draft202012Validator'", &ignored) == 0;
}

bool XmlValidatorAvailable() {
  std::string ignored;
  return Run("xmllint --version", &ignored) == 0;
}

std::string ValidateJsonFile(const std::string& path) {
  std::string output;
  std::string script = ValidatorScript();
  int status = Run("python3 " + Quote(script) + " " +
                       Quote(SourcePath("schemas/findings.schema.json")) + " " + Quote(path),
                   &output);
  std::remove(script.c_str());
  return Complaints(status, output, "jsonschema");
}

std::string ValidateXmlFile(const std::string& path) {
  std::string output;
  int status = Run("xmllint --noout --schema " + Quote(SourcePath("schemas/findings.xsd")) + " " +
                       Quote(path),
                   &output);
  return Complaints(status, output, "xmllint");
}

std::string ValidateJsonText(const std::string& json) {
  std::string path = WriteTemp("validate.json", json);
  std::string complaints = ValidateJsonFile(path);
  std::remove(path.c_str());
  return complaints;
}

std::string ValidateXmlText(const std::string& xml) {
  std::string path = WriteTemp("validate.xml", xml);
  std::string complaints = ValidateXmlFile(path);
  std::remove(path.c_str());
  return complaints;
}

}  // namespace findings::testing

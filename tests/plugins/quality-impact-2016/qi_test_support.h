// Runs the quality-impact-2016 extractor on a corpus file, for the plugin's tests.
#ifndef FINDINGS_TESTS_PLUGINS_QI2016_QI_TEST_SUPPORT_H_
#define FINDINGS_TESTS_PLUGINS_QI2016_QI_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "emit/json_writer.h"
#include "findings/model.h"
#include "grammar/grammar_loader.h"
#include "ingest/document_loader.h"
#include "plugin.h"
#include "test_paths.h"

namespace findings::qi2016::testing {

// The plugin's grammar, loaded once.
inline const CompiledGrammar& QiGrammar() {
  static const std::unique_ptr<CompiledGrammar> grammar = [] {
    auto loaded = LoadGrammar(findings::testing::SourcePath("grammars/quality-impact-2016"));
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      return std::make_unique<CompiledGrammar>();
    }
    return std::move(loaded.value());
  }();
  return *grammar;
}

struct Extracted {
  Document doc;
  Findings findings;
};

// Loads corpus file `relative` (e.g. "corpus/text/kent.txt") and extracts it. The
// output is also written under the build tree (qi2016/<file>.json) to inspect.
inline Extracted ExtractCorpusFile(const std::string& relative) {
  Extracted run;
  auto loaded = LoadDocument(findings::testing::SourcePath(relative));
  if (!loaded.ok()) {
    ADD_FAILURE() << relative << ": " << loaded.status().message();
    return run;
  }
  run.doc = std::move(loaded->doc);
  const Status status = Extract(run.doc, QiGrammar(), &run.findings);
  EXPECT_TRUE(status.ok()) << status.message();
  const std::filesystem::path out_dir = findings::testing::BinaryPath("qi2016");
  std::filesystem::create_directories(out_dir);
  const std::string name = std::filesystem::path(relative).filename().string();
  std::ofstream(out_dir / (name + ".json")) << WriteJson(run.findings);
  return run;
}

// A document of the given lines (one block each), as the normaliser would give it.
inline Document DocumentOf(const std::vector<std::string>& lines) {
  Document doc;
  for (const std::string& line : lines) {
    if (!doc.text.empty()) doc.text += '\n';
    doc.lines.push_back(Line{doc.text.size(), doc.text.size() + line.size()});
    doc.text += line;
  }
  return doc;
}

}  // namespace findings::qi2016::testing

#endif  // FINDINGS_TESTS_PLUGINS_QI2016_QI_TEST_SUPPORT_H_

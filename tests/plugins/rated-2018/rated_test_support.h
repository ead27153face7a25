// Runs the rated-2018 extractor for the plugin's tests: on a corpus file, or on a
// small document built from lines.
#ifndef FINDINGS_TESTS_PLUGINS_RATED2018_RATED_TEST_SUPPORT_H_
#define FINDINGS_TESTS_PLUGINS_RATED2018_RATED_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "../../../plugins/rated-2018/plugin.h"
#include "emit/json_writer.h"
#include "findings/model.h"
#include "grammar/grammar_loader.h"
#include "ingest/document_loader.h"
#include "test_paths.h"

namespace findings::rated2018::testing {

// The plugin's grammar, loaded once.
inline const CompiledGrammar& RatedGrammar() {
  static const std::unique_ptr<CompiledGrammar> grammar = [] {
    auto loaded = LoadGrammar(findings::testing::SourcePath("grammars/rated-2018"));
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      return std::make_unique<CompiledGrammar>();
    }
    return std::move(loaded.value());
  }();
  return *grammar;
}

inline Document LoadCorpusDocument(const std::string& relative) {
  auto loaded = LoadDocument(findings::testing::SourcePath(relative));
  if (!loaded.ok()) {
    ADD_FAILURE() << relative << ": " << loaded.status().message();
    return {};
  }
  return std::move(loaded->doc);
}

// Extracts corpus file `relative`; the output is also written to
// <build>/rated2018/<file>.json for inspection.
inline Findings ExtractCorpusFile(const std::string& relative) {
  Findings findings;
  const Document doc = LoadCorpusDocument(relative);
  const Status status = Extract(doc, RatedGrammar(), &findings);
  EXPECT_TRUE(status.ok()) << relative << ": " << status.message();
  const std::filesystem::path out_dir = findings::testing::BinaryPath("rated2018");
  std::filesystem::create_directories(out_dir);
  std::ofstream(out_dir / (std::filesystem::path(relative).filename().string() + ".json"))
      << WriteJson(findings);
  return findings;
}

// A document whose lines are `lines` (no pages), as the normaliser would give it.
inline Document DocumentOf(const std::vector<std::string>& lines) {
  Document doc;
  for (const std::string& line : lines) {
    if (!doc.text.empty()) doc.text += '\n';
    doc.lines.push_back({doc.text.size(), doc.text.size() + line.size()});
    doc.text += line;
  }
  return doc;
}

inline Findings ExtractLines(const std::vector<std::string>& lines) {
  Findings findings;
  const Document doc = DocumentOf(lines);
  const Status status = Extract(doc, RatedGrammar(), &findings);
  EXPECT_TRUE(status.ok()) << status.message();
  return findings;
}

inline bool HasDiagnostic(const Findings& f, const std::string& code) {
  for (const Diagnostic& d : f.diagnostics)
    if (d.code == code) return true;
  return false;
}

// A readable gtest parameter name from a path or label: "corpus/pdf/x-y.pdf" → "pdf_x_y_pdf".
inline std::string TestNameOf(std::string text) {
  const std::string prefix = "corpus/";
  if (text.rfind(prefix, 0) == 0) text = text.substr(prefix.size());
  for (char& c : text)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return text;
}

}  // namespace findings::rated2018::testing

#endif

// Runs a plugin for its tests: on a corpus file, or on a small document built from
// lines, with the plugin's real grammar from grammars/<plugin>/. One harness for
// every plugin; kQi and kRated name the two shipped ones.
#ifndef FINDINGS_TESTS_PLUGINS_PLUGIN_TEST_SUPPORT_H_
#define FINDINGS_TESTS_PLUGINS_PLUGIN_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "emit/json_writer.h"
#include "findings/model.h"
#include "grammar/grammar_loader.h"
#include "ingest/document_loader.h"
#include "normalise/block_kinds.h"
#include "quality-impact-2016/plugin.h"
#include "rated-2018/plugin.h"
#include "test_paths.h"

namespace findings::testing {

// A document and what the plugin found in it.
struct Extracted {
  Document doc;
  Findings findings;
};

// A document whose lines are `lines` (no pages), as the normaliser would give it.
inline Document DocumentOf(const std::vector<std::string>& lines) {
  Document doc;
  for (const std::string& line : lines) {
    if (!doc.text.empty()) doc.text += '\n';
    doc.lines.push_back(Line{doc.text.size(), doc.text.size() + line.size()});
    doc.text += line;
  }
  ClassifyBlocks(doc);
  return doc;
}

// Corpus file `relative` ("corpus/text/kent.txt") as the loader gives it.
inline Document LoadCorpusDocument(const std::string& relative) {
  auto loaded = LoadDocument(SourcePath(relative));
  if (!loaded.ok()) {
    ADD_FAILURE() << relative << ": " << loaded.status().message();
    return {};
  }
  return std::move(loaded->doc);
}

// The lines of corpus file `relative` as the loader gives them, to edit into a layout's.
inline std::vector<std::string> LoadCorpusLines(const std::string& relative) {
  const Document doc = LoadCorpusDocument(relative);
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < doc.lines.size(); ++i) lines.emplace_back(doc.line_text(i));
  return lines;
}

// A plugin under test: its name (also its grammar folder) and its two operations.
struct PluginUnderTest {
  const char* name;
  double (*detect)(const Document&, const Grammar&);
  Status (*extract)(const Document&, const Grammar&, Findings*);

  // The plugin's grammar, loaded once.
  const CompiledGrammar& grammar() const {
    static std::map<std::string, std::unique_ptr<CompiledGrammar>> loaded;
    std::unique_ptr<CompiledGrammar>& slot = loaded[name];
    if (!slot) {
      auto g = LoadGrammar(SourcePath(std::string("grammars/") + name));
      if (g.ok()) {
        slot = std::move(g.value());
      } else {
        ADD_FAILURE() << g.status().message();
        slot = std::make_unique<CompiledGrammar>();
      }
    }
    return *slot;
  }

  Findings Extract(const Document& doc) const {
    Findings findings;
    const Status status = extract(doc, grammar(), &findings);
    EXPECT_TRUE(status.ok()) << status.message();
    return findings;
  }

  Findings ExtractLines(const std::vector<std::string>& lines) const {
    return Extract(DocumentOf(lines));
  }

  // Loads corpus file `relative` and extracts it. The output is also written to
  // <build>/<plugin>/<file>.json, to inspect.
  Extracted ExtractCorpusFile(const std::string& relative) const {
    Extracted run;
    run.doc = LoadCorpusDocument(relative);
    run.findings = Extract(run.doc);
    const std::filesystem::path out_dir = BinaryPath(name);
    std::filesystem::create_directories(out_dir);
    std::ofstream(out_dir / (std::filesystem::path(relative).filename().string() + ".json"))
        << WriteJson(run.findings);
    return run;
  }
};

inline const PluginUnderTest kQi{qi2016::kName, &qi2016::Detect, &qi2016::Extract};
inline const PluginUnderTest kRated{rated2018::kName, &rated2018::Detect, &rated2018::Extract};

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

}  // namespace findings::testing

#endif  // FINDINGS_TESTS_PLUGINS_PLUGIN_TEST_SUPPORT_H_

// The body of a plugin fuzz target: arbitrary bytes are decoded and normalised
// (plugins only ever see normalised text), then detected and extracted with the
// plugin's real grammar from grammars/.
#ifndef FINDINGS_FUZZ_PLUGIN_FUZZER_H_
#define FINDINGS_FUZZ_PLUGIN_FUZZER_H_

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "findings/plugin.h"
#include "grammar/grammar_loader.h"
#include "ingest/text_decoder.h"
#include "normalise/text_normaliser.h"

namespace findings::fuzz {

inline const CompiledGrammar& GrammarOf(const char* plugin) {
  static std::unique_ptr<CompiledGrammar> grammar = [&] {
    auto loaded = LoadGrammar(std::string(FINDINGS_SOURCE_DIR "/grammars/") + plugin);
    if (!loaded.ok()) {
      std::fprintf(stderr, "cannot load grammar: %s\n", loaded.status().message().c_str());
      std::abort();
    }
    return std::move(*loaded);
  }();
  return *grammar;
}

template <typename Detect, typename Extract>
int FuzzPlugin(const char* plugin, Detect detect, Extract extract, const uint8_t* data,
               size_t size) {
  auto decoded = DecodeText(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!decoded.ok()) return 0;
  const Document doc = NormaliseText(decoded->utf8);
  const Grammar& grammar = GrammarOf(plugin);
  const double confidence = detect(doc, grammar);
  if (!(confidence >= 0 && confidence <= 1)) std::abort();  // the contract says 0..1
  Findings findings;
  (void)extract(doc, grammar, &findings);
  return 0;
}

}  // namespace findings::fuzz

#endif  // FINDINGS_FUZZ_PLUGIN_FUZZER_H_

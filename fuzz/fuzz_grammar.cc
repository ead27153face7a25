// Fuzz target: grammar loading. The input is one grammar file; its first byte
// picks the kind (.re2, .words or .json). Written to a private folder because
// LoadGrammar reads a folder, as the host does.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "grammar/grammar_loader.h"

namespace {

const std::filesystem::path& GrammarDir() {
  static const std::filesystem::path dir = [] {
    auto path = std::filesystem::temp_directory_path() /
                ("findings-fuzz-grammar-" + std::to_string(::getpid())) / "fuzzed";
    std::filesystem::create_directories(path);
    return path;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* kKinds[] = {"patterns.re2", "terms.words", "data.json"};
  const std::filesystem::path& dir = GrammarDir();
  for (const char* kind : kKinds) std::filesystem::remove(dir / kind);
  std::ofstream(dir / kKinds[data[0] % 3], std::ios::binary)
      .write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  auto grammar = findings::LoadGrammar(dir.string());
  if (grammar.ok()) (void)(*grammar)->FailingExamples();
  return 0;
}

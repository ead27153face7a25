#include <iostream>

#include "cli/command.h"
#include "cli/options.h"
#include "normalise/document_loader.h"

namespace findings::cli {

int RunText(const std::vector<std::string>& args) {
  std::string file, password;
  po::options_description options("options");
  options.add_options()("password", po::value(&password), "password of an encrypted PDF");
  po::options_description hidden;
  hidden.add_options()("file", po::value(&file)->required(), "the report");
  options.add(hidden);
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  if (auto exit = ParseOrExit("text", "FILE\n\nPrints the normalised text of FILE: the text "
                                      "that provenance offsets point into.",
                              args, options, positional, &vm))
    return *exit;

  LoadOptions load;
  load.password = password;
  auto loaded = LoadDocument(file, load);
  if (!loaded.ok()) {
    std::cerr << file << ": " << loaded.status().message() << "\n";
    return kExitSomeFailed;
  }
  std::cout << loaded->doc.text;
  if (!loaded->doc.text.empty() && loaded->doc.text.back() != '\n') std::cout << "\n";
  return kExitOk;
}

}  // namespace findings::cli

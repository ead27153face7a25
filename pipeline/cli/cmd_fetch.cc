// findings fetch: download new or changed reports listed in a sources file
// (pipeline/dataset/fetch.h).
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/options.h"
#include "dataset/fetch.h"

namespace findings::cli {

int RunFetch(const std::vector<std::string>& argv) {
  std::string sources_path;
  dataset::FetchOptions fetch;
  po::options_description options("options");
  options.add_options()
      ("sources", po::value(&sources_path)->required(), "the sources file: URL<TAB>FILE a line")
      ("into", po::value(&fetch.into_dir)->required(), "the corpus folder to save into")
      ("timeout", po::value(&fetch.timeout_seconds)->default_value(120), "seconds allowed per download");
  po::variables_map vm;
  if (auto exit = ParseOrExit("fetch", "--sources FILE --into DIR [--timeout SECONDS]\n\n"
                              "Downloads the reports of FILE that are new or changed since the "
                              "last fetch (conditional\nrequests); a download replaces a file only "
                              "when complete and a PDF. Ends with one summary line.\nExit status: "
                              "0 all fetched or unchanged, 1 some failed, 2 usage error.",
                              argv, options, po::positional_options_description(), &vm))
    return *exit;
  std::ifstream in(sources_path, std::ios::binary);
  if (!in) {
    std::cerr << "findings fetch: " << sources_path << ": cannot read\n";
    return kExitSomeFailed;
  }
  std::stringstream text;
  text << in.rdbuf();
  auto sources = dataset::ParseSources(text.str(), sources_path);
  if (!sources.ok()) {
    std::cerr << "findings fetch: " << sources.status().message() << "\n";
    return kExitSomeFailed;
  }
  auto summary = dataset::Fetch(*sources, fetch);
  if (!summary.ok()) {
    std::cerr << "findings fetch: " << summary.status().message() << "\n";
    return kExitSomeFailed;
  }
  for (const std::string& error : summary->errors) std::cerr << error << "\n";
  std::cout << dataset::FormatFetchSummary(*summary) << "\n";
  return summary->failed == 0 ? kExitOk : kExitSomeFailed;
}

}  // namespace findings::cli

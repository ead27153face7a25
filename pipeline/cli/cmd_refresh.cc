// findings refresh: bring a dataset up to date with a corpus (pipeline/dataset/refresh.h).
#include <unistd.h>

#include <iostream>

#include "cli/command.h"
#include "cli/input_files.h"
#include "cli/limit_options.h"
#include "cli/options.h"
#include "dataset/data_paths.h"
#include "dataset/isolated_extractor.h"
#include "dataset/refresh.h"

namespace findings::cli {

namespace {

struct RefreshArgs {
  std::vector<std::string> corpus;
  std::string providers;
  ExtractOptions extract;
  OpenArgs open;  // each file is extracted in a worker process (pipeline/isolate)
  dataset::RefreshOptions refresh;
};

// "\rextracting 12/40" on a terminal; nothing when stderr is a file or pipe.
void ShowProgress(std::size_t done, std::size_t total) {
  std::cerr << "\rextracting " << done << "/" << total << (done == total ? "\n" : "") << std::flush;
}

}  // namespace

int RunRefresh(const std::vector<std::string>& argv) {
  RefreshArgs args;
  po::options_description options("options");
  options.add_options()
      ("dataset", po::value(&args.refresh.dataset_dir)->required(), "the dataset directory")
      ("force", po::bool_switch(&args.refresh.force), "extract every file again")
      ("providers", po::value(&args.providers), "provider registry (default: data/providers.json)");
  AddOpenOptions(&options, &args.open);
  po::positional_options_description positional;
  AddPositional(&options, &positional, "corpus", &args.corpus, "corpus directories");
  po::variables_map vm;
  if (auto exit = ParseOrExit("refresh", "CORPUS_DIR... --dataset DIR [OPTIONS]\n\n"
                              "Brings the dataset in DIR up to date with the corpus: extracts new "
                              "and changed reports,\nremoves reports gone from the corpus. Ends "
                              "with one summary line.\nExit status: 0 all went well, 1 some file "
                              "failed or the dataset could not be written, 2 usage error.",
                              argv, options, positional, &vm))
    return *exit;

  const std::string registry_path =
      args.providers.empty() ? dataset::DefaultProviderRegistryPath() : args.providers;
  auto providers = dataset::ProviderRegistry::Load(registry_path);
  if (!providers.ok()) {
    std::cerr << "findings refresh: " << providers.status().message() << "\n";
    return kExitSomeFailed;
  }
  args.refresh.providers = std::move(*providers);

  const InputFiles inputs = CollectInputs(args.corpus);
  if (!inputs.errors.empty()) {
    // A corpus folder that is missing (an unmounted share) must not empty the dataset.
    for (const std::string& error : inputs.errors) std::cerr << error << "\n";
    std::cerr << "findings refresh: dataset left as it was\n";
    return kExitSomeFailed;
  }
  args.refresh.files = inputs.files;
  if (::isatty(STDERR_FILENO)) args.refresh.progress = ShowProgress;
  args.refresh.waiting = [&] {
    std::cerr << "findings refresh: another refresh of " << args.refresh.dataset_dir
              << " is running; waiting for it to finish\n";
  };

  args.extract.load.password = args.open.password;
  args.refresh.jobs = WorkersFor(args.open, inputs.files.size());
  PluginRegistry registry;
  LoadPlugins(args.open.locations, &registry);
  // Workers, as for `findings extract`: a bad file must not crash or hang a scheduled refresh.
  WorkerPool pool(MakePoolOptions(args.open, inputs.files.size()));
  const dataset::IsolatedExtractor extractor(registry, &pool, args.extract);
  auto summary = dataset::Refresh(args.refresh, extractor);
  if (!summary.ok()) {
    std::cerr << "findings refresh: " << args.refresh.dataset_dir << ": "
              << summary.status().message() << "\n";
    return kExitSomeFailed;
  }
  for (const std::string& error : summary->errors) std::cerr << error << "\n";
  std::cout << dataset::FormatSummary(*summary) << "\n";
  return summary->failed == 0 ? kExitOk : kExitSomeFailed;
}

}  // namespace findings::cli

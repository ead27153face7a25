#include <atomic>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/command.h"
#include "cli/input_files.h"
#include "cli/limit_options.h"
#include "cli/options.h"
#include "cli/report_outputs.h"
#include "isolate/worker_pool.h"
#include "plugins/report_extractor.h"

namespace findings::cli {

namespace {

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::string formats = "json,xml";
  unsigned jobs = 1;
  std::size_t max_file_mib = 256;
  ExtractOptions extract;
  PluginLocations locations;
  Limits limits;
};

// Each file is extracted in a worker process (pipeline/isolate), so a file that
// crashes or hangs its parser costs only its own result.
PoolOptions WorkerPoolOptions(const ExtractArgs& args) {
  return MakePoolOptions(args.jobs, args.locations, args.limits);
}

// What became of one input file.
struct Outcome {
  std::optional<StagedReport> staged;
  std::string error;
};

// Runs `work(i)` for i in [0, n) on `thread_count` threads.
template <typename Work>
void ForEachParallel(std::size_t n, unsigned thread_count, Work work) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) work(i);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < thread_count && t < n; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
}

int ExtractToStdout(WorkerPool& pool, const std::string& file,
                    const std::vector<OutputFormat>& formats, const ExtractOptions& options) {
  auto report = pool.ExtractRendered(file, options, {formats.front()});
  if (!report.ok()) {
    std::cerr << file << ": " << report.status().message() << "\n";
    return kExitSomeFailed;
  }
  std::cout << report->documents.front();
  return kExitOk;
}

int ExtractToDirectory(WorkerPool& pool, const ExtractArgs& args,
                       const std::vector<OutputFormat>& formats, const InputFiles& inputs) {
  ReportOutputs outputs(args.out_dir, formats);
  if (Status begun = outputs.Begin(); !begun.ok()) {
    std::cerr << begun.message() << "\n";
    return kExitSomeFailed;
  }
  std::vector<Outcome> outcomes(inputs.files.size());
  ForEachParallel(inputs.files.size(), pool.callers(), [&](std::size_t i) {
    const std::string& file = inputs.files[i];
    auto report = pool.ExtractRendered(file, args.extract, formats, outputs.StagingFor(i));
    if (!report.ok()) {
      outcomes[i].error = file + ": " + report.status().message();
      return;
    }
    auto staged = outputs.Staged(file, *report);
    if (staged.ok()) outcomes[i].staged = std::move(*staged);
    else outcomes[i].error = file + ": " + staged.status().message();
  });

  std::vector<std::string> errors = inputs.errors;
  std::vector<StagedReport> staged;
  for (Outcome& outcome : outcomes) {
    if (outcome.staged) staged.push_back(std::move(*outcome.staged));
    else errors.push_back(outcome.error);
  }
  const std::size_t written = staged.size();
  for (const std::string& note : outputs.Commit(std::move(staged), &errors))
    std::cerr << "note: " << note << "\n";
  for (const std::string& error : errors) std::cerr << error << "\n";
  std::cerr << inputs.files.size() << " files: " << written << " extracted, "
            << (errors.size() - inputs.errors.size()) << " failed\n";
  return errors.empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace

int RunExtract(const std::vector<std::string>& argv) {
  ExtractArgs args;
  po::options_description options("options");
  options.add_options()
      ("output,o", po::value(&args.out_dir), "write OUTDIR/<report-id>.json and .xml "
       "(without it, one input's JSON goes to standard output)")
      ("format", po::value(&args.formats)->default_value("json,xml"), "output formats: json, xml")
      ("jobs,j", po::value(&args.jobs)->default_value(1), "files extracted at once")
      ("plugin", po::value(&args.extract.forced_plugin), "use plugin NAME instead of detecting")
      ("password", po::value(&args.extract.load.password), "password for encrypted PDFs")
      ("max-file-size", po::value(&args.max_file_mib)->default_value(args.max_file_mib),
       "larger input files are refused, in MiB");
  AddLimitOptions(&options, &args.limits);
  AddPluginLocationOptions(&options, &args.locations);
  po::options_description hidden;
  hidden.add_options()("input", po::value(&args.inputs)->required(), "files");
  options.add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (auto exit = ParseOrExit("extract", "FILE|DIR... [-o OUTDIR] [OPTIONS]\n\n"
                              "Extracts the findings of each report. Directories are walked "
                              "for .pdf and .txt files.\nExit status: 0 all files extracted, "
                              "1 some failed (one line each on stderr), 2 usage error.",
                              argv, options, positional, &vm))
    return *exit;
  auto formats = ParseFormats(args.formats);
  if (!formats.ok()) {
    std::cerr << "findings extract: " << formats.status().message() << "\n";
    return kExitUsage;
  }
  if (args.jobs == 0) args.jobs = std::max(1u, std::thread::hardware_concurrency());
  args.extract.load.max_bytes = args.max_file_mib << 20;

  // Loaded here only to report broken plugins once; the workers load their own.
  PluginRegistry registry;
  LoadPlugins(args.locations, &registry);
  const InputFiles inputs = CollectInputs(args.inputs);
  if (args.out_dir.empty()) {
    const bool one_file = inputs.errors.empty() && inputs.files.size() == 1 &&
                          !std::filesystem::is_directory(args.inputs.front());
    if (!one_file) {
      for (const std::string& error : inputs.errors) std::cerr << error << "\n";
      std::cerr << "findings extract: several inputs need -o OUTDIR\n";
      return inputs.files.empty() && !inputs.errors.empty() ? kExitSomeFailed : kExitUsage;
    }
    WorkerPool pool(WorkerPoolOptions(args));
    return ExtractToStdout(pool, inputs.files.front(), *formats, args.extract);
  }
  args.jobs = std::min<std::size_t>(args.jobs, std::max<std::size_t>(1, inputs.files.size()));
  WorkerPool pool(WorkerPoolOptions(args));
  return ExtractToDirectory(pool, args, *formats, inputs);
}

}  // namespace findings::cli

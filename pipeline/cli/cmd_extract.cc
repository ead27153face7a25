#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/command.h"
#include "cli/file_lines.h"
#include "cli/input_files.h"
#include "cli/limit_options.h"
#include "cli/options.h"
#include "cli/parallel.h"
#include "cli/output_staging.h"
#include "isolate/worker_pool.h"
#include "host/extract.h"

namespace findings::cli {

namespace {

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::string formats = "json,xml";
  ExtractOptions extract;
  OpenArgs open;  // each file is extracted in a worker process (pipeline/isolate)
};

// What became of one input file.
struct Outcome {
  std::optional<StagedReport> staged;
  std::vector<std::string> warnings;
  std::string error;
};

int ExtractToStdout(WorkerPool& pool, const std::string& file,
                    const std::vector<OutputFormat>& formats, const ExtractOptions& options) {
  auto reply = pool.ExtractRendered(file, options, {formats.front()});
  if (!reply.ok()) {
    std::cerr << FailureLine(file, reply.status()) << "\n";
    return kExitSomeFailed;
  }
  PrintWarnings(file, reply->warnings);
  std::cout << reply->rendered.documents.front();
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
    auto reply = pool.ExtractRendered(file, args.extract, formats, outputs.StagingFor(i));
    if (!reply.ok()) {
      outcomes[i].error = FailureLine(file, reply.status());
      return;
    }
    outcomes[i].warnings = std::move(reply->warnings);
    auto staged = outputs.Staged(file, reply->rendered);
    if (staged.ok()) outcomes[i].staged = std::move(*staged);
    else outcomes[i].error = FailureLine(file, staged.status());
  });

  std::vector<std::string> errors = inputs.errors;
  std::vector<StagedReport> staged;
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    PrintWarnings(inputs.files[i], outcomes[i].warnings);
    if (outcomes[i].staged) staged.push_back(std::move(*outcomes[i].staged));
    else errors.push_back(outcomes[i].error);
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
      ("plugin", po::value(&args.extract.forced_plugin), "use plugin NAME instead of detecting");
  AddOpenOptions(&options, &args.open);
  po::positional_options_description positional;
  AddPositional(&options, &positional, "input", &args.inputs, "files");
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
  args.extract.load.password = args.open.password;

  // Loaded here only to report broken plugins once; the workers load their own.
  PluginRegistry registry;
  LoadPlugins(args.open.locations, &registry);
  const InputFiles inputs = CollectInputs(args.inputs);
  if (inputs.files.empty() && !inputs.errors.empty()) {  // nothing to extract: the errors say why
    for (const std::string& error : inputs.errors) std::cerr << error << "\n";
    return kExitSomeFailed;
  }
  if (args.out_dir.empty()) {
    const bool one_file = inputs.errors.empty() && inputs.files.size() == 1 &&
                          !std::filesystem::is_directory(args.inputs.front());
    if (!one_file) {
      for (const std::string& error : inputs.errors) std::cerr << error << "\n";
      std::cerr << "findings extract: several inputs need -o OUTDIR\n";
      return kExitUsage;
    }
    WorkerPool pool(MakePoolOptions(args.open, 1));
    return ExtractToStdout(pool, inputs.files.front(), *formats, args.extract);
  }
  WorkerPool pool(MakePoolOptions(args.open, inputs.files.size()));
  return ExtractToDirectory(pool, args, *formats, inputs);
}

}  // namespace findings::cli

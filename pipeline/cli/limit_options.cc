#include "cli/limit_options.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "cli/command.h"
#include "cli/file_lines.h"
#include "cli/parallel.h"

namespace findings::cli {

namespace po = boost::program_options;

void AddLimitOptions(po::options_description* options, Limits* limits) {
  const Limits defaults;
  options->add_options()
      ("timeout", po::value(&limits->timeout_seconds)->default_value(defaults.timeout_seconds),
       "wall-clock seconds per file, then it is given up (0: no limit)")
      ("cpu-limit", po::value(&limits->cpu_seconds)->default_value(defaults.cpu_seconds),
       "CPU seconds per file (0: no limit)")
      ("memory-limit", po::value(&limits->memory_mib)->default_value(defaults.memory_mib),
       "address space of each worker process, in MiB (0: no limit)")
      ("max-file-size", po::value(&limits->max_file_mib)->default_value(defaults.max_file_mib),
       "larger input files are refused before they are read, in MiB (0: no limit)");
}

void AddOpenOptions(po::options_description* options, OpenArgs* args) {
  options->add_options()
      ("jobs,j", po::value(&args->jobs)->default_value(OpenArgs().jobs),
       "files opened at once, each in its own worker process (0: one per core)")
      ("password", po::value(&args->password), "password for encrypted PDFs");
  AddLimitOptions(options, &args->limits);
  AddPluginLocationOptions(options, &args->locations);
}

unsigned WorkersFor(const OpenArgs& args, std::size_t files) {
  const unsigned jobs =
      args.jobs > 0 ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::clamp<std::size_t>(files, 1, jobs));
}

PoolOptions MakePoolOptions(const OpenArgs& args, std::size_t files) {
  PoolOptions pool;
  pool.workers = WorkersFor(args, files);
  pool.plugin_dirs = args.locations.plugin_dirs;
  pool.grammar_dirs = args.locations.grammar_dirs;
  pool.limits = args.limits;
  // Profiling only: /proc/self/exe is valgrind itself under valgrind, so
  // `valgrind --trace-children=yes` needs the binary named (see BENCHMARKS.md).
  if (const char* exe = std::getenv("FINDINGS_WORKER_EXECUTABLE"); exe && *exe)
    pool.executable = exe;
  return pool;
}

int OpenEach(const OpenArgs& args, const InputFiles& inputs,
             const std::function<Result<WorkerReply>(WorkerPool&, const std::string&,
                                                     const LoadOptions&)>& ask,
             const std::function<void(const std::string&, const WorkerReply&)>& print,
             bool warnings_fail) {
  int exit = inputs.errors.empty() ? kExitOk : kExitSomeFailed;
  for (const std::string& error : inputs.errors) std::cerr << error << "\n";
  WorkerPool pool(MakePoolOptions(args, inputs.files.size()));
  LoadOptions load;
  load.password = args.password;
  std::vector<Result<WorkerReply>> replies(inputs.files.size(), Status::Ok());
  ForEachInOrder(
      inputs.files.size(), pool.callers(),
      [&](std::size_t i) { replies[i] = ask(pool, inputs.files[i], load); },
      [&](std::size_t i) {
        const std::string& file = inputs.files[i];
        if (replies[i].ok()) {
          PrintWarnings(file, replies[i]->warnings);
          print(file, *replies[i]);
          if (warnings_fail && !replies[i]->warnings.empty()) exit = kExitSomeFailed;
        } else {
          std::cerr << FailureLine(file, replies[i].status()) << "\n";
          exit = kExitSomeFailed;
        }
        replies[i] = Status::Ok();  // printed: its memory can go
      });
  return exit;
}

std::optional<int> ParseOpenCommand(const std::string& name, const std::string& synopsis,
                                    const std::vector<std::string>& args, OpenArgs* open,
                                    std::vector<std::string>* paths) {
  po::options_description options("options");
  AddOpenOptions(&options, open);
  po::positional_options_description positional;
  AddPositional(&options, &positional, "input", paths, "files");
  po::variables_map vm;
  return ParseOrExit(name, synopsis, args, options, positional, &vm);
}

}  // namespace findings::cli

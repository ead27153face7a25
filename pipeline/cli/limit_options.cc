#include "cli/limit_options.h"

#include <cstdlib>

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
       "address space of each worker process, in MiB (0: no limit)");
}

PoolOptions MakePoolOptions(unsigned jobs, const PluginLocations& locations, const Limits& limits) {
  PoolOptions pool;
  pool.workers = jobs;
  pool.plugin_dirs = locations.plugin_dirs;
  pool.grammar_dirs = locations.grammar_dirs;
  pool.limits = limits;
  // Profiling only: /proc/self/exe is valgrind itself under valgrind, so
  // `valgrind --trace-children=yes` needs the binary named (see BENCHMARKS.md).
  if (const char* exe = std::getenv("FINDINGS_WORKER_EXECUTABLE"); exe && *exe)
    pool.executable = exe;
  return pool;
}

}  // namespace findings::cli

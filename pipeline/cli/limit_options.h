// The per-file limit options of every command that extracts (extract, refresh).
#ifndef FINDINGS_CLI_LIMIT_OPTIONS_H_
#define FINDINGS_CLI_LIMIT_OPTIONS_H_

#include <boost/program_options.hpp>

#include "cli/options.h"
#include "isolate/limits.h"
#include "isolate/worker_pool.h"

namespace findings::cli {

// Adds --timeout, --cpu-limit and --memory-limit, defaulting to Limits{}.
void AddLimitOptions(boost::program_options::options_description* options, Limits* limits);

// The worker pool of a command: `jobs` workers that load plugins from `locations`.
PoolOptions MakePoolOptions(unsigned jobs, const PluginLocations& locations, const Limits& limits);

}  // namespace findings::cli

#endif  // FINDINGS_CLI_LIMIT_OPTIONS_H_

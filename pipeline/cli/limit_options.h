// The per-file limit options of every command that extracts (extract, refresh).
#ifndef FINDINGS_CLI_LIMIT_OPTIONS_H_
#define FINDINGS_CLI_LIMIT_OPTIONS_H_

#include <boost/program_options.hpp>

#include "isolate/limits.h"

namespace findings::cli {

// Adds --timeout, --cpu-limit and --memory-limit, defaulting to Limits{}.
void AddLimitOptions(boost::program_options::options_description* options, Limits* limits);

}  // namespace findings::cli

#endif  // FINDINGS_CLI_LIMIT_OPTIONS_H_

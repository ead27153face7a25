// The options of every command that opens documents (extract, refresh, detect,
// text): each file is opened in a worker process (pipeline/isolate) under the
// same limits, with the same flags.
#ifndef FINDINGS_CLI_LIMIT_OPTIONS_H_
#define FINDINGS_CLI_LIMIT_OPTIONS_H_

#include <boost/program_options.hpp>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/input_files.h"
#include "cli/options.h"
#include "isolate/limits.h"
#include "isolate/worker_pool.h"

namespace findings::cli {

struct OpenArgs {
  unsigned jobs = 1;  // files opened at once; 0: one per core
  Limits limits;
  PluginLocations locations;
  std::string password;  // for encrypted PDFs
};

// Adds --timeout, --cpu-limit, --memory-limit and --max-file-size, defaulting to Limits{}.
void AddLimitOptions(boost::program_options::options_description* options, Limits* limits);

// Adds --jobs, --timeout, --cpu-limit, --memory-limit, --max-file-size, --password,
// --plugin-dir and --grammar-dir, defaulting to OpenArgs{}.
void AddOpenOptions(boost::program_options::options_description* options, OpenArgs* args);

// The command line of a command that opens files one by one (detect, text): the open
// options and FILE|DIR... inputs into `paths`. nullopt to go on, else the exit status
// (after --help, or a usage error already printed).
std::optional<int> ParseOpenCommand(const std::string& name, const std::string& synopsis,
                                    const std::vector<std::string>& args, OpenArgs* open,
                                    std::vector<std::string>* paths);

// The number of workers for `files` inputs: args.jobs (0: one per core), at most
// one per file, at least one.
unsigned WorkersFor(const OpenArgs& args, std::size_t files);

// The worker pool of a command, with WorkersFor(args, files) workers.
PoolOptions MakePoolOptions(const OpenArgs& args, std::size_t files);

// Opens every file of `inputs` in the pool of `args`, `ask`ing each its question
// (detect, text), several at once; then, in input order as they come, prints
// "FILE: reason" for a failure, "FILE: warning: …" for each warning, and hands
// the reply of each good file to `print`. Returns the exit status: kExitSomeFailed
// when some file (or some input) failed, or, with `warnings_fail`, was read only in
// part (a page whose text was lost).
int OpenEach(const OpenArgs& args, const InputFiles& inputs,
             const std::function<Result<WorkerReply>(WorkerPool&, const std::string&,
                                                     const LoadOptions&)>& ask,
             const std::function<void(const std::string&, const WorkerReply&)>& print,
             bool warnings_fail = false);

}  // namespace findings::cli

#endif  // FINDINGS_CLI_LIMIT_OPTIONS_H_

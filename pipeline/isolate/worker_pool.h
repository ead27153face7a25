// WorkerPool: extraction in separate processes, so one bad file cannot take down
// a run.
//
// The pool keeps up to `workers` persistent `findings worker` processes, each
// with the plugins and grammars loaded once. Extract() sends one file to a
// worker and waits for its reply under the wall-clock limit. A worker that
// crashes, is killed by a limit or hangs becomes an error for that file only
// ("extraction crashed (SIGSEGV)", "timed out after 60 s", "page 3: out of
// memory reading its content (limit …)" from what the worker printed before it
// died) and is replaced.
//
// Extract() may be called from several threads at once. A worker is sent up to
// kRequestsPerWorker requests before its first reply is read, so it starts the
// next file the moment it has answered, without waiting for the parent to wake
// up (on a VM that wait was a fifth of a text report's time). Replies come back
// in order; a request queued behind a file that crashed its worker was never
// started, and is sent again to a new worker. Callers keep the workers busy with
// kRequestsPerWorker threads per worker; further calls block.
#ifndef FINDINGS_ISOLATE_WORKER_POOL_H_
#define FINDINGS_ISOLATE_WORKER_POOL_H_

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "emit/output_formats.h"
#include "findings/model.h"
#include "findings/status.h"
#include "isolate/frame.h"
#include "isolate/limits.h"
#include "isolate/worker_process.h"
#include "isolate/worker_protocol.h"
#include "host/extract.h"

namespace findings {

inline constexpr unsigned kRequestsPerWorker = 2;

struct PoolOptions {
  unsigned workers = 1;
  // The findings binary, run as `EXECUTABLE worker …`. The default is right for
  // code running inside `findings` itself; tests name the built binary.
  std::string executable = "/proc/self/exe";
  std::vector<std::string> plugin_dirs;   // passed on as --plugin-dir
  std::vector<std::string> grammar_dirs;  // passed on as --grammar-dir
  Limits limits;
};

class WorkerPool {
 public:
  explicit WorkerPool(PoolOptions options);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // ExtractReport(path, options) in a worker. Errors are one line without the file
  // name, the loader's and plugins' own or the isolation's. The worker's limits
  // replace options.load.max_bytes and memory_limit_mib.
  Result<Findings> Extract(const std::string& path, const ExtractOptions& options);

  // The same, rendered by the worker in `formats` (at least one); with a
  // staging directory, written there by the worker (see Staging) and not sent
  // back. The reply's `rendered` and `warnings`.
  Result<WorkerReply> ExtractRendered(const std::string& path, const ExtractOptions& options,
                                      const std::vector<OutputFormat>& formats,
                                      const Staging& staging = {});

  // The plugin that recognises the file (the reply's `detected`), as DetectLoaded.
  Result<WorkerReply> Detect(const std::string& path, const LoadOptions& options);

  // The file's normalised text (the reply's `text`).
  Result<WorkerReply> Text(const std::string& path, const LoadOptions& options);

  // Threads that keep every worker busy.
  unsigned callers() const { return options_.workers * kRequestsPerWorker; }

 private:
  struct Worker;  // one process and the requests sent to it
  enum class Outcome { kReplied, kRetry };

  Result<WorkerReply> Ask(const WorkerRequest& request);
  Outcome AskOnce(const std::string& payload, Result<WorkerReply>* reply);
  std::shared_ptr<Worker> PickWorker();
  void Done(const std::shared_ptr<Worker>& worker);
  ProcessEnd Retire(Worker& worker, bool kill);
  Result<WorkerReply> Interpret(Worker& worker, ReadOutcome outcome);
  std::vector<std::string> WorkerArgv() const;
  std::string DescribeEnd(const ProcessEnd& end, const std::string& output) const;

  const PoolOptions options_;
  std::mutex mutex_;  // guards workers_ and every Worker's fields
  std::condition_variable changed_;
  std::vector<std::shared_ptr<Worker>> workers_;
};

}  // namespace findings

#endif  // FINDINGS_ISOLATE_WORKER_POOL_H_

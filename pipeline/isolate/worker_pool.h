// WorkerPool: extraction in separate processes, so one bad file cannot take down
// a run.
//
// The pool keeps up to `workers` persistent `findings worker` processes, each
// with the plugins and grammars loaded once. Extract() hands one file to an idle
// worker and waits for its reply under the wall-clock limit. A worker that
// crashes, is killed by a limit or hangs becomes an error for that file only
// ("extraction crashed (SIGSEGV)", "timed out after 60 s") and is replaced on
// the next call. Extract() may be called from several threads at once; each
// call blocks while every worker is busy.
#ifndef FINDINGS_ISOLATE_WORKER_POOL_H_
#define FINDINGS_ISOLATE_WORKER_POOL_H_

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "findings/model.h"
#include "findings/status.h"
#include "isolate/limits.h"
#include "isolate/worker_process.h"
#include "plugins/report_extractor.h"

namespace findings {

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
  // name, the loader's and plugins' own or the isolation's.
  Result<Findings> Extract(const std::string& path, const ExtractOptions& options);

 private:
  using Worker = std::unique_ptr<WorkerProcess>;

  Worker Acquire();
  void Release(Worker worker);
  std::vector<std::string> WorkerArgv() const;
  Result<Findings> Ask(Worker& worker, const std::string& path, const ExtractOptions& options);
  std::string DescribeEnd(const ProcessEnd& end) const;

  const PoolOptions options_;
  std::mutex mutex_;
  std::condition_variable idle_changed_;
  std::vector<Worker> idle_;  // started and waiting for work
  unsigned free_slots_;       // workers that may still be handed out
};

}  // namespace findings

#endif  // FINDINGS_ISOLATE_WORKER_POOL_H_

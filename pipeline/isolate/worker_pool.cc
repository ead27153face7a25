#include "isolate/worker_pool.h"

#include <csignal>

#include "isolate/frame.h"
#include "isolate/worker_protocol.h"

namespace findings {
namespace {

Status Failure(std::string message) {
  return Status::Error(Code::kInternal, std::move(message));
}

}  // namespace

WorkerPool::WorkerPool(PoolOptions options)
    : options_(std::move(options)), free_slots_(std::max(1u, options_.workers)) {}

WorkerPool::~WorkerPool() = default;

// A slot is either an idle started worker or an empty one (nullptr): a worker
// that died is not put back, and its slot starts a new one when next used.
WorkerPool::Worker WorkerPool::Acquire() {
  std::unique_lock<std::mutex> lock(mutex_);
  idle_changed_.wait(lock, [&] { return free_slots_ > 0; });
  --free_slots_;
  if (idle_.empty()) return nullptr;
  Worker worker = std::move(idle_.back());
  idle_.pop_back();
  return worker;
}

void WorkerPool::Release(Worker worker) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (worker) idle_.push_back(std::move(worker));
    ++free_slots_;
  }
  idle_changed_.notify_one();
}

std::vector<std::string> WorkerPool::WorkerArgv() const {
  const Limits& limits = options_.limits;
  std::vector<std::string> argv = {options_.executable, "worker",
                                   "--cpu-limit", std::to_string(limits.cpu_seconds),
                                   "--memory-limit", std::to_string(limits.memory_mib)};
  for (const std::string& dir : options_.plugin_dirs) {
    argv.push_back("--plugin-dir");
    argv.push_back(dir);
  }
  for (const std::string& dir : options_.grammar_dirs) {
    argv.push_back("--grammar-dir");
    argv.push_back(dir);
  }
  return argv;
}

std::string WorkerPool::DescribeEnd(const ProcessEnd& end) const {
  if (end.signalled && end.signal == SIGXCPU) {
    return "exceeded the CPU time limit of " + FormatSeconds(options_.limits.cpu_seconds) +
           " (see --cpu-limit)";
  }
  if (end.signalled) return "extraction crashed (" + SignalName(end.signal) + ")";
  if (end.exit_status == 127) return "extraction failed: the worker process could not start";
  return "extraction failed: the worker exited with status " + std::to_string(end.exit_status);
}

Result<Findings> WorkerPool::Extract(const std::string& path, const ExtractOptions& options) {
  Worker worker = Acquire();
  Result<Findings> result = Ask(worker, path, options);
  Release(std::move(worker));
  return result;
}

// Sends one request and waits for the whole reply. Leaves `worker` empty when the
// process is gone (or has been killed), so it is never asked again.
Result<Findings> WorkerPool::Ask(Worker& worker, const std::string& path,
                                 const ExtractOptions& options) {
  if (!worker) {
    auto started = WorkerProcess::Start(WorkerArgv());
    if (!started.ok()) return Failure("cannot start a worker: " + started.status().message());
    worker = std::move(*started);
  }
  const double timeout = options_.limits.timeout_seconds;
  Deadline deadline;
  if (timeout > 0) {
    deadline = std::chrono::steady_clock::now() +
               std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                   std::chrono::duration<double>(timeout));
  }
  // A failed send means the worker is gone; reading then says how it ended.
  (void)WriteFrame(worker->fd(), EncodeRequest({path, options}));
  ReadOutcome outcome = ReadFrame(worker->fd(), deadline);
  if (outcome.error == FrameError::kTimedOut) {
    worker->Kill();
    worker.reset();
    return Failure("timed out after " + FormatSeconds(timeout) + " (see --timeout)");
  }
  if (outcome.error != FrameError::kNone) {
    // The socket closes when the worker dies; a garbled frame means it is not to
    // be trusted either. A half-written reply is discarded with its writer.
    const ProcessEnd end =
        outcome.error == FrameError::kClosed ? worker->Wait() : worker->Kill();
    worker.reset();
    return Failure(DescribeEnd(end));
  }
  Result<WorkerReply> reply = DecodeReply(outcome.payload);
  if (!reply.ok() || reply->restart) {
    worker->Kill();
    worker.reset();
  }
  if (!reply.ok()) return reply.status();
  if (!reply->status.ok()) return reply->status;
  return std::move(reply->findings);
}

}  // namespace findings

#include "isolate/worker_pool.h"

#include <algorithm>
#include <csignal>

#include "isolate/frame.h"
#include "isolate/output_capture.h"

namespace findings {
namespace {

Status Failure(std::string message) {
  return Status::Error(Code::kInternal, std::move(message));
}

}  // namespace

struct WorkerPool::Worker {
  std::unique_ptr<WorkerProcess> process;
  unsigned in_flight = 0;  // requests sent whose callers have not finished with them
  std::uint64_t sent = 0;  // tickets handed out, in the order the requests were sent
  std::uint64_t turn = 0;  // the ticket whose reply is read next
  bool retired = false;    // gone or going: sent nothing more; what is queued is retried
};

WorkerPool::WorkerPool(PoolOptions options) : options_(std::move(options)) {}

WorkerPool::~WorkerPool() = default;

std::vector<std::string> WorkerPool::WorkerArgv() const {
  const Limits& limits = options_.limits;
  std::vector<std::string> argv = {options_.executable, "worker",
                                   "--cpu-limit", std::to_string(limits.cpu_seconds),
                                   "--memory-limit", std::to_string(limits.memory_mib),
                                   "--max-file-size", std::to_string(limits.max_file_mib)};
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

// `output`: what the worker printed while on the file it died on.
std::string WorkerPool::DescribeEnd(const ProcessEnd& end, const std::string& output) const {
  const int page = CrashedOnPage(output);
  const std::string on_page = page > 0 ? "page " + std::to_string(page) + ": " : "";
  if (end.signalled && end.signal == SIGABRT && MentionsOutOfMemory(output)) {
    // Poppler's allocator aborts when memory runs out, after saying so.
    return on_page + "out of memory" + (page > 0 ? " reading its content" : "") +
           MemoryLimitNote(options_.limits.memory_mib);
  }
  if (end.signalled && end.signal == SIGXCPU) {
    return on_page + "exceeded the CPU time limit of " +
           FormatSeconds(options_.limits.cpu_seconds) + " (see --cpu-limit)";
  }
  if (end.signalled) return on_page + "extraction crashed (" + SignalName(end.signal) + ")";
  if (end.exit_status == 127) return "extraction failed: the worker process could not start";
  return "extraction failed: the worker exited with status " + std::to_string(end.exit_status);
}

Result<Findings> WorkerPool::Extract(const std::string& path, const ExtractOptions& options) {
  Result<WorkerReply> reply = Ask({Task::kExtract, path, options, {}, {}});
  if (!reply.ok()) return reply.status();
  return std::move(reply->findings);
}

Result<WorkerReply> WorkerPool::ExtractRendered(const std::string& path,
                                                const ExtractOptions& options,
                                                const std::vector<OutputFormat>& formats,
                                                const Staging& staging) {
  return Ask({Task::kExtract, path, options, formats, staging});
}

Result<WorkerReply> WorkerPool::Detect(const std::string& path, const LoadOptions& options) {
  return Ask({Task::kDetect, path, {{}, options}, {}, {}});
}

Result<WorkerReply> WorkerPool::Text(const std::string& path, const LoadOptions& options) {
  return Ask({Task::kText, path, {{}, options}, {}, {}});
}

Result<WorkerReply> WorkerPool::Ask(const WorkerRequest& request) {
  const std::string payload = EncodeRequest(request);
  Result<WorkerReply> reply = Failure("no reply");
  while (AskOnce(payload, &reply) == Outcome::kRetry) {
  }
  return reply;
}

// An idle worker first, then a new one while there are fewer than asked for,
// then the least busy that can queue another request; null when all are full.
// Called with mutex_ held.
std::shared_ptr<WorkerPool::Worker> WorkerPool::PickWorker() {
  std::shared_ptr<Worker> best;
  std::size_t live = 0;
  for (const std::shared_ptr<Worker>& worker : workers_) {
    if (worker->retired) continue;
    ++live;
    if (worker->in_flight < kRequestsPerWorker && (!best || worker->in_flight < best->in_flight))
      best = worker;
  }
  if ((!best || best->in_flight > 0) && live < std::max(1u, options_.workers)) {
    best = std::make_shared<Worker>();
    workers_.push_back(best);
  }
  return best;
}

// The caller is finished with one request to `worker`. Called with mutex_ held.
void WorkerPool::Done(const std::shared_ptr<Worker>& worker) {
  ++worker->turn;
  --worker->in_flight;
  if (worker->retired && worker->in_flight == 0)
    workers_.erase(std::find(workers_.begin(), workers_.end(), worker));
  changed_.notify_all();
}

// Called with mutex_ held, by the caller whose reply is being read, so that no
// request is being sent to the socket while it is closed.
ProcessEnd WorkerPool::Retire(Worker& worker, bool kill) {
  worker.retired = true;
  return kill ? worker.process->Kill() : worker.process->Wait();
}

WorkerPool::Outcome WorkerPool::AskOnce(const std::string& payload, Result<WorkerReply>* reply) {
  std::unique_lock<std::mutex> lock(mutex_);
  std::shared_ptr<Worker> worker;
  changed_.wait(lock, [&] { return (worker = PickWorker()) != nullptr; });
  if (!worker->process) {
    auto started = WorkerProcess::Start(WorkerArgv());
    if (!started.ok()) {
      workers_.erase(std::find(workers_.begin(), workers_.end(), worker));
      changed_.notify_all();
      *reply = Failure("cannot start a worker: " + started.status().message());
      return Outcome::kReplied;
    }
    worker->process = std::move(*started);
  }
  const std::uint64_t ticket = worker->sent++;
  ++worker->in_flight;
  // A failed send means the worker is gone; reading then says how it ended.
  (void)WriteFrame(worker->process->fd(), payload);
  changed_.wait(lock, [&] { return worker->turn == ticket; });
  if (worker->retired) {
    // An earlier request ended this worker; ours was never started.
    Done(worker);
    return Outcome::kRetry;
  }
  lock.unlock();
  const double timeout = options_.limits.timeout_seconds;
  Deadline deadline;
  if (timeout > 0) {
    deadline = std::chrono::steady_clock::now() +
               std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                   std::chrono::duration<double>(timeout));
  }
  ReadOutcome outcome = ReadFrame(worker->process->fd(), deadline);
  lock.lock();
  *reply = Interpret(*worker, std::move(outcome));
  Done(worker);
  return Outcome::kReplied;
}

// What one read from the worker means for its caller. Called with mutex_ held.
Result<WorkerReply> WorkerPool::Interpret(Worker& worker, ReadOutcome outcome) {
  if (outcome.error == FrameError::kTimedOut) {
    Retire(worker, /*kill=*/true);
    return Failure("timed out after " + FormatSeconds(options_.limits.timeout_seconds) +
                   " (see --timeout)");
  }
  if (outcome.error != FrameError::kNone) {
    // The socket closes when the worker dies; a garbled frame means it is not to
    // be trusted either. A half-written reply is discarded with its writer.
    const ProcessEnd end = Retire(worker, /*kill=*/outcome.error != FrameError::kClosed);
    return Failure(DescribeEnd(end, worker.process->CapturedOutput()));
  }
  Result<WorkerReply> reply = DecodeReply(outcome.payload);
  if (!reply.ok() || reply->restart) Retire(worker, /*kill=*/true);
  if (!reply.ok()) return reply.status();
  if (!reply->status.ok()) return reply->status;
  return reply;
}

}  // namespace findings

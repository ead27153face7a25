#include "isolate/worker_loop.h"

#include <sys/resource.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "isolate/frame.h"
#include "isolate/output_capture.h"
#include "isolate/worker_protocol.h"
#include "isolate/worker_tasks.h"
#include "util/sanitizers.h"

namespace findings {
namespace {

// RLIMIT_CPU counts the whole life of the process, so each file gets the CPU time
// used so far plus its own allowance; the kernel sends SIGXCPU past it.
void ArmCpuLimit(unsigned cpu_seconds) {
  if (cpu_seconds == 0) return;
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  const rlim_t used = static_cast<rlim_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + 1);
  rlimit limit{};
  ::getrlimit(RLIMIT_CPU, &limit);
  limit.rlim_cur = used + cpu_seconds;
  if (limit.rlim_max != RLIM_INFINITY && limit.rlim_cur > limit.rlim_max)
    limit.rlim_cur = limit.rlim_max;
  ::setrlimit(RLIMIT_CPU, &limit);
}

}  // namespace

Status ApplyMemoryLimit(const Limits& limits) {
#ifdef FINDINGS_ASAN
  (void)limits;
  return Status::Ok();
#else
  if (limits.memory_mib == 0) return Status::Ok();
  rlimit limit{};
  ::getrlimit(RLIMIT_AS, &limit);
  limit.rlim_cur = static_cast<rlim_t>(limits.memory_mib) << 20;
  if (limit.rlim_max != RLIM_INFINITY && limit.rlim_cur > limit.rlim_max)
    limit.rlim_cur = limit.rlim_max;
  if (::setrlimit(RLIMIT_AS, &limit) != 0)
    return Status::Error(Code::kInternal, std::string("setrlimit: ") + std::strerror(errno));
  return Status::Ok();
#endif
}

int ServeRequests(int fd, const PluginRegistry& registry, const Limits& limits) {
  (void)TakeStandardError();  // what starting up printed is about no file
  for (;;) {
    ReadOutcome in = ReadFrame(fd, std::nullopt);
    if (in.error == FrameError::kClosed) return 0;  // the parent is done
    if (in.error != FrameError::kNone) return 1;
    Result<WorkerRequest> request = DecodeRequest(in.payload);
    if (!request.ok()) return 1;
    ArmCpuLimit(limits.cpu_seconds);
    const WorkerReply reply = RunTask(registry, *request, limits);
    if (!WriteFrame(fd, EncodeReply(reply, KindOf(*request))).ok()) return 1;
    if (reply.restart) return 0;
  }
}

}  // namespace findings

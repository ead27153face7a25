#include "isolate/worker_loop.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <new>
#include <string>

#include "isolate/fault_injection.h"
#include "isolate/frame.h"
#include "isolate/worker_protocol.h"
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

Status Render(const Findings& findings, const WorkerRequest& request, RenderedReport* rendered) {
  *rendered = RenderReport(findings, request.formats);
  if (request.staging.dir.empty()) return Status::Ok();
  const std::string dir = request.staging.dir + "/w" + std::to_string(::getpid());
  if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST)
    return Status::Error(Code::kIoError, dir + ": cannot create: " + std::strerror(errno));
  return WriteDocuments(dir + "/" + request.staging.name, request.formats, rendered);
}

WorkerReply Extract(const PluginRegistry& registry, const WorkerRequest& request,
                    const Limits& limits) {
  WorkerReply reply;
  try {
    InjectFaultFor(request.path);
    Result<Findings> findings = ExtractReport(registry, request.path, request.options);
    if (!findings.ok()) reply.status = findings.status();
    else if (request.formats.empty()) reply.findings = std::move(*findings);
    else reply.status = Render(*findings, request, &reply.rendered);
  } catch (const std::bad_alloc&) {
    // Exceptions are not supposed to cross the plugin boundary, but running out
    // of address space is the one thing we provoke on purpose.
    reply.status = Status::Error(
        Code::kInternal, "out of memory: the limit is " + std::to_string(limits.memory_mib) +
                             " MiB (see --memory-limit)");
    reply.restart = true;
  } catch (const std::exception& e) {
    reply.status = Status::Error(Code::kInternal, std::string("internal error: ") + e.what());
    reply.restart = true;
  }
  return reply;
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
  for (;;) {
    ReadOutcome in = ReadFrame(fd, std::nullopt);
    if (in.error == FrameError::kClosed) return 0;  // the parent is done
    if (in.error != FrameError::kNone) return 1;
    Result<WorkerRequest> request = DecodeRequest(in.payload);
    if (!request.ok()) return 1;
    ArmCpuLimit(limits.cpu_seconds);
    const WorkerReply reply = Extract(registry, *request, limits);
    if (!WriteFrame(fd, EncodeReply(reply, !request->formats.empty())).ok()) return 1;
    if (reply.restart) return 0;
  }
}

}  // namespace findings

#include "isolate/worker_tasks.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <new>
#include <string>

#include "isolate/fault_injection.h"
#include "isolate/output_capture.h"

namespace findings {
namespace {

constexpr std::size_t kMaxPrintedLines = 3;

Status Render(const Findings& findings, const WorkerRequest& request, RenderedReport* rendered) {
  *rendered = RenderReport(findings, request.formats);
  if (request.staging.dir.empty()) return Status::Ok();
  const std::string dir = request.staging.dir + "/w" + std::to_string(::getpid());
  if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST)
    return Status::Error(Code::kIoError, dir + ": cannot create: " + std::strerror(errno));
  return WriteDocuments(dir + "/" + request.staging.name, request.formats, rendered);
}

Status Extract(const PluginRegistry& registry, const WorkerRequest& request, WorkerReply* reply) {
  Result<Findings> findings = ExtractReport(registry, request.path, request.options);
  if (!findings.ok()) return findings.status();
  reply->warnings = UnreadPages(findings->diagnostics);
  if (request.formats.empty()) {
    reply->findings = std::move(*findings);
    return Status::Ok();
  }
  return Render(*findings, request, &reply->rendered);
}

Status Detect(const PluginRegistry& registry, const WorkerRequest& request, WorkerReply* reply) {
  Result<LoadedDocument> loaded = LoadDocument(request.path, request.options.load);
  if (!loaded.ok()) return loaded.status();
  Result<Detection> detection = DetectLoaded(registry, *loaded);
  if (!detection.ok()) return detection.status();
  reply->detected = {detection->plugin->name(), detection->confidence};
  reply->warnings = UnreadPages(loaded->diagnostics);
  return Status::Ok();
}

Status Text(const WorkerRequest& request, WorkerReply* reply) {
  Result<LoadedDocument> loaded = LoadDocument(request.path, request.options.load);
  if (!loaded.ok()) return loaded.status();
  reply->text = std::move(loaded->doc.text);
  reply->warnings = UnreadPages(loaded->diagnostics);
  return Status::Ok();
}

Status Run(const PluginRegistry& registry, const WorkerRequest& request, WorkerReply* reply) {
  InjectFaultFor(request.path);
  switch (request.task) {
    case Task::kDetect: return Detect(registry, request, reply);
    case Task::kText: return Text(request, reply);
    case Task::kExtract: break;
  }
  return Extract(registry, request, reply);
}

// What a library printed while the file was read, and nobody took: said with the
// file, never on its own.
void AddPrintedLines(const std::string& output, WorkerReply* reply) {
  std::size_t start = 0, lines = 0;
  while (start < output.size() && lines < kMaxPrintedLines) {
    std::size_t end = output.find('\n', start);
    if (end == std::string::npos) end = output.size();
    if (end > start) {
      const std::size_t length = std::min<std::size_t>(end - start, 200);
      reply->warnings.push_back("a library printed: " + output.substr(start, length));
      ++lines;
    }
    start = end + 1;
  }
}

}  // namespace

WorkerReply RunTask(const PluginRegistry& registry, WorkerRequest request, const Limits& limits) {
  request.options.load.max_bytes = limits.max_file_bytes();
  request.options.load.memory_limit_mib = limits.memory_mib;
  WorkerReply reply;
  try {
    reply.status = Run(registry, request, &reply);
  } catch (const std::bad_alloc&) {
    // Exceptions are not supposed to cross the plugin boundary, but running out
    // of address space is the one thing we provoke on purpose.
    reply.status =
        Status::Error(Code::kOutOfMemory, "out of memory" + MemoryLimitNote(limits.memory_mib));
  } catch (const std::exception& e) {
    reply.status = Status::Error(Code::kInternal, std::string("internal error: ") + e.what());
    reply.restart = true;
  }
  // After running out of memory the heap, and Poppler's state, are not to be trusted.
  if (reply.status.code() == Code::kOutOfMemory) reply.restart = true;
  const std::string printed = TakeStandardError();
  if (reply.status.ok()) AddPrintedLines(printed, &reply);
  return reply;
}

}  // namespace findings

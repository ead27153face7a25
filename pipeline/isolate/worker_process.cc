#include "isolate/worker_process.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include "isolate/output_capture.h"
#include "isolate/worker_loop.h"

namespace findings {

std::string SignalName(int signal) {
  switch (signal) {
    case SIGSEGV: return "SIGSEGV";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGILL: return "SIGILL";
    case SIGKILL: return "SIGKILL";
    case SIGTERM: return "SIGTERM";
    case SIGXCPU: return "SIGXCPU";
    case SIGXFSZ: return "SIGXFSZ";
    case SIGPIPE: return "SIGPIPE";
    case SIGTRAP: return "SIGTRAP";
    case SIGSYS: return "SIGSYS";
    default: return "signal " + std::to_string(signal);
  }
}

Result<std::unique_ptr<WorkerProcess>> WorkerProcess::Start(const std::vector<std::string>& argv) {
  const int output = CreateCaptureFile();
  if (output < 0)
    return Status::Error(Code::kInternal, std::string("memfd_create: ") + std::strerror(errno));
  int ends[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
    const int error = errno;
    ::close(output);
    return Status::Error(Code::kInternal, std::string("socketpair: ") + std::strerror(error));
  }
  // Everything the child needs is built before fork: after it, in a threaded
  // parent, only async-signal-safe calls are allowed.
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) {
    const int error = errno;
    ::close(ends[0]);
    ::close(ends[1]);
    ::close(output);
    return Status::Error(Code::kInternal, std::string("fork: ") + std::strerror(error));
  }
  if (pid == 0) {
    // Move the worker's descriptors out of the way first, so each dup2 below makes
    // a fresh descriptor (one without close-on-exec) and none overwrites another.
    const int socket = ::fcntl(ends[1], F_DUPFD_CLOEXEC, 10);
    const int capture = ::fcntl(output, F_DUPFD_CLOEXEC, 10);
    // The parent's stderr may be closed: then sanitizer reports have nowhere to go.
    if (::dup2(STDERR_FILENO, kWorkerReportFd) < 0) ::close(kWorkerReportFd);
    if (socket < 0 || capture < 0 || ::dup2(socket, kWorkerFd) < 0 ||
        ::dup2(capture, STDOUT_FILENO) < 0 || ::dup2(capture, STDERR_FILENO) < 0)
      ::_exit(127);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  ::close(ends[1]);
  return std::unique_ptr<WorkerProcess>(new WorkerProcess(pid, ends[0], output));
}

WorkerProcess::~WorkerProcess() {
  if (!reaped_) Wait();
  ::close(output_);
}

std::string WorkerProcess::CapturedOutput() const { return ReadCapturedOutput(output_); }

ProcessEnd WorkerProcess::Wait() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (reaped_) return end_;
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  reaped_ = true;
  end_.signalled = WIFSIGNALED(status);
  if (end_.signalled) end_.signal = WTERMSIG(status);
  else end_.exit_status = WEXITSTATUS(status);
  return end_;
}

ProcessEnd WorkerProcess::Kill() {
  if (!reaped_) ::kill(pid_, SIGKILL);
  return Wait();
}

}  // namespace findings

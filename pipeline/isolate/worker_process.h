// One worker process as the parent sees it: started with a socket on its fd 3,
// and, once it has gone, a one-line account of how it ended.
#ifndef FINDINGS_ISOLATE_WORKER_PROCESS_H_
#define FINDINGS_ISOLATE_WORKER_PROCESS_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "findings/status.h"

namespace findings {

// How a process ended, as waitpid() told it.
struct ProcessEnd {
  bool signalled = false;
  int signal = 0;       // when signalled
  int exit_status = 0;  // otherwise
};

// "SIGSEGV" for SIGSEGV; "signal 42" for one without a common name.
std::string SignalName(int signal);

class WorkerProcess {
 public:
  // Runs argv[0] with `argv` and the other end of a socket as fd 3. Its standard
  // output and error go to a capture file (isolate/output_capture.h), so nothing a
  // library prints reaches the parent's output or error; fd 4 is the parent's
  // standard error, for sanitizer reports.
  static Result<std::unique_ptr<WorkerProcess>> Start(const std::vector<std::string>& argv);

  WorkerProcess(const WorkerProcess&) = delete;
  WorkerProcess& operator=(const WorkerProcess&) = delete;
  // Closes the socket (an idle worker then exits) and reaps the process.
  ~WorkerProcess();

  int fd() const { return fd_; }
  // Closes the socket and waits for the process to end.
  ProcessEnd Wait();
  // Kills the process (SIGKILL) and reaps it.
  ProcessEnd Kill();
  // What the process wrote to its standard output and error and has not taken
  // back itself: after it died, what it said about the file it died on.
  std::string CapturedOutput() const;

 private:
  WorkerProcess(pid_t pid, int fd, int output) : pid_(pid), fd_(fd), output_(output) {}
  pid_t pid_;
  int fd_;
  int output_;  // the capture file
  bool reaped_ = false;
  ProcessEnd end_;
};

}  // namespace findings

#endif  // FINDINGS_ISOLATE_WORKER_PROCESS_H_

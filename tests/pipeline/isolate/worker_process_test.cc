#include "isolate/worker_process.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <string>

namespace findings {
namespace {

std::unique_ptr<WorkerProcess> StartShell(const std::string& script) {
  Result<std::unique_ptr<WorkerProcess>> started = WorkerProcess::Start({"/bin/sh", "-c", script});
  EXPECT_TRUE(started.ok()) << started.status().message();
  return started.ok() ? std::move(*started) : nullptr;
}

TEST(WorkerProcess, CapturesWhatTheProcessPrintsAndItsExitStatus) {
  auto worker = StartShell("echo 'Out of memory' >&2; echo printed; exit 3");
  ASSERT_TRUE(worker);
  const ProcessEnd end = worker->Wait();
  EXPECT_FALSE(end.signalled);
  EXPECT_EQ(end.exit_status, 3);
  EXPECT_EQ(worker->CapturedOutput(), "Out of memory\nprinted\n");
}

TEST(WorkerProcess, TalksOnTheSocketAtFd3) {
  auto worker = StartShell("read request <&3; echo \"reply to $request\" >&3");
  ASSERT_TRUE(worker);
  ASSERT_EQ(::write(worker->fd(), "ping\n", 5), 5);
  std::string reply;
  char c = 0;
  while (::read(worker->fd(), &c, 1) == 1 && c != '\n') reply += c;
  EXPECT_EQ(reply, "reply to ping");
  EXPECT_EQ(worker->Wait().exit_status, 0);
  EXPECT_EQ(worker->fd(), -1);
}

TEST(WorkerProcess, KillEndsAProcessWithSigkill) {
  auto worker = StartShell("exec sleep 60");
  ASSERT_TRUE(worker);
  const ProcessEnd end = worker->Kill();
  EXPECT_TRUE(end.signalled);
  EXPECT_EQ(end.signal, SIGKILL);
  // Reaped once: asking again gives the same end.
  EXPECT_EQ(worker->Wait().signal, SIGKILL);
}

TEST(WorkerProcess, AProgramThatCannotBeRunExitsWith127) {
  Result<std::unique_ptr<WorkerProcess>> started = WorkerProcess::Start({"/no/such/program"});
  ASSERT_TRUE(started.ok()) << started.status().message();
  const ProcessEnd end = (*started)->Wait();
  EXPECT_FALSE(end.signalled);
  EXPECT_EQ(end.exit_status, 127);
}

TEST(SignalName, NamesCommonSignalsAndNumbersOthers) {
  EXPECT_EQ(SignalName(SIGSEGV), "SIGSEGV");
  EXPECT_EQ(SignalName(SIGXCPU), "SIGXCPU");
  EXPECT_EQ(SignalName(SIGKILL), "SIGKILL");
  EXPECT_EQ(SignalName(SIGUSR1), "signal " + std::to_string(SIGUSR1));
}

}  // namespace
}  // namespace findings

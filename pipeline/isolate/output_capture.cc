#include "isolate/output_capture.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "ingest/captured_output.h"
#include "util/sanitizers.h"

#ifdef FINDINGS_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

namespace findings {
namespace {

constexpr char kCrashMarker[] = "findings: crashed reading page ";

bool capturing = false;  // standard error is a capture file (CaptureStandardError)

bool IsCaptureFile(int fd) {
  struct stat info {};
  return ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
}

#ifndef FINDINGS_ASAN  // AddressSanitizer reports fatal signals itself
// Async-signal-safe: formats by hand and writes with write(2).
void WriteCrashMarker(int page) {
  char line[sizeof kCrashMarker + 16];
  std::memcpy(line, kCrashMarker, sizeof kCrashMarker - 1);
  std::size_t length = sizeof kCrashMarker - 1;
  char digits[12];
  int count = 0;
  for (unsigned value = static_cast<unsigned>(page); value > 0 || count == 0; value /= 10)
    digits[count++] = static_cast<char>('0' + value % 10);
  while (count > 0) line[length++] = digits[--count];
  line[length++] = '\n';
  (void)!::write(STDERR_FILENO, line, length);
}

void OnFatalSignal(int signal) {
  if (const int page = PageBeingRead(); page > 0) WriteCrashMarker(page);
  // SA_RESETHAND has put the default action back; this ends the process with it.
  std::raise(signal);
}
#endif

void InstallCrashHandlers() {
#ifndef FINDINGS_ASAN
  struct sigaction action {};
  action.sa_handler = OnFatalSignal;
  action.sa_flags = SA_RESETHAND | SA_NODEFER;
  for (int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
    ::sigaction(signal, &action, nullptr);
#endif
}

}  // namespace

int CreateCaptureFile() { return ::memfd_create("findings-worker-output", MFD_CLOEXEC); }

std::string ReadCapturedOutput(int fd) {
  struct stat info {};
  if (::fstat(fd, &info) != 0 || info.st_size <= 0) return "";
  const auto size = static_cast<std::size_t>(info.st_size);
  const std::size_t from = size > kMaxCapturedBytes ? size - kMaxCapturedBytes : 0;
  std::string output(size - from, '\0');
  const ssize_t got = ::pread(fd, output.data(), output.size(), static_cast<off_t>(from));
  output.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  return output;
}

std::string TakeStandardError() {
  if (!capturing) return "";
  std::cerr.flush();
  std::fflush(stderr);
  const std::string output = ReadCapturedOutput(STDERR_FILENO);
  if (output.empty()) return output;
  // Standard output and error share one open file and so one offset.
  (void)!::ftruncate(STDERR_FILENO, 0);
  ::lseek(STDERR_FILENO, 0, SEEK_SET);
  return output;
}

void CaptureStandardError(int report_fd) {
#ifdef FINDINGS_ASAN
  if (report_fd >= 0)
    __sanitizer_set_report_fd(reinterpret_cast<void*>(static_cast<long>(report_fd)));
#else
  (void)report_fd;
#endif
  if (!IsCaptureFile(STDERR_FILENO)) return;
  capturing = true;
  SetCapturedOutputSource(&TakeStandardError);
  InstallCrashHandlers();
}

int CrashedOnPage(const std::string& output) {
  const std::size_t at = output.rfind(kCrashMarker);
  if (at == std::string::npos) return 0;
  int page = 0;
  for (std::size_t i = at + sizeof kCrashMarker - 1; i < output.size() && page < 100000000; ++i) {
    if (output[i] < '0' || output[i] > '9') break;
    page = page * 10 + (output[i] - '0');
  }
  return page;
}

bool MentionsOutOfMemory(const std::string& output) {
  return output.find("Out of memory") != std::string::npos ||
         output.find("std::bad_alloc") != std::string::npos;
}

}  // namespace findings

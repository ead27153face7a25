#include "isolate/fault_injection.h"

#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace findings {
namespace {

// Dies of `signal` even when a sanitizer has installed its own handler for it.
[[noreturn]] void DieOf(int signal) {
  std::signal(signal, SIG_DFL);
  std::raise(signal);
  std::_Exit(128 + signal);
}

[[noreturn]] void Spin() {
  volatile unsigned long counter = 0;
  for (;;) counter = counter + 1;
}

[[noreturn]] void Hang() {
  for (;;) ::pause();
}

void ExhaustMemory() {
  std::vector<char*> blocks;
  for (;;) {
    char* block = new char[64u << 20];
    std::memset(block, 1, 64u << 20);  // touch it, so it is really used
    blocks.push_back(block);
  }
}

}  // namespace

void InjectFaultFor(const std::string& path) {
  const char* fault = std::getenv(kFaultVariable);
  if (!fault) return;
  const std::string spec(fault);
  const std::size_t colon = spec.find(':');
  if (colon == std::string::npos) return;
  const std::string kind = spec.substr(0, colon);
  if (path.find(spec.substr(colon + 1)) == std::string::npos) return;
  if (kind == "crash") DieOf(SIGSEGV);
  if (kind == "abort") std::abort();
  if (kind == "hang") Hang();
  if (kind == "spin") Spin();
  if (kind == "oom") ExhaustMemory();
  if (kind == "gmem-oom") {
    std::fputs("Out of memory\n", stderr);
    std::abort();
  }
  if (kind == "print") std::fputs("a line no file name goes with\n", stderr);
}

}  // namespace findings

#include "ingest/captured_output.h"

#include <atomic>

namespace findings {
namespace {

std::atomic<CapturedOutputSource> installed{nullptr};
std::atomic<int> page_being_read{0};
static_assert(std::atomic<int>::is_always_lock_free);

}  // namespace

void SetCapturedOutputSource(CapturedOutputSource source) { installed = source; }

std::string TakeCapturedOutput() {
  const CapturedOutputSource source = installed;
  return source ? source() : std::string();
}

void SetPageBeingRead(int page) { page_being_read = page; }

int PageBeingRead() { return page_being_read; }

}  // namespace findings

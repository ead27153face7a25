// What Poppler says while a PDF is read, collected instead of printed.
//
// Poppler reports problems through one process-wide callback (poppler-cpp's
// set_debug_error_function), and its allocator prints "Out of memory" straight to
// standard error (seen only where that is captured: ingest/captured_output.h).
// A PopplerLog collects both for the thread that creates it, files each message
// under the page being read, and tells which pages lost text: a failed filter or
// damaged stream, an allocation that failed, a page the page tree does not yield.
// It keeps the first few messages and counts the rest, so a file that makes
// Poppler complain millions of times costs no memory.
#ifndef FINDINGS_INGEST_POPPLER_LOG_H_
#define FINDINGS_INGEST_POPPLER_LOG_H_

#include <cstddef>
#include <string>
#include <vector>

#include "findings/status.h"

namespace findings {

struct PdfMessage {
  int page = 0;      // 1-based; 0: the document as a whole (its xref, its page tree)
  std::string text;  // Poppler's words, without its "error (offset): " prefix
};

enum class PageLoss { kOutOfMemory, kDamaged, kMissing };

// A page whose text could not be read, or not completely.
struct UnreadPage {
  int page = 0;
  PageLoss loss = PageLoss::kDamaged;
  std::string detail;  // kDamaged: Poppler's first message about it
};

// "page 3: out of memory reading its content", "page 3: its content is damaged
// (Unexpected end of file in flate stream)", "page 3: missing from the page tree".
std::string DescribeUnreadPage(const UnreadPage& page);

// The same as the reason a whole file fails: kOutOfMemory with the description,
// or kCorrupt "corrupt PDF: page 3: …". The caller adds the memory limit.
Status UnreadPageStatus(const UnreadPage& page);

class PopplerLog {
 public:
  static constexpr std::size_t kMaxMessages = 20;
  static constexpr std::size_t kMaxUnreadPages = 50;

  // Collects what Poppler says on this thread until destroyed. One at a time per thread.
  PopplerLog();
  ~PopplerLog();
  PopplerLog(const PopplerLog&) = delete;
  PopplerLog& operator=(const PopplerLog&) = delete;

  // What follows is about `page` (1-based; 0: the document again).
  void BeginPage(int page);
  int page() const { return page_; }
  // Files what was written to standard error since last asked under the current page.
  void TakeCapturedOutput();
  // The current page could not be made from the page tree.
  void PageMissing();

  const std::vector<PdfMessage>& messages() const { return messages_; }
  std::size_t more_messages() const { return total_ - messages_.size(); }
  const std::vector<UnreadPage>& unread_pages() const { return unread_; }
  std::size_t more_unread_pages() const { return more_unread_; }
  // The texts of messages(), for a quick look at what was said.
  std::vector<std::string> texts() const;
  // The last message about the document as a whole; "" if none.
  std::string last_document_message() const;
  // Memory ran out while the document as a whole was read (its xref, its page tree).
  bool out_of_memory_opening() const { return out_of_memory_opening_; }

  // Called by Poppler's callback; public for it, not for other callers.
  void Add(const std::string& message);

 private:
  void MarkUnread(PageLoss loss, const std::string& detail);

  int page_ = 0;
  std::size_t total_ = 0;
  std::string last_document_;
  bool out_of_memory_opening_ = false;
  std::vector<PdfMessage> messages_;
  std::vector<UnreadPage> unread_;
  std::size_t more_unread_ = 0;
};

}  // namespace findings

#endif  // FINDINGS_INGEST_POPPLER_LOG_H_

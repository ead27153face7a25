#include "ingest/poppler_log.h"

#include <poppler/cpp/poppler-global.h>

#include <mutex>

#include "ingest/captured_output.h"

namespace findings {
namespace {

constexpr std::size_t kMaxMessageBytes = 200;

// Poppler calls back on the thread that reads; each reading thread has its log.
thread_local PopplerLog* current_log = nullptr;

void CollectPopplerMessage(const std::string& message, void*) {
  if (current_log != nullptr) current_log->Add(message);
}

// poppler-cpp writes "error (1234): …" or "error: …", the word saying nothing;
// Poppler writes a newline it was given as "<0a>".
std::string WithoutPrefix(const std::string& message) {
  std::string text = message;
  if (text.rfind("error", 0) == 0 && text.find(": ") != std::string::npos)
    text = text.substr(text.find(": ") + 2);
  while (text.size() >= 4 && text.compare(text.size() - 4, 4, "<0a>") == 0)
    text.resize(text.size() - 4);
  return text;
}

// One short printable line: Poppler quotes bytes from the file in its messages.
std::string Printable(const std::string& text) {
  std::string out = text.substr(0, kMaxMessageBytes);
  for (char& c : out) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f) c = '?';
  }
  if (text.size() > kMaxMessageBytes) out += "...";
  return out;
}

bool Contains(const std::string& text, const char* part) {
  return text.find(part) != std::string::npos;
}

// gmem's "Out of memory" (on stderr), the JBIG2 decoder's own words.
bool SaysOutOfMemory(const std::string& text) {
  return text.rfind("Out of memory", 0) == 0 || Contains(text, "Failed allocation");
}

// A filter that failed part-way: whatever the stream held after that is lost.
bool SaysContentLost(const std::string& text) {
  static const char* const kSigns[] = {
      "flate stream", "LZW stream", "CCITTFax stream", "ASCIIHex stream", "ASCII85",
      "JBIG2", "Unknown filter", "Bad 'Filter'", "Bad filter name", "Bogus memory allocation"};
  for (const char* sign : kSigns)
    if (Contains(text, sign)) return true;
  return false;
}

}  // namespace

std::string DescribeUnreadPage(const UnreadPage& page) {
  const std::string where = "page " + std::to_string(page.page) + ": ";
  switch (page.loss) {
    case PageLoss::kOutOfMemory: return where + "out of memory reading its content";
    case PageLoss::kMissing: return where + "missing from the page tree";
    case PageLoss::kDamaged: break;
  }
  return where + "its content is damaged (" + page.detail + ")";
}

Status UnreadPageStatus(const UnreadPage& page) {
  if (page.loss == PageLoss::kOutOfMemory)
    return Status::Error(Code::kOutOfMemory, DescribeUnreadPage(page));
  return Status::Error(Code::kCorrupt, "corrupt PDF: " + DescribeUnreadPage(page));
}

PopplerLog::PopplerLog() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(CollectPopplerMessage, nullptr); });
  current_log = this;
}

PopplerLog::~PopplerLog() {
  current_log = nullptr;
  SetPageBeingRead(0);
}

void PopplerLog::BeginPage(int page) {
  page_ = page;
  SetPageBeingRead(page);
}

void PopplerLog::Add(const std::string& message) {
  ++total_;
  if (page_ == 0) last_document_ = message;  // the reason a document does not open
  const std::string text = WithoutPrefix(message);
  if (SaysOutOfMemory(text)) {
    if (page_ == 0) out_of_memory_opening_ = true;
    else MarkUnread(PageLoss::kOutOfMemory, "");
  } else if (page_ > 0 && SaysContentLost(text)) {
    MarkUnread(PageLoss::kDamaged, Printable(text));
  }
  if (messages_.size() < kMaxMessages) messages_.push_back({page_, Printable(text)});
}

void PopplerLog::MarkUnread(PageLoss loss, const std::string& detail) {
  if (!unread_.empty() && unread_.back().page == page_) {
    // Running out of memory is why a stream then fails, not the other way round.
    if (loss == PageLoss::kOutOfMemory) unread_.back().loss = loss;
    return;
  }
  if (unread_.size() >= kMaxUnreadPages) {
    ++more_unread_;
    return;
  }
  unread_.push_back({page_, loss, detail});
}

void PopplerLog::PageMissing() { MarkUnread(PageLoss::kMissing, ""); }

void PopplerLog::TakeCapturedOutput() {
  const std::string output = findings::TakeCapturedOutput();
  std::size_t start = 0;
  while (start < output.size()) {
    std::size_t end = output.find('\n', start);
    if (end == std::string::npos) end = output.size();
    if (end > start) Add(output.substr(start, end - start));
    start = end + 1;
  }
}

std::vector<std::string> PopplerLog::texts() const {
  std::vector<std::string> out;
  for (const PdfMessage& message : messages_) out.push_back(message.text);
  return out;
}

std::string PopplerLog::last_document_message() const {
  return Printable(WithoutPrefix(last_document_));
}

}  // namespace findings

#include "ingest/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <mutex>
#include <utility>

#include "ingest/iconv_cache.h"
#include "layout/font_style.h"
#include "layout/page_layout.h"
#include "layout/words.h"
#include "util/utf8.h"

namespace findings {
namespace {

// Poppler reports problems through one global callback. Each reading thread
// collects them in its own list; Poppler calls back on the thread that reads.
thread_local std::vector<std::string>* poppler_messages = nullptr;

void CollectPopplerMessage(const std::string& message, void*) {
  if (poppler_messages != nullptr) poppler_messages->push_back(message);
}

void InstallQuietErrorFunction() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(CollectPopplerMessage, nullptr); });
}

// poppler::ustring is UTF-16. Its own to_utf8() opens an iconv converter per call,
// which for one call per word cost more than the layout itself; this is a plain
// transcoding (a lone surrogate becomes U+FFFD).
std::string ToUtf8(const poppler::ustring& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    const bool high = c >= 0xD800 && c <= 0xDBFF;
    const bool low_next = i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF;
    if (high && low_next) {
      c = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    AppendUtf8(c, out);
  }
  return out;
}

bool MentionsXrefRepair(const std::vector<std::string>& messages) {
  for (const std::string& message : messages) {
    if (message.find("xref") != std::string::npos || message.find("XRef") != std::string::npos)
      return true;
  }
  return false;
}

PdfPage ReadPage(const poppler::page& page) {
  PdfPage out;
  poppler::rectf box = page.page_rect(poppler::media_box);
  out.width = box.width();
  out.height = box.height();
  const std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);
  out.words.reserve(boxes.size());
  std::string last_font;  // words come in runs of one font: its style is looked up once a run
  FontStyle style;
  for (const poppler::text_box& word : boxes) {
    PdfWord w;
    w.text = ToUtf8(word.text());
    poppler::rectf b = word.bbox();
    w.left = b.left();
    w.top = b.top();
    w.right = b.right();
    w.bottom = b.bottom();
    w.space_after = word.has_space_after();
    if (word.has_font_info()) {
      std::string font = word.get_font_name();
      if (font != last_font) {
        style = FontStyleOf(font);
        last_font = std::move(font);
      }
      w.font_size = word.get_font_size();
      w.bold = style.bold;
      w.italic = style.italic;
    }
    if (!w.text.empty()) out.words.push_back(std::move(w));
  }
  return out;
}

Result<std::vector<PdfPage>> ReadPages(std::string_view bytes, const std::string& password,
                                       std::vector<std::string>& messages) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size()), password, password));
  if (!doc) {
    // Poppler opens a document it cannot decrypt only as far as "locked"; a wrong
    // password with an encrypted file also lands here, so look at what it said.
    for (const std::string& message : messages) {
      if (message.find("ncrypt") != std::string::npos || message.find("assword") != std::string::npos)
        return Status::Error(Code::kEncrypted, "encrypted: a password is needed");
    }
    std::string reason = messages.empty() ? "Poppler cannot open it" : messages.back();
    return Status::Error(Code::kCorrupt, "corrupt PDF: " + reason);
  }
  // unlock() reports whether the document is still locked; ask is_locked() after it.
  if (doc->is_locked()) doc->unlock(password, password);
  if (doc->is_locked()) {
    return Status::Error(Code::kEncrypted, "encrypted: a password is needed");
  }
  std::vector<PdfPage> pages;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    pages.push_back(page ? ReadPage(*page) : PdfPage{});
  }
  return pages;
}

bool HasAnyWord(const std::vector<PdfPage>& pages) {
  for (const PdfPage& page : pages) {
    if (!page.words.empty()) return true;
  }
  return false;
}

}  // namespace

Result<PdfText> ReadPdfText(std::string_view bytes, const std::string& password) {
  InstallQuietErrorFunction();
  // Links the converter cache in (see iconv_cache.cc); without glibc's functions
  // behind it Poppler could not convert text, which ReadPages reports as no text.
  (void)IconvCacheLinked();
  std::vector<std::string> messages;
  poppler_messages = &messages;
  Result<std::vector<PdfPage>> pages = Status::Error(Code::kInternal, "not read");
  try {
    pages = ReadPages(bytes, password, messages);
  } catch (const std::exception& e) {
    pages = Status::Error(Code::kInternal, std::string("Poppler failed: ") + e.what());
  }
  poppler_messages = nullptr;
  if (!pages.ok()) return pages.status();
  if (!HasAnyWord(*pages)) {
    return Status::Error(Code::kNoText,
                         "no text layer: scanned or image-only PDF; OCR is not supported");
  }
  PdfText out;
  out.pages = static_cast<int>(pages->size());
  out.text = LayOutPages(std::move(*pages));
  if (MentionsXrefRepair(messages)) out.warnings.push_back("ingest.repaired-xref");
  return out;
}

std::string PdfWarningMessage(const std::string& code) {
  if (code == "ingest.repaired-xref") {
    return "the PDF's cross-reference table was damaged; Poppler rebuilt it";
  }
  return code;
}

}  // namespace findings

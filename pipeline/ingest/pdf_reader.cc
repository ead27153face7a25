#include "ingest/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <new>
#include <utility>

#include "ingest/iconv_cache.h"
#include "ingest/page_marks.h"
#include "layout/font_style.h"
#include "layout/page_layout.h"
#include "layout/words.h"
#include "util/utf8.h"

namespace findings {
namespace {

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
    w.turn = word.rotation() & 3;
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

// Running out of memory stops the file: Poppler's state after it is not to be trusted.
Status OutOfMemory(const PopplerLog& log) {
  if (log.page() == 0) return Status::Error(Code::kOutOfMemory, "out of memory opening it");
  return UnreadPageStatus({log.page(), PageLoss::kOutOfMemory, ""});
}

// No page to read: memory ran out reading the page tree, or it is damaged.
Status NoPages(const PopplerLog& log) {
  if (log.out_of_memory_opening()) return OutOfMemory(log);
  return Status::Error(Code::kCorrupt, "corrupt PDF: no pages (the page tree is damaged)");
}

// The pages are read into `pages`; the numbers of those with no text that paint
// something (images, drawings) into `pictured`.
Result<std::vector<PdfPage>> ReadPages(std::string_view bytes, const std::string& password,
                                       PopplerLog& log, std::vector<int>& pictured) {
  std::shared_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size()), password, password));
  log.TakeCapturedOutput();
  if (!doc && log.out_of_memory_opening()) return OutOfMemory(log);
  if (!doc) {
    // Poppler opens a document it cannot decrypt only as far as "locked"; a wrong
    // password with an encrypted file also lands here, so look at what it said.
    for (const std::string& message : log.texts()) {
      if (message.find("ncrypt") != std::string::npos || message.find("assword") != std::string::npos)
        return Status::Error(Code::kEncrypted, "encrypted: a password is needed");
    }
    const std::string reason = log.last_document_message();
    return Status::Error(Code::kCorrupt,
                         "corrupt PDF: " + (reason.empty() ? "Poppler cannot open it" : reason));
  }
  // unlock() reports whether the document is still locked; ask is_locked() after it.
  if (doc->is_locked()) doc->unlock(password, password);
  if (doc->is_locked()) {
    return Status::Error(Code::kEncrypted, "encrypted: a password is needed");
  }
  // Poppler counts 0 pages for a page tree it cannot make sense of (no /Pages, a
  // negative or impossible /Count), and cannot make a page a loop hides.
  const int count = doc->pages();
  if (count <= 0) return NoPages(log);
  std::vector<PdfPage> pages;
  // The pages stay open for the layout to look at what they draw (their ink).
  const std::shared_ptr<DocumentInk> ink = InkOfDocument(doc);
  int made = 0;
  for (int i = 0; i < count; ++i) {
    log.BeginPage(i + 1);
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page) ++made;
    else log.PageMissing();
    pages.push_back(page ? ReadPage(*page) : PdfPage{});
    if (page && pages.back().words.empty() && PaintsAnything(*page)) pictured.push_back(i + 1);
    if (page) AttachDrawing(ink, std::move(page), pages.back());
    log.TakeCapturedOutput();
  }
  log.BeginPage(0);
  if (made == 0) return NoPages(log);
  return pages;
}

bool HasAnyWord(const std::vector<PdfPage>& pages) {
  for (const PdfPage& page : pages) {
    if (!page.words.empty()) return true;
  }
  return false;
}

// Why a PDF whose pages gave no word at all has no text.
Status NoTextReason(const PopplerLog& log) {
  if (log.unread_pages().empty()) {
    return Status::Error(Code::kNoText,
                         "no text layer: scanned or image-only PDF; OCR is not supported");
  }
  return UnreadPageStatus(log.unread_pages().front());
}

}  // namespace

Result<PdfText> ReadPdfText(std::string_view bytes, const std::string& password) {
  // Links the converter cache in (see iconv_cache.cc); without glibc's functions
  // behind it Poppler could not convert text, which ReadPages reports as no text.
  (void)IconvCacheLinked();
  PopplerLog log;
  Result<std::vector<PdfPage>> pages = Status::Error(Code::kInternal, "not read");
  std::vector<int> pictured;
  try {
    pages = ReadPages(bytes, password, log, pictured);
  } catch (const std::bad_alloc&) {
    pages = OutOfMemory(log);
  } catch (const std::exception& e) {
    pages = Status::Error(Code::kInternal, std::string("Poppler failed: ") + e.what());
  }
  if (!pages.ok()) return pages.status();
  if (!HasAnyWord(*pages)) return NoTextReason(log);
  PdfText out;
  out.pages = static_cast<int>(pages->size());
  out.text = LayOutPages(std::move(*pages), &out.layout, &out.line_kinds);
  out.pictured_pages = std::move(pictured);
  if (MentionsXrefRepair(log.texts())) out.warnings.push_back("ingest.repaired-xref");
  out.messages = log.messages();
  out.more_messages = log.more_messages();
  out.unread_pages = log.unread_pages();
  out.more_unread_pages = log.more_unread_pages();
  return out;
}

std::string PdfWarningMessage(const std::string& code) {
  if (code == "ingest.repaired-xref") {
    return "the PDF's cross-reference table was damaged; Poppler rebuilt it";
  }
  return code;
}

}  // namespace findings

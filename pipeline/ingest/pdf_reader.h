// Reads a PDF's text layer through poppler-cpp and lays it out as blocks: the text
// the normaliser takes (one block per line, '\t' between table cells, '\f' between
// pages, footnote references as superscript digits).
#ifndef FINDINGS_INGEST_PDF_READER_H_
#define FINDINGS_INGEST_PDF_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "findings/document.h"
#include "findings/status.h"
#include "ingest/poppler_log.h"
#include "layout/page_layout.h"

namespace findings {

struct PdfText {
  std::string text;
  int pages = 0;
  std::vector<std::string> warnings;  // diagnostic codes, e.g. "ingest.repaired-xref"
  std::vector<PdfMessage> messages;   // what Poppler said, the first few (see PopplerLog)
  std::size_t more_messages = 0;      // said beyond those
  std::vector<UnreadPage> unread_pages;  // pages whose text is missing or incomplete
  std::size_t more_unread_pages = 0;
  std::vector<int> pictured_pages;  // pages without text that paint images or drawings
  LayoutNotes layout;               // pages the layout read unsure of, or left something out
  std::vector<BlockKind> line_kinds;       // what the layout read each line of `text` as
};

// Errors, each one line: kCorrupt "corrupt PDF: <Poppler's reason>", "corrupt PDF:
// no pages (the page tree is damaged)"; kEncrypted "encrypted: a password is
// needed"; when no page gave any text, the first unread page's reason (kCorrupt
// "corrupt PDF: page 3: its content is damaged (…)", kOutOfMemory "page 3: out of
// memory reading its content": the caller knows the limit) or else kNoText "no text
// layer: scanned or image-only PDF; OCR is not supported".
Result<PdfText> ReadPdfText(std::string_view bytes, const std::string& password);

// The one-line explanation of a warning code ReadPdfText reports.
std::string PdfWarningMessage(const std::string& code);

}  // namespace findings

#endif  // FINDINGS_INGEST_PDF_READER_H_

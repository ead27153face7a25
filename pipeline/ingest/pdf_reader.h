// Reads a PDF's text layer through poppler-cpp and lays it out as blocks: the text
// the normaliser takes (one block per line, '\t' between table cells, '\f' between
// pages, footnote references as superscript digits).
#ifndef FINDINGS_INGEST_PDF_READER_H_
#define FINDINGS_INGEST_PDF_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "findings/status.h"

namespace findings {

struct PdfText {
  std::string text;
  int pages = 0;
  std::vector<std::string> warnings;  // diagnostic codes, e.g. "ingest.repaired-xref"
};

// Errors: kCorrupt "corrupt PDF: …", kEncrypted "encrypted: a password is needed",
// kNoText "no text layer: scanned or image-only PDF; OCR is not supported".
Result<PdfText> ReadPdfText(std::string_view bytes, const std::string& password);

// The one-line explanation of a warning code ReadPdfText reports.
std::string PdfWarningMessage(const std::string& code);

}  // namespace findings

#endif  // FINDINGS_INGEST_PDF_READER_H_

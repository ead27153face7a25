#include "ingest/document_loader.h"

#include "ingest/file_reader.h"
#include "ingest/pdf_reader.h"
#include "ingest/text_decoder.h"
#include "isolate/limits.h"
#include "util/sha256.h"

namespace findings {
namespace {

bool HasPdfMagic(std::string_view bytes) {
  // Readers accept the header anywhere in the first kilobyte.
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

Diagnostic Warning(std::string code, std::string message) {
  Diagnostic diagnostic;
  diagnostic.level = "warning";
  diagnostic.code = std::move(code);
  diagnostic.message = std::move(message);
  return diagnostic;
}

Diagnostic Error(std::string code, std::string message) {
  Diagnostic diagnostic = Warning(std::move(code), std::move(message));
  diagnostic.level = "error";
  return diagnostic;
}

// A page of images or drawings and no text: its content is not read.
constexpr const char* kPicturedPageCode = "ingest.page-without-text";
// A page with a table whose rows could not be told from its cells' wrapped lines.
constexpr const char* kUnalignedTableCode = "layout.unaligned-table";
// A page whose footnotes open with the end of one the page before does not have.
constexpr const char* kFootnoteContinuationCode = "layout.footnote-continuation-left-out";
constexpr std::size_t kPagesNamed = 10;  // then a count, as for unread pages

// A warning for each of the first kPagesNamed `pages`, "page N: <what>", then
// one counting the rest, "<count> more pages <more>".
void AddPageWarnings(const char* code, const std::vector<int>& pages, const std::string& what,
                     const std::string& more, std::vector<Diagnostic>& out) {
  for (std::size_t i = 0; i < pages.size() && i < kPagesNamed; ++i)
    out.push_back(Warning(code, "page " + std::to_string(pages[i]) + ": " + what));
  if (pages.size() > kPagesNamed)
    out.push_back(Warning(code, std::to_string(pages.size() - kPagesNamed) + " more pages " + more));
}

// An out-of-memory reason names the limit it ran into.
Status NamingTheLimit(const Status& status, const LoadOptions& options) {
  if (status.code() != Code::kOutOfMemory) return status;
  return Status::Error(status.code(), status.message() + MemoryLimitNote(options.memory_limit_mib));
}

// What Poppler said, and the pages it could not read, as diagnostics of the file.
void AddPdfDiagnostics(const PdfText& pdf, const LoadOptions& options,
                       std::vector<Diagnostic>& out) {
  for (const UnreadPage& page : pdf.unread_pages) {
    const std::string note =
        page.loss == PageLoss::kOutOfMemory ? MemoryLimitNote(options.memory_limit_mib) : "";
    out.push_back(Error(kUnreadPageCode, DescribeUnreadPage(page) + note));
  }
  if (pdf.more_unread_pages > 0) {
    out.push_back(Error(kUnreadPageCode, std::to_string(pdf.more_unread_pages) +
                                             " more pages could not be read either"));
  }
  AddPageWarnings(kPicturedPageCode, pdf.pictured_pages,
                  "no text, only images or drawings; nothing on it was read (OCR is not supported)",
                  "have no text either", out);
  AddPageWarnings(
      kUnalignedTableCode, pdf.layout.unaligned_table_pages,
      "a table's rows are set no further apart than the lines of its cells, so its cells "
      "could not be aligned into rows; its rows may be read wrongly",
      "have such a table", out);
  AddPageWarnings(kFootnoteContinuationCode, pdf.layout.footnote_continuation_pages,
                  "the footnotes open with text carrying on a footnote the page before does not "
                  "have (a footnote set whole elsewhere, as in a side column, repeats its end); it "
                  "was left out",
                  "have such footnote text", out);
  for (const PdfMessage& message : pdf.messages) {
    const std::string page = message.page > 0 ? "page " + std::to_string(message.page) + ": " : "";
    out.push_back(Warning("ingest.pdf-message", page + "Poppler: " + message.text));
  }
  if (pdf.more_messages > 0) {
    out.push_back(Warning("ingest.pdf-message", "Poppler: " + std::to_string(pdf.more_messages) +
                                                    " more messages not kept"));
  }
}

Status LoadText(std::string_view bytes, LoadedDocument& loaded) {
  Result<DecodedText> decoded = DecodeText(bytes);
  if (!decoded.ok()) return decoded.status();
  if (decoded->encoding == TextEncoding::kWindows1252) {
    loaded.diagnostics.push_back(Warning(
        "ingest.legacy-encoding", "not valid UTF-8: read as Windows-1252 (legacy 8-bit text)"));
  }
  loaded.source.media_type = "text/plain";
  loaded.doc = NormaliseText(decoded->utf8);
  return Status::Ok();
}

Status LoadPdf(std::string_view bytes, const LoadOptions& options, LoadedDocument& loaded) {
  Result<PdfText> pdf = ReadPdfText(bytes, options.password);
  if (!pdf.ok()) return NamingTheLimit(pdf.status(), options);
  for (const std::string& code : pdf->warnings) {
    loaded.diagnostics.push_back(Warning(code, PdfWarningMessage(code)));
  }
  AddPdfDiagnostics(*pdf, options, loaded.diagnostics);
  if (!pdf->unread_pages.empty())
    loaded.incomplete = NamingTheLimit(UnreadPageStatus(pdf->unread_pages.front()), options);
  loaded.source.media_type = "application/pdf";
  loaded.source.pages = pdf->pages;
  NormaliseOptions normalise;
  normalise.strip_markup = false;
  normalise.line_kinds = &pdf->line_kinds;
  loaded.doc = NormaliseText(pdf->text, normalise);
  return Status::Ok();
}

}  // namespace

Result<LoadedDocument> LoadDocumentFromBytes(const std::string& path, std::string bytes,
                                             const LoadOptions& options) {
  if (bytes.empty()) return Status::Error(Code::kNoText, "empty file");
  LoadedDocument loaded;
  loaded.source.path = path;
  loaded.source.sha256 = Sha256Hex(bytes);
  Status status = HasPdfMagic(bytes) ? LoadPdf(bytes, options, loaded) : LoadText(bytes, loaded);
  if (!status.ok()) return status;
  return loaded;
}

std::vector<std::string> UnreadPages(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> messages;
  for (const Diagnostic& diagnostic : diagnostics)
    if (diagnostic.code == kUnreadPageCode) messages.push_back(diagnostic.message);
  return messages;
}

Result<LoadedDocument> LoadDocument(const std::string& path, const LoadOptions& options) {
  Result<std::string> bytes = ReadFileBytes(path, options.max_bytes);
  if (!bytes.ok()) return bytes.status();
  return LoadDocumentFromBytes(path, std::move(*bytes), options);
}

}  // namespace findings

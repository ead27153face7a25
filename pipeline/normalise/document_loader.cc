#include "normalise/document_loader.h"

#include "ingest/file_reader.h"
#include "ingest/pdf_reader.h"
#include "ingest/text_decoder.h"
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
  if (!pdf.ok()) return pdf.status();
  for (const std::string& code : pdf->warnings) {
    loaded.diagnostics.push_back(Warning(code, PdfWarningMessage(code)));
  }
  loaded.source.media_type = "application/pdf";
  loaded.source.pages = pdf->pages;
  NormaliseOptions normalise;
  normalise.strip_markup = false;
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

Result<LoadedDocument> LoadDocument(const std::string& path, const LoadOptions& options) {
  Result<std::string> bytes = ReadFileBytes(path, options.max_bytes);
  if (!bytes.ok()) return bytes.status();
  return LoadDocumentFromBytes(path, std::move(*bytes), options);
}

}  // namespace findings

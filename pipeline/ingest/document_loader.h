// The entry point of ingestion: a file (PDF or text) in, its normalised Document out.
// The command and every other stage call only this.
#ifndef FINDINGS_INGEST_DOCUMENT_LOADER_H_
#define FINDINGS_INGEST_DOCUMENT_LOADER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "findings/document.h"
#include "findings/model.h"
#include "findings/status.h"
#include "normalise/text_normaliser.h"

namespace findings {

struct LoadOptions {
  std::string password;             // for an encrypted PDF
  std::size_t max_bytes = 256u << 20;
  std::size_t memory_limit_mib = 0;  // the limit out-of-memory reasons name (0: none)
};

// The diagnostic of a page whose text is missing or incomplete (level "error",
// message "page 3: …"). Poppler's own messages are "ingest.pdf-message" warnings.
inline constexpr const char* kUnreadPageCode = "ingest.page-unreadable";

struct LoadedDocument {
  Document doc;
  Source source;  // path, sha256 of the file's bytes, media_type, pages (PDF only)
  std::vector<Diagnostic> diagnostics;  // "ingest.legacy-encoding", "ingest.repaired-xref" …
  // Ok, or why part of the text is missing (the first unread page, as the
  // whole-file reason): what to say instead when the document turns out unusable.
  Status incomplete;
};

// PDF or text is told by content (the "%PDF-" magic), not by the file's extension.
// Errors are one line without the file name, e.g. "empty file", "cannot read:
// Permission denied", "too large: N bytes, the limit is M", "not text or PDF: binary
// content", "corrupt PDF: …", "encrypted: a password is needed", "no text layer: …",
// "page 3: out of memory reading its content (limit 2048 MiB, see --memory-limit)".
Result<LoadedDocument> LoadDocument(const std::string& path, const LoadOptions& options = {});

// The same from bytes already in memory (`path` only names the source).
Result<LoadedDocument> LoadDocumentFromBytes(const std::string& path, std::string bytes,
                                             const LoadOptions& options = {});

// The messages of the kUnreadPageCode diagnostics among `diagnostics`: what a
// command says on stderr about a file it read only in part.
std::vector<std::string> UnreadPages(const std::vector<Diagnostic>& diagnostics);

}  // namespace findings

#endif  // FINDINGS_INGEST_DOCUMENT_LOADER_H_

// The entry point of ingestion: a file (PDF or text) in, its normalised Document out.
// The command and every other stage call only this.
#ifndef FINDINGS_NORMALISE_DOCUMENT_LOADER_H_
#define FINDINGS_NORMALISE_DOCUMENT_LOADER_H_

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
};

struct LoadedDocument {
  Document doc;
  Source source;  // path, sha256 of the file's bytes, media_type, pages (PDF only)
  std::vector<Diagnostic> diagnostics;  // "ingest.legacy-encoding", "ingest.repaired-xref" …
};

// PDF or text is told by content (the "%PDF-" magic), not by the file's extension.
// Errors are one line without the file name, e.g. "empty file", "cannot read:
// Permission denied", "too large: N bytes, the limit is M", "not text or PDF: binary
// content", "corrupt PDF: …", "encrypted: a password is needed", "no text layer: …".
Result<LoadedDocument> LoadDocument(const std::string& path, const LoadOptions& options = {});

// The same from bytes already in memory (`path` only names the source).
Result<LoadedDocument> LoadDocumentFromBytes(const std::string& path, std::string bytes,
                                             const LoadOptions& options = {});

}  // namespace findings

#endif  // FINDINGS_NORMALISE_DOCUMENT_LOADER_H_

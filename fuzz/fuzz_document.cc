// Fuzz target: document loading from bytes: PDF ingestion through Poppler and
// the layout stages (when the bytes carry "%PDF-"), else the text path.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/document_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)findings::LoadDocumentFromBytes("fuzzed.pdf", std::move(bytes));
  return 0;
}

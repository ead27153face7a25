// Reads a whole input file into memory, refusing empty, unreadable and oversized files.
#ifndef FINDINGS_INGEST_FILE_READER_H_
#define FINDINGS_INGEST_FILE_READER_H_

#include <cstddef>
#include <string>

#include "findings/status.h"

namespace findings {

// The file's bytes, or a Status whose message is one line without the file name:
// "empty file", "cannot read: <strerror>", "too large: N bytes, the limit is M".
Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes);

}  // namespace findings

#endif  // FINDINGS_INGEST_FILE_READER_H_

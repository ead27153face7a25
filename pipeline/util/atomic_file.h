// Writing files so that a reader never sees half of one.
#ifndef FINDINGS_UTIL_ATOMIC_FILE_H_
#define FINDINGS_UTIL_ATOMIC_FILE_H_

#include <string>
#include <string_view>

#include "findings/status.h"

namespace findings {

// Writes `content` to a temporary file beside `path`, flushes it, and renames it
// over `path`: afterwards `path` holds either the old content or the new, whole.
Status WriteFileAtomically(const std::string& path, std::string_view content);

// Writes `content` to `path` (no rename, no fsync): for staging files that are
// renamed into place later, after one SyncFileSystem for all of them.
Status WriteWholeFile(const std::string& path, std::string_view content);

// Flushes the file system holding `path` to disk (syncfs): one call makes every
// staged file durable before the renames that publish them, where an fsync per
// file cost more than the extraction of a text report.
Status SyncFileSystem(const std::string& path);

}  // namespace findings

#endif  // FINDINGS_UTIL_ATOMIC_FILE_H_

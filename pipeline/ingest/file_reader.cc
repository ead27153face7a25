#include "ingest/file_reader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace findings {
namespace {

Status CannotRead(int error_number) {
  Code code = error_number == ENOENT ? Code::kNotFound : Code::kIoError;
  return Status::Error(code, std::string("cannot read: ") + std::strerror(error_number));
}

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

}  // namespace

Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return CannotRead(errno);
  if (S_ISDIR(info.st_mode)) return CannotRead(EISDIR);
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) return CannotRead(errno);
  const auto size = static_cast<std::size_t>(info.st_size);
  if (size > max_bytes) {
    return Status::Error(Code::kInvalidArgument, "too large: " + std::to_string(size) +
                                                     " bytes, the limit is " +
                                                     std::to_string(max_bytes));
  }
  std::string bytes;
  char buffer[1 << 16];
  std::size_t got = 0;
  // Read to the end rather than trusting st_size: the file may be a pipe or growing.
  while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) {
    bytes.append(buffer, got);
    if (bytes.size() > max_bytes) {
      return Status::Error(Code::kInvalidArgument, "too large: more than " +
                                                       std::to_string(max_bytes) +
                                                       " bytes, the limit is " +
                                                       std::to_string(max_bytes));
    }
  }
  if (std::ferror(file.get())) return CannotRead(errno);
  if (bytes.empty()) return Status::Error(Code::kNoText, "empty file");
  return bytes;
}

}  // namespace findings

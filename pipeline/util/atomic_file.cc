#include "util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace findings {

namespace {

Status CannotWrite(const std::string& path, int err) {
  return Status::Error(Code::kIoError, path + ": cannot write: " + std::strerror(err));
}

Status Write(const std::string& path, std::string_view content, bool sync) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return CannotWrite(path, errno);
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int err = errno;
      ::close(fd);
      return CannotWrite(path, err);
    }
    done += static_cast<std::size_t>(n);
  }
  if (sync && ::fsync(fd) != 0) {
    const int err = errno;
    ::close(fd);
    return CannotWrite(path, err);
  }
  if (::close(fd) != 0) return CannotWrite(path, errno);
  return Status::Ok();
}

}  // namespace

Status WriteWholeFile(const std::string& path, std::string_view content) {
  return Write(path, content, /*sync=*/false);
}

Status SyncFileSystem(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error(Code::kIoError, path + ": cannot sync: " + std::strerror(errno));
  const int synced = ::syncfs(fd);
  const int err = errno;
  ::close(fd);
  if (synced != 0) return Status::Error(Code::kIoError, path + ": cannot sync: " + std::strerror(err));
  return Status::Ok();
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  Status written = Write(temp, content, /*sync=*/true);
  if (!written.ok()) {
    std::remove(temp.c_str());
    return written;
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    std::remove(temp.c_str());
    return Status::Error(Code::kIoError, path + ": cannot write: " + std::strerror(err));
  }
  return Status::Ok();
}

}  // namespace findings

#include "dataset/dataset_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace findings::dataset {

DatasetLock::~DatasetLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

Status DatasetLock::Open(const std::string& dataset_dir) {
  if (fd_ >= 0) return Status::Ok();
  const std::string path = dataset_dir + "/.lock";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    return Status::Error(Code::kIoError, "cannot open " + path + ": " + std::strerror(errno));
  return Status::Ok();
}

Result<bool> DatasetLock::TryAcquire(const std::string& dataset_dir) {
  if (Status s = Open(dataset_dir); !s.ok()) return s;
  if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return true;
  if (errno == EWOULDBLOCK) return false;
  return Status::Error(Code::kIoError, std::string("cannot lock dataset: ") + std::strerror(errno));
}

Status DatasetLock::Acquire(const std::string& dataset_dir) {
  if (Status s = Open(dataset_dir); !s.ok()) return s;
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno != EINTR)
      return Status::Error(Code::kIoError, std::string("cannot lock dataset: ") + std::strerror(errno));
  }
  return Status::Ok();
}

}  // namespace findings::dataset

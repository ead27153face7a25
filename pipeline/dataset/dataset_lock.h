// One refresh at a time per dataset: an flock on DIR/.lock, released when the
// process ends however it ends (so a killed refresh never leaves a stale lock).
#ifndef FINDINGS_DATASET_DATASET_LOCK_H_
#define FINDINGS_DATASET_DATASET_LOCK_H_

#include <string>

#include "findings/status.h"

namespace findings::dataset {

class DatasetLock {
 public:
  DatasetLock() = default;
  ~DatasetLock();
  DatasetLock(const DatasetLock&) = delete;
  DatasetLock& operator=(const DatasetLock&) = delete;

  // Takes the lock without waiting: false (and ok) when another process holds it.
  Result<bool> TryAcquire(const std::string& dataset_dir);
  // Waits for the lock.
  Status Acquire(const std::string& dataset_dir);

 private:
  Status Open(const std::string& dataset_dir);
  int fd_ = -1;
};

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_DATASET_LOCK_H_

#include "dataset/dataset_lock.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings::dataset {
namespace {

using testing::TempDir;

// flock locks belong to an open file: two DatasetLocks in one process contend as
// two processes would.
TEST(DatasetLock, OneHolderAtATime) {
  TempDir dir;
  DatasetLock first, second;
  Result<bool> got = first.TryAcquire(dir.path());
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_TRUE(*got);
  EXPECT_TRUE(std::filesystem::exists(dir.path() + "/.lock"));
  got = second.TryAcquire(dir.path());
  ASSERT_TRUE(got.ok());
  EXPECT_FALSE(*got);
}

TEST(DatasetLock, IsReleasedWhenTheHolderGoes) {
  TempDir dir;
  DatasetLock second;
  {
    DatasetLock first;
    ASSERT_TRUE(first.Acquire(dir.path()).ok());
    EXPECT_FALSE(*second.TryAcquire(dir.path()));
  }
  Result<bool> got = second.TryAcquire(dir.path());
  ASSERT_TRUE(got.ok());
  EXPECT_TRUE(*got);
}

TEST(DatasetLock, AMissingDatasetFolderCannotBeLocked) {
  TempDir dir;
  DatasetLock lock;
  const std::string missing = dir.path() + "/no/dataset";
  Result<bool> got = lock.TryAcquire(missing);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().message(),
            "cannot open " + missing + "/.lock: No such file or directory");
  EXPECT_FALSE(lock.Acquire(missing).ok());
}

}  // namespace
}  // namespace findings::dataset

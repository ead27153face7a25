#include "util/atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings {
namespace {

using testing::ReadAll;
using testing::TempDir;

TEST(WriteFileAtomically, ReplacesTheWholeFileAndLeavesNoTemporary) {
  TempDir dir;
  const std::string path = dir.Write("report.json", "old content, longer than the new");
  ASSERT_TRUE(WriteFileAtomically(path, "new").ok());
  EXPECT_EQ(ReadAll(path), "new");
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    (void)entry;
    ++files;
  }
  EXPECT_EQ(files, 1u);
}

TEST(WriteFileAtomically, CreatesAMissingFile) {
  TempDir dir;
  const std::string path = dir.path() + "/new.xml";
  ASSERT_TRUE(WriteFileAtomically(path, std::string("a\0b", 3)).ok());
  EXPECT_EQ(ReadAll(path), std::string("a\0b", 3));
}

TEST(WriteFileAtomically, FailsNamingThePathWhenItsFolderIsMissing) {
  TempDir dir;
  const std::string path = dir.path() + "/no/such/folder/out.json";
  const Status s = WriteFileAtomically(path, "x");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Code::kIoError);
  // The message names `path` (or the temporary file beside it) and the reason.
  EXPECT_EQ(s.message().rfind(path, 0), 0u) << s.message();
  const std::string reason = ": cannot write: No such file or directory";
  EXPECT_EQ(s.message().substr(s.message().size() - reason.size()), reason);
}

TEST(WriteFileAtomically, FailsWhenThePathIsAFolder) {
  TempDir dir;
  const Status s = WriteFileAtomically(dir.path(), "x");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(dir.path() + ": cannot write: ", 0), 0u) << s.message();
  EXPECT_TRUE(std::filesystem::is_directory(dir.path()));
}

TEST(WriteWholeFile, WritesAndTruncates) {
  TempDir dir;
  const std::string path = dir.Write("staged", "0123456789");
  ASSERT_TRUE(WriteWholeFile(path, "abc").ok());
  EXPECT_EQ(ReadAll(path), "abc");
  const Status s = WriteWholeFile(dir.path() + "/missing/staged", "abc");
  EXPECT_EQ(s.message(), dir.path() + "/missing/staged: cannot write: No such file or directory");
}

TEST(SyncFileSystem, SyncsAnExistingPathAndNamesAMissingOne) {
  TempDir dir;
  EXPECT_TRUE(SyncFileSystem(dir.path()).ok());
  const Status s = SyncFileSystem(dir.path() + "/missing");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), dir.path() + "/missing: cannot sync: No such file or directory");
}

}  // namespace
}  // namespace findings

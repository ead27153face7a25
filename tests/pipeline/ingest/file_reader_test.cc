#include "ingest/file_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings {
namespace {

using testing::TempDir;

TEST(ReadFileBytes, ReadsEveryByte) {
  TempDir dir;
  const std::string bytes("%PDF-1.4\0\xFF\r\n", 12);
  Result<std::string> read = ReadFileBytes(dir.Write("a.pdf", bytes), 1024);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(*read, bytes);
}

TEST(ReadFileBytes, AFileOfExactlyTheLimitIsRead) {
  TempDir dir;
  EXPECT_TRUE(ReadFileBytes(dir.Write("a.txt", "0123456789"), 10).ok());
}

TEST(ReadFileBytes, RefusesALargerFileSayingBothSizes) {
  TempDir dir;
  Result<std::string> read = ReadFileBytes(dir.Write("a.txt", "0123456789"), 9);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), Code::kInvalidArgument);
  EXPECT_EQ(read.status().message(), "too large: 10 bytes, the limit is 9");
}

TEST(ReadFileBytes, RefusesAFileThatGrowsPastTheLimitWhileRead) {
  // /proc files have no size until they are read.
  Result<std::string> read = ReadFileBytes("/proc/self/status", 10);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(), "too large: more than 10 bytes, the limit is 10");
}

TEST(ReadFileBytes, RefusesAnEmptyFile) {
  TempDir dir;
  Result<std::string> read = ReadFileBytes(dir.Write("empty.txt", ""), 1024);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), Code::kNoText);
  EXPECT_EQ(read.status().message(), "empty file");
}

TEST(ReadFileBytes, AMissingFileIsNotFound) {
  TempDir dir;
  Result<std::string> read = ReadFileBytes(dir.path() + "/missing.pdf", 1024);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), Code::kNotFound);
  EXPECT_EQ(read.status().message(), "cannot read: No such file or directory");
}

TEST(ReadFileBytes, AFolderCannotBeRead) {
  TempDir dir;
  Result<std::string> read = ReadFileBytes(dir.path(), 1024);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), Code::kIoError);
  EXPECT_EQ(read.status().message(), "cannot read: Is a directory");
}

}  // namespace
}  // namespace findings

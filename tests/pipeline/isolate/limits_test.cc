#include "isolate/limits.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <limits>

namespace findings {
namespace {

TEST(Limits, MaxFileBytesIsTheMiBLimitInBytes) {
  Limits limits;
  limits.max_file_mib = 3;
  EXPECT_EQ(limits.max_file_bytes(), 3u * 1024 * 1024);
}

TEST(Limits, NoFileLimitOrAnOverflowingOneIsTheLargestSize) {
  Limits limits;
  limits.max_file_mib = 0;
  EXPECT_EQ(limits.max_file_bytes(), std::numeric_limits<std::size_t>::max());
  limits.max_file_mib = std::numeric_limits<std::size_t>::max() / 2;
  EXPECT_EQ(limits.max_file_bytes(), std::numeric_limits<std::size_t>::max());
}

TEST(Limits, DefaultsAreTheDocumentedOnes) {
  const Limits limits;
  EXPECT_EQ(limits.timeout_seconds, 60.0);
  EXPECT_EQ(limits.cpu_seconds, 60u);
  EXPECT_EQ(limits.memory_mib, 2048u);
  EXPECT_EQ(limits.max_file_bytes(), std::size_t{256} << 20);
}

TEST(FormatSeconds, WritesWholeAndFractionalSeconds) {
  EXPECT_EQ(FormatSeconds(60), "60 s");
  EXPECT_EQ(FormatSeconds(0.5), "0.5 s");
  EXPECT_EQ(FormatSeconds(2.25), "2.25 s");
}

TEST(MemoryLimitNote, NamesTheLimitAndItsOptionOrNothingForNone) {
  EXPECT_EQ(MemoryLimitNote(2048), " (limit 2048 MiB, see --memory-limit)");
  EXPECT_EQ(MemoryLimitNote(0), "");
}

}  // namespace
}  // namespace findings

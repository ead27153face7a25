// The iconv converters this process opens go through the cache (iconv_cache.cc):
// a converter handed out again must convert exactly as a fresh one does.
#include "ingest/iconv_cache.h"

#include <gtest/gtest.h>
#include <iconv.h>

#include <string>

namespace findings {
namespace {

// Converts `in` with a converter opened (and closed) for this one call, as
// poppler-cpp does for every word.
std::string Convert(const char* to, const char* from, const std::string& in) {
  iconv_t cd = ::iconv_open(to, from);
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1)) << from << " to " << to;
  if (cd == reinterpret_cast<iconv_t>(-1)) return "";
  std::string out(4 * in.size() + 8, '\0');
  char* in_ptr = const_cast<char*>(in.data());
  char* out_ptr = out.data();
  std::size_t in_left = in.size(), out_left = out.size();
  EXPECT_NE(::iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left), static_cast<std::size_t>(-1));
  out.resize(out.size() - out_left);
  EXPECT_EQ(::iconv_close(cd), 0);
  return out;
}

TEST(IconvCache, IsLinkedInFrontOfGlibc) { EXPECT_TRUE(IconvCacheLinked()); }

TEST(IconvCache, AReusedConverterConvertsAsAFreshOne) {
  const std::string kent("K\0e\0n\0t\0", 8), pound("\xA3\0", 2);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(Convert("UTF-16LE", "UTF-8", "Kent"), kent) << i;
    EXPECT_EQ(Convert("UTF-16LE", "UTF-8", "\xC2\xA3"), pound) << i;
    EXPECT_EQ(Convert("UTF-8", "UTF-16LE", kent), "Kent") << i;
  }
}

TEST(IconvCache, AConverterThatWritesAByteOrderMarkWritesItEveryTime) {
  // "UTF-16" without a byte order starts its output with a mark: not pooled.
  for (int i = 0; i < 2; ++i) {
    const std::string out = Convert("UTF-16", "UTF-8", "A");
    ASSERT_EQ(out.size(), 4u) << i;
    EXPECT_TRUE(out.substr(0, 2) == std::string("\xFF\xFE", 2) ||
                out.substr(0, 2) == std::string("\xFE\xFF", 2))
        << i;
  }
}

TEST(IconvCache, OtherConversionsGoToGlibc) {
  EXPECT_EQ(Convert("UTF-8", "WINDOWS-1252", "\x96"), "\xE2\x80\x93");
  EXPECT_EQ(::iconv_open("NO-SUCH-ENCODING", "UTF-8"), reinterpret_cast<iconv_t>(-1));
}

}  // namespace
}  // namespace findings

#include "util/utf8.h"

#include <gtest/gtest.h>

namespace findings {
namespace {

TEST(AppendUtf8, EncodesEachLength) {
  struct Case {
    char32_t code_point;
    const char* utf8;
  };
  const Case cases[] = {
      {U'A', "A"}, {U'é', "é"}, {U'–', "–"}, {U'ﬁ', "ﬁ"}, {U'😀', "😀"}, {0x110000, ""},
  };
  for (const Case& c : cases) {
    std::string out;
    AppendUtf8(c.code_point, out);
    EXPECT_EQ(out, c.utf8) << static_cast<unsigned>(c.code_point);
  }
}

// Each code point counts once, however many bytes it takes: a ligature is one.
TEST(CodePoints, CountsCharactersNotBytes) {
  EXPECT_EQ(CodePoints(""), 0u);
  EXPECT_EQ(CodePoints("Re"), 2u);
  EXPECT_EQ(CodePoints("\xEF\xAC\x80"), 1u);                  // ﬀ
  EXPECT_EQ(CodePoints("caf\xC3\xA9 \xF0\x9F\x98\x80"), 6u);  // café 😀
}

}  // namespace
}  // namespace findings

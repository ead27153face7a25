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

}  // namespace
}  // namespace findings

#include "emit/xml_text.h"

#include <gtest/gtest.h>

namespace findings {
namespace {

struct XmlTextCase {
  const char* name;
  std::string in;
  std::string out;
};

TEST(XmlText, ReplacesOnlyWhatXmlCannotCarry) {
  const std::string kFffd = "\xEF\xBF\xBD";
  const XmlTextCase cases[] = {
      {"plain", "Requires improvement", "Requires improvement"},
      {"tab and newlines", "a\tb\nc\rd", "a\tb\nc\rd"},
      {"multibyte", "naïve “quoted” — 😀", "naïve “quoted” — 😀"},
      {"control", std::string("a\x01" "b"), "a" + kFffd + "b"},
      {"nul", std::string("a\0b", 3), "a" + kFffd + "b"},
      {"stray continuation", "a\x80z", "a" + kFffd + "z"},
      {"truncated sequence", "a\xE2\x80", "a" + kFffd + kFffd},
      {"overlong slash", "\xC0\xAF", kFffd + kFffd},
      {"surrogate", "\xED\xA0\x80", kFffd + kFffd + kFffd},
      {"U+FFFE", "\xEF\xBF\xBE", kFffd},
  };
  for (const auto& c : cases) EXPECT_EQ(XmlSafeText(c.in), c.out) << c.name;
}

}  // namespace
}  // namespace findings

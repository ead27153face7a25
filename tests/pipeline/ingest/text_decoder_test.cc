#include "ingest/text_decoder.h"

#include <gtest/gtest.h>

#include <string>

namespace findings {
namespace {

// "Café – £5" in each encoding, written out byte by byte.
const std::string kExpected = "Caf\xC3\xA9 \xE2\x80\x93 \xC2\xA3" "5\r\n";

std::string Utf16Le(bool bom) {
  std::string s = bom ? std::string("\xFF\xFE", 2) : "";
  const char16_t text[] = u"Caf\u00E9 \u2013 \u00A35\r\n";
  for (std::size_t i = 0; text[i] != 0; ++i) {
    s += static_cast<char>(text[i] & 0xFF);
    s += static_cast<char>(text[i] >> 8);
  }
  return s;
}

std::string Utf16Be(bool bom) {
  std::string s = bom ? std::string("\xFE\xFF", 2) : "";
  const char16_t text[] = u"Caf\u00E9 \u2013 \u00A35\r\n";
  for (std::size_t i = 0; text[i] != 0; ++i) {
    s += static_cast<char>(text[i] >> 8);
    s += static_cast<char>(text[i] & 0xFF);
  }
  return s;
}

struct EncodingCase {
  const char* name;
  std::string bytes;
  TextEncoding encoding;
  bool bom;
};

// Named after the function it tests, which the tests below therefore call as
// findings::DecodeText.
class DecodeText : public ::testing::TestWithParam<EncodingCase> {};

TEST_P(DecodeText, DecodesToTheSameUtf8) {
  const EncodingCase& c = GetParam();
  Result<DecodedText> decoded = findings::DecodeText(c.bytes);
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->utf8, kExpected);
  EXPECT_EQ(decoded->encoding, c.encoding);
  EXPECT_EQ(decoded->had_bom, c.bom);
}

INSTANTIATE_TEST_SUITE_P(
    Encodings, DecodeText,
    ::testing::Values(
        EncodingCase{"Utf8", kExpected, TextEncoding::kUtf8, false},
        EncodingCase{"Utf8Bom", "\xEF\xBB\xBF" + kExpected, TextEncoding::kUtf8, true},
        EncodingCase{"Utf16LeBom", Utf16Le(true), TextEncoding::kUtf16Le, true},
        EncodingCase{"Utf16BeBom", Utf16Be(true), TextEncoding::kUtf16Be, true},
        EncodingCase{"Utf16LeNoBom", Utf16Le(false), TextEncoding::kUtf16Le, false},
        EncodingCase{"Utf16BeNoBom", Utf16Be(false), TextEncoding::kUtf16Be, false},
        // 0x96 is the en dash and 0xA3 the pound sign in Windows-1252.
        EncodingCase{"Windows1252", "Caf\xE9 \x96 \xA3" "5\r\n", TextEncoding::kWindows1252,
                     false}),
    [](const ::testing::TestParamInfo<EncodingCase>& info) { return info.param.name; });

TEST(DecodeText, ReadsLatin1AccentsAsWindows1252) {
  // ISO-8859-1 "naïve façade": its letters sit at the same codes in Windows-1252.
  Result<DecodedText> decoded = findings::DecodeText("na\xEFve fa\xE7" "ade");
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->utf8, "na\xC3\xAFve fa\xC3\xA7" "ade");
  EXPECT_EQ(decoded->encoding, TextEncoding::kWindows1252);
}

TEST(DecodeText, ABomThenBytesThatAreNotUtf8IsDamageAtTheirOffset) {
  // BOM (3) + "caf" (3) + "é" (2) + " " (1): the lone 0xFF is at offset 9.
  Result<DecodedText> decoded = findings::DecodeText("\xEF\xBB\xBF" "caf\xC3\xA9 \xFF tail");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().code(), Code::kCorrupt);
  EXPECT_EQ(decoded.status().message(),
            "damaged text: invalid UTF-8 at byte offset 9 of a file marked UTF-8 (byte-order mark)");
  // Past the eight-byte fast path: offset 3 + 16 + 2 = 21.
  decoded = findings::DecodeText("\xEF\xBB\xBF" "sixteen ascii ch" "\xC3\xA9\xC3\x28");
  ASSERT_FALSE(decoded.ok());
  EXPECT_NE(decoded.status().message().find("at byte offset 21 "), std::string::npos)
      << decoded.status().message();
}

TEST(DecodeText, RefusesBinaryContent) {
  std::string binary;
  for (int i = 0; i < 512; ++i) binary += static_cast<char>((i * 37) % 256);
  Result<DecodedText> decoded = findings::DecodeText(binary);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().code(), Code::kUnrecognised);
  EXPECT_EQ(decoded.status().message(), "not text or PDF: binary content");
}

TEST(DecodeText, RefusesUtf8WithNulBytes) {
  Result<DecodedText> decoded =
      findings::DecodeText(std::string("ELF\0\0\0\1\2text\0\0\0\0\0\0\0\0", 20));
  EXPECT_FALSE(decoded.ok());
}

// ASCII is checked eight bytes at a time: a byte at each place of a word and in the tail.
TEST(DecodeText, FindsAByteAtAnyOffset) {
  const std::string words = "plain words of a report, ";
  for (std::size_t at = 0; at < 24; ++at) {
    const std::string before = words.substr(0, at), after = words + words;
    Result<DecodedText> legacy = findings::DecodeText(before + "\xE9" + after);
    ASSERT_TRUE(legacy.ok()) << at;
    EXPECT_EQ(legacy->encoding, TextEncoding::kWindows1252) << at;
    Result<DecodedText> utf8 = findings::DecodeText(before + "\xC3\xA9" + after);
    ASSERT_TRUE(utf8.ok()) << at;
    EXPECT_EQ(utf8->encoding, TextEncoding::kUtf8) << at;
    EXPECT_FALSE(findings::DecodeText(before + std::string(1, '\0') + after).ok()) << at;
  }
}

TEST(DecodeText, RefusesTextWithManyControlCharacters) {
  std::string text(200, 'x');
  text[50] = '\x01';
  text[130] = '\x02';
  EXPECT_TRUE(findings::DecodeText(text).ok());  // 1% control characters is still text
  text[131] = '\x03';
  EXPECT_FALSE(findings::DecodeText(text).ok());
}

}  // namespace
}  // namespace findings

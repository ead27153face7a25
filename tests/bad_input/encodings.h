// Re-encodes a UTF-8 corpus text the ways reports turn up in: UTF-16 with and
// without a byte-order mark, Windows-1252 and Latin-1.
#ifndef FINDINGS_TESTS_BAD_INPUT_ENCODINGS_H_
#define FINDINGS_TESTS_BAD_INPUT_ENCODINGS_H_

#include <unicode/unistr.h>

#include <map>
#include <string>

namespace findings::testing {

inline std::string Utf16(const std::string& utf8, bool big_endian, bool bom) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out;
  auto put = [&](char16_t unit) {
    const char high = static_cast<char>(unit >> 8), low = static_cast<char>(unit & 0xff);
    out += big_endian ? std::string{high, low} : std::string{low, high};
  };
  if (bom) put(0xFEFF);
  for (int32_t i = 0; i < text.length(); ++i) put(text.charAt(i));
  return out;
}

// Code points up to U+00FF as one byte each; in Windows-1252 also its typographic
// punctuation in 0x80–0x9F. Anything else becomes '?'.
inline std::string EightBit(const std::string& utf8, bool windows_1252) {
  static const std::map<UChar32, char> kWindows1252 = {
      {0x2018, '\x91'}, {0x2019, '\x92'}, {0x201C, '\x93'}, {0x201D, '\x94'},
      {0x2013, '\x96'}, {0x2014, '\x97'}, {0x20AC, '\x80'}, {0x2022, '\x95'}};
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 c = text.char32At(i);
    const auto special = kWindows1252.find(c);
    if (windows_1252 && special != kWindows1252.end()) out += special->second;
    else if (c <= 0xFF) out += static_cast<char>(c);
    else out += '?';
  }
  return out;
}

}  // namespace findings::testing

#endif  // FINDINGS_TESTS_BAD_INPUT_ENCODINGS_H_

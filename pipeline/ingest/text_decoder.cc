#include "ingest/text_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>

namespace findings {
namespace {

Status Binary() {
  return Status::Error(Code::kUnrecognised, "not text or PDF: binary content");
}

bool StartsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// Eight bytes at a time through the ASCII that makes up most text.
constexpr uint64_t kEveryByte = 0x0101010101010101u;
constexpr uint64_t kHighBits = 0x80 * kEveryByte;

uint64_t Word(const char* bytes) {
  uint64_t word = 0;
  std::memcpy(&word, bytes, sizeof word);
  return word;
}

// The high bit set in each byte of `word` below 0x20 (exact: no carry crosses bytes).
uint64_t ControlBytes(uint64_t word) {
  return ~(((word & ~kHighBits) + 0x60 * kEveryByte) | word) & kHighBits;
}

// The length of the longest prefix of `bytes` that is valid UTF-8.
std::size_t ValidUtf8Prefix(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    if (i + 8 <= length && (Word(bytes.data() + i) & kHighBits) == 0) {
      i += 8;
      continue;
    }
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return bytes.size();
}

bool IsValidUtf8(std::string_view bytes) { return ValidUtf8Prefix(bytes) == bytes.size(); }

// UTF-16 text without a BOM, mostly ASCII, has a NUL in every other byte: at odd
// offsets for little-endian, even offsets for big-endian.
std::optional<TextEncoding> GuessUtf16ByNuls(std::string_view bytes) {
  const std::size_t sample = std::min<std::size_t>(bytes.size() & ~std::size_t{1}, 4096);
  if (sample < 4) return std::nullopt;
  std::size_t even_nuls = 0, odd_nuls = 0;
  for (std::size_t i = 0; i < sample; ++i) {
    if (bytes[i] != '\0') continue;
    (i % 2 == 0 ? even_nuls : odd_nuls)++;
  }
  const std::size_t pairs = sample / 2;
  if (odd_nuls * 10 >= pairs * 7 && even_nuls * 10 <= pairs) return TextEncoding::kUtf16Le;
  if (even_nuls * 10 >= pairs * 7 && odd_nuls * 10 <= pairs) return TextEncoding::kUtf16Be;
  return std::nullopt;
}

// Converts through an ICU converter; counts the characters ICU could not map.
std::string ConvertToUtf8(std::string_view bytes, const char* codepage, int* unmapped) {
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), codepage);
  *unmapped = 0;
  for (int32_t i = 0; i < text.length(); ++i) {
    if (text.charAt(i) == 0xFFFD) ++*unmapped;
  }
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

// Text has few control characters besides tab, line ends and form feed.
bool LooksLikeText(std::string_view utf8) {
  std::size_t controls = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t word_end = std::min(i + 8, utf8.size());
    if (word_end == i + 8 && ControlBytes(Word(utf8.data() + i)) == 0) {
      i = word_end;
      continue;
    }
    for (; i < word_end; ++i) {
      const auto c = static_cast<unsigned char>(utf8[i]);
      if (c == 0) return false;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
    }
  }
  return controls * 100 <= utf8.size();
}

Result<DecodedText> Finish(std::string utf8, TextEncoding encoding, bool had_bom) {
  if (!LooksLikeText(utf8)) return Binary();
  DecodedText decoded;
  decoded.utf8 = std::move(utf8);
  decoded.encoding = encoding;
  decoded.had_bom = had_bom;
  return decoded;
}

Result<DecodedText> DecodeUtf16(std::string_view bytes, TextEncoding encoding, bool had_bom) {
  int unmapped = 0;
  const char* codepage = encoding == TextEncoding::kUtf16Le ? "UTF-16LE" : "UTF-16BE";
  std::string utf8 = ConvertToUtf8(bytes, codepage, &unmapped);
  if (unmapped * 100 > static_cast<int>(bytes.size() / 2) + 1) return Binary();
  return Finish(std::move(utf8), encoding, had_bom);
}

}  // namespace

Result<DecodedText> DecodeText(std::string_view bytes) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) {
    std::string_view rest = bytes.substr(3);
    // The file says it is UTF-8: bytes that are not are damage, not another encoding.
    if (const std::size_t valid = ValidUtf8Prefix(rest); valid != rest.size()) {
      return Status::Error(Code::kCorrupt, "damaged text: invalid UTF-8 at byte offset " +
                                               std::to_string(3 + valid) +
                                               " of a file marked UTF-8 (byte-order mark)");
    }
    return Finish(std::string(rest), TextEncoding::kUtf8, true);
  }
  if (StartsWith(bytes, "\xFF\xFE")) return DecodeUtf16(bytes.substr(2), TextEncoding::kUtf16Le, true);
  if (StartsWith(bytes, "\xFE\xFF")) return DecodeUtf16(bytes.substr(2), TextEncoding::kUtf16Be, true);
  if (auto utf16 = GuessUtf16ByNuls(bytes)) return DecodeUtf16(bytes, *utf16, false);
  if (IsValidUtf8(bytes)) return Finish(std::string(bytes), TextEncoding::kUtf8, false);
  // Not UTF-8: legacy 8-bit text. Windows-1252 is a superset of Latin-1's printable range.
  int unmapped = 0;
  std::string utf8 = ConvertToUtf8(bytes, "windows-1252", &unmapped);
  return Finish(std::move(utf8), TextEncoding::kWindows1252, false);
}

}  // namespace findings

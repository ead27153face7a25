#include "normalise/characters.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/utf8.h>

#include <cstdint>

#include "normalise/plain_prefix.h"

namespace findings {
namespace {

bool IsOddSpace(UChar32 c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0x1680;
}

bool IsInvisible(UChar32 c) {
  return c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF ||
         (c < 0x20 && c != '\t') || (c >= 0x7F && c < 0xA0);
}

// The replacement of a character the contract maps, as UTF-8 ("" drops it), or
// nullptr for a character kept as it is.
const char* Replacement(UChar32 c) {
  if (c < 0) return "\xEF\xBF\xBD";  // invalid UTF-8: U+FFFD
  if (IsInvisible(c)) return "";
  if (IsOddSpace(c)) return " ";
  if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B) return "'";
  if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F) return "\"";
  if (c == 0x2010 || c == 0x2011) return "-";  // hyphen, non-breaking hyphen
  switch (c) {  // the Latin ligatures of the Alphabetic Presentation Forms block
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05: return "st";  // long s + t
    case 0xFB06: return "st";
    default: return nullptr;
  }
}

// The mapping, UTF-8 to UTF-8: runs of characters kept are copied as they are.
// `beyond_ascii` tells whether the line had any byte past ASCII.
std::string MapCharacters(std::string_view utf8_line, bool* beyond_ascii) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8_line.data());
  const auto length = static_cast<int32_t>(utf8_line.size());
  std::string out;
  out.reserve(utf8_line.size());
  int32_t kept_from = 0;
  *beyond_ascii = false;
  for (int32_t i = 0; i < length;) {
    i += static_cast<int32_t>(PrintableAsciiLength(utf8_line.substr(i)));
    if (i == length) break;
    const int32_t start = i;
    if (s[i] >= 0x80) *beyond_ascii = true;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (const char* replacement = Replacement(c)) {
      out.append(utf8_line.data() + kept_from, start - kept_from);
      out.append(replacement);
      kept_from = i;
    }
  }
  out.append(utf8_line.data() + kept_from, length - kept_from);
  return out;
}

}  // namespace

std::string NormaliseCharacters(std::string_view utf8_line) {
  bool beyond_ascii = false;
  std::string mapped = MapCharacters(utf8_line, &beyond_ascii);
  if (!beyond_ascii) return mapped;  // ASCII is NFC
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  // NFC data missing is an ICU installation fault; the mapped text is still usable.
  if (U_FAILURE(error)) return mapped;
  // Most lines are NFC already, which ICU's check tells without normalising.
  const icu::StringPiece piece(mapped.data(), static_cast<int32_t>(mapped.size()));
  if (nfc->isNormalizedUTF8(piece, error) && U_SUCCESS(error)) return mapped;
  error = U_ZERO_ERROR;
  std::string composed;
  icu::StringByteSink<std::string> sink(&composed, static_cast<int32_t>(mapped.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, error);
  return U_SUCCESS(error) ? composed : mapped;
}

}  // namespace findings

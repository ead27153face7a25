#include "normalise/characters.h"

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>

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

// The Latin ligatures of the Alphabetic Presentation Forms block, spelt out.
const char16_t* LigatureLetters(UChar32 c) {
  switch (c) {
    case 0xFB00: return u"ff";
    case 0xFB01: return u"fi";
    case 0xFB02: return u"fl";
    case 0xFB03: return u"ffi";
    case 0xFB04: return u"ffl";
    case 0xFB05: return u"st";  // long s + t
    case 0xFB06: return u"st";
    default: return nullptr;
  }
}

void AppendMapped(UChar32 c, icu::UnicodeString& out) {
  if (IsInvisible(c)) return;
  if (IsOddSpace(c)) {
    out.append(u' ');
  } else if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B) {
    out.append(u'\'');
  } else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F) {
    out.append(u'"');
  } else if (const char16_t* letters = LigatureLetters(c)) {
    out.append(icu::UnicodeString(letters));
  } else {
    out.append(c);
  }
}

bool IsPlainAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x7F || (c < 0x20 && c != '\t')) return false;
  }
  return true;
}

bool NeedsMapping(UChar32 c) {
  return c < 0 || IsInvisible(c) || IsOddSpace(c) || (c >= 0x2018 && c <= 0x201F) ||
         LigatureLetters(c) != nullptr;
}

// Text with nothing to map and already in NFC (most lines: a bullet, a dash, a
// pound sign) is copied as it is, without a round trip through UTF-16.
bool IsAlreadyNormal(std::string_view utf8_line) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8_line.data());
  const auto length = static_cast<int32_t>(utf8_line.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (NeedsMapping(c)) return false;
  }
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error)) return false;
  const bool normal = nfc->isNormalizedUTF8(
      icu::StringPiece(utf8_line.data(), static_cast<int32_t>(utf8_line.size())), error);
  return U_SUCCESS(error) && normal;
}

}  // namespace

std::string NormaliseCharacters(std::string_view utf8_line) {
  if (IsPlainAscii(utf8_line)) return std::string(utf8_line);  // already normal
  if (IsAlreadyNormal(utf8_line)) return std::string(utf8_line);
  const auto* s = reinterpret_cast<const uint8_t*>(utf8_line.data());
  const auto length = static_cast<int32_t>(utf8_line.size());
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    AppendMapped(c < 0 ? 0xFFFD : c, mapped);
  }
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  std::string out;
  if (U_SUCCESS(error)) {
    icu::UnicodeString composed = nfc->normalize(mapped, error);
    if (U_SUCCESS(error)) return composed.toUTF8String(out);
  }
  // NFC data missing is an ICU installation fault; the mapped text is still usable.
  return mapped.toUTF8String(out);
}

}  // namespace findings

#include "emit/xml_text.h"

#include <cstdint>

namespace findings {
namespace {

constexpr const char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence at `pos` (1..4), or 0 if it is not one.
std::size_t SequenceLength(std::string_view s, std::size_t pos, char32_t* code) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char lead = byte(pos);
  std::size_t length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2
                     : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  if (length == 0 || pos + length > s.size()) return 0;
  char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return 0;
    c = (c << 6) | (byte(pos + i) & 0x3F);
  }
  static const char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kMinimum[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *code = c;
  return length;
}

bool AllowedInXml(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  return c != 0xFFFE && c != 0xFFFF;
}

}  // namespace

// Copies runs of acceptable bytes whole; printable ASCII, most of any report,
// is passed over without decoding.
std::string XmlSafeText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t run = 0;  // start of the acceptable bytes not yet copied
  for (std::size_t pos = 0; pos < text.size();) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x20 && byte < 0x80) {
      ++pos;
      continue;
    }
    char32_t code = 0;
    const std::size_t length = SequenceLength(text, pos, &code);
    if (length != 0 && AllowedInXml(code)) {
      pos += length;
      continue;
    }
    out.append(text.data() + run, pos - run);
    out += kReplacement;
    pos += length ? length : 1;
    run = pos;
  }
  out.append(text.data() + run, text.size() - run);
  return out;
}

}  // namespace findings

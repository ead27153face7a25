// Turns the bytes of a text file into UTF-8: UTF-8 (with or without BOM), UTF-16
// LE/BE (by BOM, or by the NUL pattern of mostly-ASCII text), else Windows-1252.
#ifndef FINDINGS_INGEST_TEXT_DECODER_H_
#define FINDINGS_INGEST_TEXT_DECODER_H_

#include <string>
#include <string_view>

#include "findings/status.h"

namespace findings {

enum class TextEncoding { kUtf8, kUtf16Le, kUtf16Be, kWindows1252 };

struct DecodedText {
  std::string utf8;  // line ends untouched; the normaliser handles CR and CRLF
  TextEncoding encoding = TextEncoding::kUtf8;
  bool had_bom = false;
};

// Fails with Code::kUnrecognised "not text or PDF: binary content" for bytes that
// are not text in any of the encodings above, and with Code::kCorrupt "damaged
// text: invalid UTF-8 at byte offset N of a file marked UTF-8 (byte-order mark)" for a
// file whose UTF-8 BOM is followed by bytes that are not UTF-8.
Result<DecodedText> DecodeText(std::string_view bytes);

}  // namespace findings

#endif  // FINDINGS_INGEST_TEXT_DECODER_H_

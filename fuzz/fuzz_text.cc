// Fuzz target: text decoding and normalisation, arbitrary bytes in.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/text_decoder.h"
#include "normalise/text_normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto decoded = findings::DecodeText(bytes);
  if (!decoded.ok()) return 0;
  // Both normaliser modes: a text file's (markup stripped) and a PDF's.
  findings::NormaliseOptions options;
  options.strip_markup = size % 2 == 0;
  const findings::Document doc = findings::NormaliseText(decoded->utf8, options);
  for (std::size_t i = 0; i < doc.lines.size(); ++i) (void)doc.line_text(i);
  return 0;
}

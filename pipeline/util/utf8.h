// Encoding one code point as UTF-8, and counting them.
#ifndef FINDINGS_UTIL_UTF8_H_
#define FINDINGS_UTIL_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace findings {

// Appends `code_point` to `out` as UTF-8; a value past U+10FFFF appends nothing.
void AppendUtf8(char32_t code_point, std::string& out);

// How many code points `text` holds (continuation bytes do not count): "ﬀ" is one.
std::size_t CodePoints(std::string_view text);

}  // namespace findings

#endif  // FINDINGS_UTIL_UTF8_H_

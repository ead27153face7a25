// Encoding one code point as UTF-8.
#ifndef FINDINGS_UTIL_UTF8_H_
#define FINDINGS_UTIL_UTF8_H_

#include <string>

namespace findings {

// Appends `code_point` to `out` as UTF-8; a value past U+10FFFF appends nothing.
void AppendUtf8(char32_t code_point, std::string& out);

}  // namespace findings

#endif  // FINDINGS_UTIL_UTF8_H_

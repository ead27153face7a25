// How much of a line the normalising steps leave as it is, found 16 bytes at a time
// where SSE2 is available.
//
// Most lines of a text report are plain ASCII words and punctuation: for them
// NormaliseLine is the identity, and NormaliseText copies them through after one
// scan. Character mapping skips runs of printable ASCII the same way.
#ifndef FINDINGS_NORMALISE_PLAIN_PREFIX_H_
#define FINDINGS_NORMALISE_PLAIN_PREFIX_H_

#include <cstddef>
#include <string_view>

namespace findings {

// A blank: what PlainPrefixLength stops at the second of, in a row.
inline bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// The length of the longest prefix of `text` made of printable ASCII and tabs (so it
// ends before any line end).
std::size_t PrintableAsciiLength(std::string_view text);

// The same prefix, also ending before any of `stops` (up to four ASCII characters
// that open markup or a footnote marker) and before the second of two blanks (' ' or
// '\t') in a row.
std::size_t PlainPrefixLength(std::string_view text, std::string_view stops);

}  // namespace findings

#endif  // FINDINGS_NORMALISE_PLAIN_PREFIX_H_

// Character-level normalisation of one line of UTF-8 text (see findings/document.h).
#ifndef FINDINGS_NORMALISE_CHARACTERS_H_
#define FINDINGS_NORMALISE_CHARACTERS_H_

#include <string>
#include <string_view>

namespace findings {

// NFC; ligatures decomposed (ﬁ → fi); ‘ ’ ‚ ‛ → ' and “ ” „ ‟ → "; non-breaking
// and other odd spaces → ' '; soft hyphens, zero-width characters, BOMs and control
// characters other than '\t' dropped. Invalid UTF-8 becomes U+FFFD.
std::string NormaliseCharacters(std::string_view utf8_line);

}  // namespace findings

#endif  // FINDINGS_NORMALISE_CHARACTERS_H_

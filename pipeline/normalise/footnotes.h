// Footnote references: superscript digits (¹²), "^{1 2}" → markers "[^1][^2]".
#ifndef FINDINGS_NORMALISE_FOOTNOTES_H_
#define FINDINGS_NORMALISE_FOOTNOTES_H_

#include <string>
#include <string_view>

namespace findings {

// A marker is attached to the word before it (the spaces between are dropped):
// "England & Wales ¹." → "England & Wales[^1].". At the start of a line (also
// after a list mark) the superscript opens the footnote's own text, which is
// written plainly: "² Offender Management…" → "2 Offender Management…"; unless
// punctuation follows it, which carries on a sentence: "⁵. The …" → "[^5]. The …".
// `opens_footnote`, if given, is set to whether the line opened with such a number.
std::string MarkFootnotes(std::string_view line, bool* opens_footnote = nullptr);

// The ASCII characters a footnote marker can start with ("^{1 2}"); every other
// marker starts with a superscript digit, which is not ASCII.
constexpr std::string_view kFootnoteAsciiStarts = "^";

}  // namespace findings

#endif  // FINDINGS_NORMALISE_FOOTNOTES_H_

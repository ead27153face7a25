// What a line piece's text and type say about where it stands in the flow: a bullet,
// a footnote, a numbered item, a change of type. Blocks are split, and paragraphs
// run on across columns and pages, by the same signs.
#ifndef FINDINGS_LAYOUT_PIECES_H_
#define FINDINGS_LAYOUT_PIECES_H_

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>

#include "findings/text.h"
#include "layout/lines.h"
#include "layout/word_measures.h"

namespace findings {

inline constexpr std::string_view kBullet = "\xE2\x80\xA2";

// A word space, generously: a quarter of an em is about a fifth of a line's height.
inline constexpr double kWordSpaceInHeights = 0.3;

inline bool Similar(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

// A footnote's text starts with its superscript number (¹²³ or U+2070…U+2079).
inline bool StartsWithSuperscript(std::string_view s) {
  return StartsWith(s, "\xC2\xB9") || StartsWith(s, "\xC2\xB2") || StartsWith(s, "\xC2\xB3") ||
         StartsWith(s, "\xE2\x81");
}

// `s` without the superscript digits it ends with (¹²³, two bytes each; the others,
// U+2070…U+2079, three): a footnote reference after a sentence's full stop.
inline std::string_view WithoutTrailingSuperscripts(std::string_view s) {
  while (true) {
    if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && StartsWithSuperscript(s.substr(s.size() - 2)))
      s.remove_suffix(2);
    else if (s.size() >= 3 && StartsWith(s.substr(s.size() - 3), "\xE2\x81")) s.remove_suffix(3);
    else return s;
  }
}

// A footnote's first line: its number, raised or on the baseline ("1 Ministry of …"),
// then its text.
inline bool StartsWithFootnoteNumber(std::string_view s) {
  const std::size_t space = s.find(' ');
  return StartsWithSuperscript(s) || (space != std::string_view::npos && space > 0 && AllDigits(s.substr(0, space)));
}

// A piece that is a footnote's superscript number and nothing else: the number of a
// footnote set apart from its text by a tab.
inline bool IsFootnoteNumber(std::string_view s) {
  if (s.empty()) return false;
  while (StartsWithSuperscript(s)) s.remove_prefix(s.front() == '\xC2' ? 2 : 3);
  return s.empty();
}

// A footnote's line: one piece starting with its superscript number.
inline bool IsFootnoteLine(const PdfLine& line) {
  return line.pieces.size() == 1 && StartsWithSuperscript(line.pieces[0].text);
}

// Digits as superscript digits, the form a footnote's number takes in the text.
inline std::string SuperscriptDigits(std::string_view digits) {
  static const char* kDigits[] = {"\xE2\x81\xB0", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3",
                                  "\xE2\x81\xB4", "\xE2\x81\xB5", "\xE2\x81\xB6",
                                  "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};
  std::string out;
  for (char c : digits) out += kDigits[c - '0'];
  return out;
}

// "12. " or "12.\t" at the start: a numbered list item.
inline bool StartsWithNumberMark(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && i < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  return i > 0 && i + 1 < s.size() && s[i] == '.' && (s[i + 1] == ' ' || s[i + 1] == '\t');
}

// "3.2.3. " or "2.1 " at the start: a section's or a question's number of two levels
// or more.
inline bool StartsWithOutlineNumber(std::string_view s) {
  std::size_t i = 0, levels = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    ++levels;
    if (i >= s.size() || s[i] != '.') break;
    ++i;
  }
  return levels >= 2 && i < s.size() && (s[i] == ' ' || s[i] == '\t');
}

// A line of words (five at least), not a label or a list item of a few: enough for its
// spaces to tell its stretch, or for it to fill a justified measure.
inline bool IsLineOfWords(const PdfPiece& piece) {
  constexpr std::ptrdiff_t kFewestSpaces = 4;
  return std::count(piece.text.begin(), piece.text.end(), ' ') >= kFewestSpaces;
}

// A label's line, ending in ':', runs on into its text.
inline bool EndsLabel(const PdfPiece& piece) { return !piece.text.empty() && piece.text.back() == ':'; }

// Two pieces' type sizes (both known) more than a tenth of `piece`'s apart: not one size.
inline bool SizeChanges(const PdfPiece& previous, const PdfPiece& piece) {
  return previous.font_size > 0 && piece.font_size > 0 &&
         !Similar(previous.font_size, piece.font_size, 0.1 * piece.font_size) &&
         !SmallCapitalsOfOneType(previous, piece);
}

// A heading and the text under it, where nothing but their type sets them apart: a
// line all in bold beside one that is not (a bold label runs on into its text), or a
// change of size.
inline bool TypeChanges(const PdfPiece& previous, const PdfPiece& piece) {
  if (previous.bold != piece.bold && !EndsLabel(previous)) return true;
  return SizeChanges(previous, piece);
}

// `piece` is set in type a size smaller than `other`'s (a footnote's beside the text).
inline bool SmallerTypeThan(const PdfPiece& piece, const PdfPiece& other) {
  return piece.font_size < other.font_size && SizeChanges(piece, other);
}

// How wide the piece's first word is printed (where its words are not known, its
// share of the piece's width).
inline double FirstWordWidth(const PdfPiece& piece) {
  if (piece.first_word_right > piece.left) return piece.first_word_right - piece.left;
  if (piece.text.empty()) return 0;
  const std::size_t space = piece.text.find(' ');
  const double first_word = static_cast<double>(space == std::string::npos ? piece.text.size() : space);
  return (piece.right - piece.left) * first_word / static_cast<double>(piece.text.size());
}

// Whether `next`'s first word would have fitted after `piece` on a line ending at
// `right`: if not, the break after `piece` may be a wrap, not a paragraph's end.
inline bool NextWordFits(const PdfPiece& piece, const PdfPiece& next, double right) {
  return piece.right + kWordSpaceInHeights * next.height + FirstWordWidth(next) < right - 0.5 * next.height;
}

}  // namespace findings

#endif  // FINDINGS_LAYOUT_PIECES_H_

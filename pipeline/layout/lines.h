// Groups a page's words into text lines, and each line into pieces split at wide
// gaps (table cells, the two sides of a key-facts box, separate columns).
#ifndef FINDINGS_LAYOUT_LINES_H_
#define FINDINGS_LAYOUT_LINES_H_

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "layout/words.h"

namespace findings {

// Consecutive words of one line with no wide gap between them.
struct PdfPiece {
  std::string text;  // words joined; superscript footnote digits as ¹²³…
  double left = 0, top = 0, right = 0, bottom = 0;
  double text_left = 0;  // where the text starts after a leading item number or bullet
  double first_word_right = 0;  // where its first word ends
  double height = 0;  // the body text height (superscripts excluded)
  double raise = 0;      // how far raised footnote digits stand above the body text
  double body_top = 0;   // the top of the body text (raised digits excluded)
  double font_size = 0;  // the largest body word's, 0 when the PDF gave none
  double word_space = 0;  // the mean space between its words (raised digits aside), 0 for one word
  bool bold = false;     // every body word bold: a heading's or a label's line
  bool italic = false;   // every body word italic
  bool upright = false;  // no body word italic
  // The bytes of `text` that a run-in head takes (a heading set in line with its
  // paragraph's first words, in bold or italic the words after it drop), 0 for none.
  std::size_t run_in = 0;
};

struct PdfLine {
  std::vector<PdfPiece> pieces;  // left to right
  double top = 0, bottom = 0, left = 0, right = 0, height = 0;
  // How far raised footnote digits stand above the body text: the space some
  // typesetters add above such a line is no paragraph break.
  double raise = 0;
};

// "12." or "2.1.3" alone: a numbered item's or section's mark. Set at a tab stop
// before its text, it is written "12.\t" as in the text renditions.
bool IsListNumber(const std::string& s);

// A word that ends a sentence: its full stop, question or exclamation mark, then
// perhaps a closing quote or bracket.
bool EndsSentence(std::string_view word);

// Lines top to bottom. Raised small digits join the line they are raised above
// and come out as superscript digits. `text_font`: the size of the text round the
// words, against which an item's or heading's number is in display type (a region of
// a heading alone has no text of its own); 0 for the words' own median. A contents
// entry's leader (layout/leaders.h) is no word of its line: the entry's title and
// page number stand apart as two cells.
std::vector<PdfLine> BuildLines(const std::vector<PdfWord>& words, double text_font = 0);

// Type sizes further apart than this ratio are not one line's (a key figure beside
// the lines of its description), nor one key fact's figure and text.
inline constexpr double kSameTypeRatio = 1.2;

// Two sizes of type this close (a share of the larger) are one size.
inline constexpr double kOneSizeShare = 0.02;

inline bool OneSize(double a, double b) {
  return std::abs(a - b) <= kOneSizeShare * std::max(a, b);
}

// `size` smaller than `body` by more than one size spreads: another type (a table's,
// a box's, a footnote number's).
inline bool SmallerType(double size, double body) { return size < (1 - kOneSizeShare) * body; }

// a and b differ by no more than `ratio` either way.
inline bool Within(double a, double b, double ratio) { return a <= ratio * b && b <= ratio * a; }

// Pieces further apart than this (in multiples of the text height) are separate cells.
inline constexpr double kCellGapInHeights = 1.4;

}  // namespace findings

#endif  // FINDINGS_LAYOUT_LINES_H_

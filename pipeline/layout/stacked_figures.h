// A percentage broken over lines in a table cell too narrow for it. A cell a character
// or two wide prints "81%" as "81" over "%" (or "8" over "1" over "%"), each fragment
// alone on its line, one under the other at the line pitch; a reader takes them as one
// figure.
#ifndef FINDINGS_LAYOUT_STACKED_FIGURES_H_
#define FINDINGS_LAYOUT_STACKED_FIGURES_H_

#include <vector>

#include "layout/words.h"

namespace findings {

// `words` in Poppler's reading order. A lone "%" (or digits ending in "%") set directly
// under lone digits, overlapping them, at the next line's pitch, each fragment no wider
// than a few characters, is joined to them, and so up the stack: the figure takes the
// top fragment's place and line. A stack without a "%" at its foot (counts one under
// the other) is left as it is.
std::vector<PdfWord> JoinStackedFigures(const std::vector<PdfWord>& words);

// The next line of one table cell stands this far under the line before, baseline to
// baseline, in text heights; a table's next row stands further down (the cells'
// padding and the rule between them).
inline constexpr double kMinCellPitchInHeights = 0.8;
inline constexpr double kMaxCellPitchInHeights = 1.15;

}  // namespace findings

#endif  // FINDINGS_LAYOUT_STACKED_FIGURES_H_

// Headings: text set apart from the body by its type, bolder or larger, on lines of
// its own. The layout names them so the Document can say a block is a heading
// (findings/document.h, BlockKind::kHeading), whatever its wording.
#ifndef FINDINGS_LAYOUT_HEADINGS_H_
#define FINDINGS_LAYOUT_HEADINGS_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "layout/hyphenation.h"
#include "layout/lines.h"
#include "layout/run_on.h"

namespace findings {

// A heading's line: one piece (no cells beside it), every word bold or the type
// larger than the body's, no bullet and no footnote number at its start, and no
// full stop at its end (a bold sentence is emphasis, not a heading).
bool IsHeadingLine(const PdfLine& line, const BodyType& body);

// The texts a heading of `lines` reads as: each run of up to kMostHeadingLines heading
// lines one under the other in one type, joined as a paragraph's lines are. A block whose text is
// one of them is that heading.
inline constexpr std::size_t kMostHeadingLines = 3;
std::unordered_set<std::string> HeadingTexts(const std::vector<PdfLine>& lines,
                                             const BodyType& body, const Vocabulary& vocabulary);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_HEADINGS_H_

// Running headers and footers: lines in the top or bottom margin that recur on many
// pages (page numbers masked), and page numbers alone at the foot. They are dropped
// before a page is laid out.
#ifndef FINDINGS_LAYOUT_RUNNING_LINES_H_
#define FINDINGS_LAYOUT_RUNNING_LINES_H_

#include <vector>

#include "layout/words.h"

namespace findings {

// Each page's words without its running lines.
std::vector<std::vector<PdfWord>> WithoutRunningLines(const std::vector<PdfPage>& pages);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_RUNNING_LINES_H_

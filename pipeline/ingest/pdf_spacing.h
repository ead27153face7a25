// The vertical spacing of a document's body text: the gap between the lines of one
// paragraph, and whether paragraphs are set further apart than that. A paragraph's
// last line may fill the full width, so the gap is the surer sign of a paragraph
// break; the short-line rule is only the fallback for documents set without space
// between paragraphs.
#ifndef FINDINGS_INGEST_PDF_SPACING_H_
#define FINDINGS_INGEST_PDF_SPACING_H_

#include <array>
#include <vector>

#include "ingest/pdf_lines.h"

namespace findings {

struct LineSpacing {
  // A gap between two lines (top of one minus bottom of the other) wider than this,
  // in multiples of the text height, breaks the paragraph. Negative when the
  // document sets its paragraphs no further apart than its lines.
  double break_gap = -1;
  bool spaced() const { return break_gap >= 0; }
};

// Counts the gaps between consecutive one-piece lines of the same size and margin,
// region by region, then tells the document's line gap from its paragraph gap.
class SpacingHistogram {
 public:
  void Add(const std::vector<PdfLine>& lines);
  LineSpacing Result() const;

 private:
  static constexpr double kStep = 0.02;  // bucket width, in text heights
  static constexpr std::size_t kBuckets = 60;  // gaps up to 1.2 heights
  std::array<int, kBuckets> counts_{};
};

}  // namespace findings

#endif  // FINDINGS_INGEST_PDF_SPACING_H_

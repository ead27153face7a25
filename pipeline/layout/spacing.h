// The vertical spacing of a document's body text: the gap between the lines of one
// paragraph, and whether paragraphs are set further apart than that. A paragraph's
// last line may fill the full width, so the gap is the surer sign of a paragraph
// break; the short-line rule is only the fallback for documents set without space
// between paragraphs.
#ifndef FINDINGS_LAYOUT_SPACING_H_
#define FINDINGS_LAYOUT_SPACING_H_

#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "layout/lines.h"

namespace findings {

// Whether the piece holds the hyphen U+2010 (a typesetter's automatic hyphen).
inline bool HoldsFallbackHyphen(const PdfPiece& piece) {
  return piece.text.find("\xE2\x80\x90") != std::string::npos;
}

struct LineSpacing {
  // Two lines whose baselines are further apart than this, in multiples of the text
  // height, are in different paragraphs. Zero when the document sets its paragraphs
  // no further apart than its lines. (Baseline to baseline, not the gap between
  // boxes: some producers' word boxes overlap the next line's.)
  double break_pitch = 0;
  // The commonest baseline-to-baseline pitch, in multiples of the text height (0 when
  // no lines tell it). Where paragraphs are not spaced, a gap clearly wider than this
  // still sets lines apart (a cover's lines, the space around a heading or a list).
  double line_pitch = 0;
  // The box height per point of type of the lines the pitches were measured on (0
  // when unknown). Fonts differ in how tall a box they give their type: a title in
  // one whose boxes are shorter for its size would seem set further apart than the
  // body's paragraphs. Its lines are measured as if in the body's boxes.
  double height_per_point = 0;
  // How much further below the line above than the line pitch (in text heights) the
  // document sets a line holding the hyphen U+2010, which few fonts have: the fallback
  // font's taller box lowers it. 0 where the document does not show it.
  double fallback_drop = 0;
  bool spaced() const { return break_pitch > 0; }
  // Where the piece's line would stand but for that drop: the bottom of its body text.
  double BottomOf(const PdfPiece& piece) const {
    const double bottom = piece.bottom - piece.raise;
    return HoldsFallbackHyphen(piece) ? bottom - fallback_drop * HeightOf(piece) : bottom;
  }
  // The line pitch in `piece`'s type, in points (0 where no lines tell it).
  double PitchOf(const PdfPiece& piece) const { return line_pitch * HeightOf(piece); }
  double HeightOf(const PdfPiece& piece) const {
    if (height_per_point <= 0 || piece.font_size <= 0) return piece.height;
    const double in_body_boxes = height_per_point * piece.font_size;
    return std::abs(piece.height - in_body_boxes) > kOtherBoxesRatio * in_body_boxes ? in_body_boxes : piece.height;
  }
  // Boxes taller or shorter for their type than the body's by more than this share:
  // another font's (within it, the rounding of the measure).
  static constexpr double kOtherBoxesRatio = 0.1;
  bool Breaks(double upper_bottom, double lower_bottom, double height) const {
    return lower_bottom - upper_bottom > break_pitch * height;
  }
  // Whether two lines are set further apart than lines of one block: by the paragraph
  // pitch where paragraphs are spaced, else by clearly more than the line pitch.
  bool SetApart(double upper_bottom, double lower_bottom, double height) const {
    if (spaced()) return Breaks(upper_bottom, lower_bottom, height);
    return line_pitch > 0 && lower_bottom - upper_bottom > (line_pitch + kClearlyWiderInHeights) * height;
  }
  // Wider than the line pitch by this much (in text heights) is a space set between
  // blocks, not the line pitch's own spread, which is a few hundredths. A paragraph's
  // few points of space after are a fifth of a title's height in display type.
  static constexpr double kClearlyWiderInHeights = 0.15;
};

// Counts the pitches between consecutive one-piece lines of the same size and margin,
// region by region, then tells the document's line pitch from its paragraph pitch.
class SpacingHistogram {
 public:
  void Add(const std::vector<PdfLine>& lines);
  LineSpacing Result() const;

 private:
  LineSpacing Pitches() const;  // the line and paragraph pitches alone
  static constexpr double kStep = 0.02;  // bucket width, in text heights
  static constexpr std::size_t kBuckets = 150;  // pitches up to 3 heights
  std::array<int, kBuckets> counts_{};
  std::array<int, kBuckets> heights_per_point_{};  // the same buckets, of box height per point
  std::array<int, kBuckets> fallback_counts_{};    // pitches onto lines holding U+2010
};

}  // namespace findings

#endif  // FINDINGS_LAYOUT_SPACING_H_

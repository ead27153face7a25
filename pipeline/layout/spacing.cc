#include "layout/spacing.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "layout/pieces.h"

namespace findings {
namespace {

// Whether `line` holds the hyphen U+2010, which few fonts have: a typesetter takes it
// from a fallback font whose taller line box sets the line lower than the pitch.
bool HoldsFallbackHyphen(const PdfLine& line) {
  return std::any_of(line.pieces.begin(), line.pieces.end(),
                     [](const PdfPiece& piece) { return findings::HoldsFallbackHyphen(piece); });
}

// The commonest bucket's value (its middle), and how many it holds.
template <std::size_t N>
std::pair<double, int> Commonest(const std::array<int, N>& counts, double step) {
  const auto it = std::max_element(counts.begin(), counts.end());
  return {(static_cast<double>(it - counts.begin()) + 0.5) * step, *it};
}

// A drop seen this often at least is the document's, not a paragraph's space.
constexpr int kLeastDrops = 3;

// Two lines that could be consecutive lines of one body paragraph.
bool Comparable(const PdfLine& above, const PdfLine& below) {
  return above.pieces.size() == 1 && below.pieces.size() == 1 && below.height > 0 &&
         Similar(above.height, below.height, 0.05 * below.height) &&
         Similar(above.left, below.left, 3);
}

}  // namespace

void SpacingHistogram::Add(const std::vector<PdfLine>& lines) {
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (!Comparable(lines[i - 1], lines[i])) continue;
    const double pitch = (lines[i].bottom - lines[i - 1].bottom) / lines[i].height;
    if (pitch <= 0) continue;
    const auto bucket = static_cast<std::size_t>(pitch / kStep);
    if (HoldsFallbackHyphen(lines[i])) {
      if (!HoldsFallbackHyphen(lines[i - 1]) && bucket < kBuckets) ++fallback_counts_[bucket];
      continue;
    }
    if (bucket < kBuckets) ++counts_[bucket];
    const double font_size = lines[i].pieces.front().font_size;
    if (font_size <= 0) continue;
    const auto ratio = static_cast<std::size_t>(lines[i].height / font_size / kStep);
    if (ratio < kBuckets) ++heights_per_point_[ratio];
  }
}

// The line pitch is the commonest pitch. Paragraphs are spaced when a second, wider
// pitch is common too (once for every 25 line pitches at least: narrow columns make
// long paragraphs); the break then lies a quarter of the way from the line pitch to
// the commonest paragraph pitch, so that the narrower spacing around lists and
// headings counts as a break as well.
LineSpacing SpacingHistogram::Result() const {
  LineSpacing spacing = Pitches();
  const auto [height_per_point, lines] = Commonest(heights_per_point_, kStep);
  if (lines > 0) spacing.height_per_point = height_per_point;
  // Lines holding U+2010 set consistently further down than the line pitch.
  const auto [fallback_pitch, drops] = Commonest(fallback_counts_, kStep);
  if (spacing.line_pitch > 0 && drops >= kLeastDrops && fallback_pitch > spacing.line_pitch + kStep)
    spacing.fallback_drop = fallback_pitch - spacing.line_pitch;
  return spacing;
}

LineSpacing SpacingHistogram::Pitches() const {
  const auto line_it = std::max_element(counts_.begin(), counts_.end());
  if (*line_it == 0) return {};
  const auto line_bucket = static_cast<std::size_t>(line_it - counts_.begin());
  const double line_pitch = (static_cast<double>(line_bucket) + 0.5) * kStep;
  // Wider by a fifth of the text height at least: not the line pitch's own spread.
  const std::size_t from = line_bucket + static_cast<std::size_t>(0.2 / kStep);
  if (from >= kBuckets) return LineSpacing{0, line_pitch};
  const auto para_it = std::max_element(counts_.begin() + static_cast<long>(from), counts_.end());
  if (*para_it * 25 < *line_it) return LineSpacing{0, line_pitch};
  const double para_pitch = (static_cast<double>(para_it - counts_.begin()) + 0.5) * kStep;
  // Baselines rounded to a device's pixels spread the line pitch over neighbouring
  // buckets (in type whose boxes are short for it, a tenth of a height and more): a
  // break is wider than every bucket of that spread holding a quarter of the
  // commonest's lines.
  double spread_top = 0;
  for (std::size_t b = line_bucket + 1; b < from; ++b) {
    if (counts_[b] * 4 >= *line_it) spread_top = static_cast<double>(b + 1) * kStep;
  }
  return LineSpacing{std::max(line_pitch + 0.25 * (para_pitch - line_pitch), spread_top),
                     line_pitch};
}

}  // namespace findings

// The page the BuildBlocks tests (blocks_test.cc, key_figures_test.cc) set their
// lines on, and how they read it: a region's lines into blocks.
#ifndef FINDINGS_TESTS_PIPELINE_LAYOUT_READ_BLOCKS_H_
#define FINDINGS_TESTS_PIPELINE_LAYOUT_READ_BLOCKS_H_

#include <string>
#include <vector>

#include "layout/blocks.h"
#include "layout/lines.h"
#include "pipeline/layout/page_builder.h"

namespace findings::layout_test {

using Blocks = std::vector<std::string>;

// The tests bring these in with `using namespace layout_test::block_page;`.
namespace block_page {

// 10 pt type in 12 pt boxes, 13 pt apart: lines 1.08 box heights apart and
// paragraphs, 6 pt further apart, 1.58; the break between them is the
// SpacingHistogram's to find (spacing_test.cc).
inline constexpr double kSize = 10, kPitch = 13, kParagraphGap = 6;
inline constexpr LineSpacing kSpaced{1.2};
inline constexpr LineSpacing kUnspaced{};  // paragraphs at the line pitch
inline constexpr LineSpacing kUnspacedAtTheLinePitch{0, kPitch / 12};  // and that pitch measured
inline constexpr double kLeft = 72, kRight = 252;                      // a 180 pt measure

inline Blocks Read(const PageBuilder& page, const LineSpacing& spacing,
                   const Vocabulary& vocabulary = {}) {
  return BuildBlocks(BuildLines(page.words()), vocabulary, spacing);
}

}  // namespace block_page
}  // namespace findings::layout_test

#endif  // FINDINGS_TESTS_PIPELINE_LAYOUT_READ_BLOCKS_H_

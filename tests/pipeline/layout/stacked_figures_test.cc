#include "layout/stacked_figures.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::WordTexts;

// A word in `size` pt type, its box 1.3 em tall (13 pt in 10 pt type), `line` lines below
// the first at a pitch of 12 pt (a 10 pt line's box reaches a point into the next's, as
// LibreOffice sets them).
PdfWord Word(const std::string& text, double left, double right, int line = 0, double size = 10) {
  PdfWord w;
  w.text = text;
  w.left = left;
  w.right = right;
  w.top = 100 + 12 * line;
  w.bottom = w.top + 1.3 * size;
  w.font_size = size;
  return w;
}

using Strings = std::vector<std::string>;
using Words = std::vector<PdfWord>;

struct Case {
  const char* name;
  Words words;
  Strings expected;
};

TEST(JoinStackedFigures, ReadsAFigureBrokenDownANarrowCellAsOne) {
  const std::vector<Case> cases = {
      // A table row: a label, "64%", then "81%" and "70%" each down a cell one digit wide,
      // then "80%"; the fragments come in Poppler's order, line by line.
      {"one digit a line",
       {Word("'Control'", 74, 108), Word("64%", 196, 214), Word("8", 226, 231), Word("7", 242, 247),
        Word("80%", 268, 286), Word("of", 74, 83, 1), Word("1", 226, 231, 1),
        Word("0", 242, 247, 1), Word("harm", 74, 96, 2), Word("%", 222, 231, 2),
        Word("%", 239, 247, 2)},
       {"'Control'", "64%", "81%", "70%", "80%", "of", "harm"}},
      {"two digits over the sign", {Word("81", 366, 382), Word("%", 374, 382, 1)}, {"81%"}},
      {"centred in the cell", {Word("81", 366, 382), Word("%", 370, 378, 1)}, {"81%"}},
      {"digits over digits and the sign",
       {Word("10", 366, 376), Word("0%", 366, 384, 1)},
       {"100%"}},
  };
  for (const Case& c : cases)
    EXPECT_EQ(WordTexts(JoinStackedFigures(c.words)), c.expected) << c.name;
  // The joined figure keeps the top fragment's line and spans all fragments.
  const Words joined = JoinStackedFigures({Word("81", 366, 380), Word("%", 364, 382, 1)});
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_DOUBLE_EQ(joined[0].left, 364);
  EXPECT_DOUBLE_EQ(joined[0].right, 382);
  EXPECT_DOUBLE_EQ(joined[0].top, 100);
  EXPECT_DOUBLE_EQ(joined[0].bottom, 113);
}

TEST(JoinStackedFigures, LeavesWhatIsNoFigureBrokenInACell) {
  const std::vector<Case> cases = {
      // Counts in rows at the line pitch: no "%" at the foot.
      {"a column of counts",
       {Word("2", 226, 231), Word("11", 226, 236, 1), Word("7", 226, 231, 2)},
       {"2", "11", "7"}},
      // A paragraph's line ending in a number, the next starting with "%": they do not
      // overlap, and each has neighbours a word space away.
      {"a paragraph",
       {Word("was", 200, 220), Word("81", 223, 235), Word("%", 72, 80, 1), Word("of", 83, 92, 1)},
       {"was", "81", "%", "of"}},
      // Right-aligned, overlapping, but the digits share their line with a word.
      {"digits beside a word",
       {Word("Total", 330, 360), Word("81", 362, 374), Word("%", 366, 374, 1)},
       {"Total", "81", "%"}},
      // The next row of a table, its cells' padding between: further than a line's pitch.
      {"the next row", {Word("81", 366, 382), Word("%", 370, 382, 2)}, {"81", "%"}},
      // Side by side, not one under the other.
      {"no overlap", {Word("81", 366, 382), Word("%", 390, 398, 1)}, {"81", "%"}},
      // A wide cell holds whole figures: "12345" is no fragment of a narrow cell.
      {"wide", {Word("12345", 300, 340), Word("%", 330, 338, 1)}, {"12345", "%"}},
      // A justified paragraph's lines, their word spaces wider than a lone fragment's
      // neighbours would be: a number ending one line over a percentage on the next,
      // overlapping, but with no edge and not their centres one over the other, as a
      // cell sets its lines.
      {"a justified paragraph",
       {Word("living", 140, 166), Word("32", 171, 183), Word("some", 128, 150, 1),
        Word("17%", 155, 173, 1), Word("of", 178, 187, 1)},
       {"living", "32", "some", "17%", "of"}},
      // In a larger type, the line below is another paragraph's.
      {"another size", {Word("81", 366, 382), Word("%", 368, 382, 1, 14)}, {"81", "%"}},
  };
  for (const Case& c : cases)
    EXPECT_EQ(WordTexts(JoinStackedFigures(c.words)), c.expected) << c.name;
}

}  // namespace
}  // namespace findings

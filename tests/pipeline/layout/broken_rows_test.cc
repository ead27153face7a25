#include "layout/broken_rows.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::WordTexts;
using Strings = std::vector<std::string>;
using Words = std::vector<PdfWord>;

// A word in 9.5 pt type, its box 12 pt tall, its baseline at `bottom`.
PdfWord Word(const std::string& text, double left, double right, double bottom) {
  PdfWord w;
  w.text = text;
  w.left = left;
  w.right = right;
  w.bottom = bottom;
  w.top = bottom - 12;
  w.font_size = 9.5;
  return w;
}

// The columns' text starts at 71 and 306 (235 apart); the table's cells 3 pt in.
constexpr double kOffset = 235;

// The left column: a line of text, then the table's row at the column's foot, its
// label and figures ("84" and "77" down cells too narrow for their "%").
Words LeftColumn(const std::string& label_end = "–") {
  return {Word("NPS", 71, 92, 100),       Word("'Punish'", 74, 107, 756),
          Word(label_end, 110, 115, 756), Word("69%", 196, 214, 756),
          Word("84", 221, 231, 756),      Word("77", 238, 247, 756),
          Word("84%", 268, 286, 756)};
}

// The right column: the row's rest at its head, 11.4 pt apart, as `cells` (its first
// line) over a line of the label, then a paragraph of text a row's space down.
Words RightColumn(const Words& cells) {
  Words words = cells;
  words.push_back(Word("work", 74 + kOffset, 96 + kOffset, 83.4));
  words.push_back(Word("In", 306, 316, 107));
  return words;
}

// A row at the left column's foot whose two cells end open.
Words OpenCells() {
  return {Word("NPS", 71, 92, 100), Word("'Punish'", 74, 107, 756), Word("and", 196, 214, 756)};
}

Words Head(const std::string& label, double label_left = 74 + kOffset) {
  return {Word(label, label_left, label_left + 50, 72), Word("%", 223 + kOffset, 231 + kOffset, 72),
          Word("%", 239 + kOffset, 247 + kOffset, 72)};
}

TEST(CarryBrokenRowBack, ReadsARowBrokenAtAColumnsFootWhole) {
  Words left = LeftColumn();
  Words right = RightColumn(Head("Compliance"));
  CarryBrokenRowBack(left, right);
  // The row's rest under it, at the line pitch, its figures whole again.
  EXPECT_EQ(WordTexts(left),
            (Strings{"NPS", "'Punish'", "–", "69%", "84%", "77%", "84%", "Compliance", "work"}));
  EXPECT_EQ(WordTexts(right), (Strings{"In"}));
  EXPECT_DOUBLE_EQ(left[7].left, 74);
  EXPECT_DOUBLE_EQ(left[7].bottom, 756 + 11.4);
  EXPECT_DOUBLE_EQ(left[8].bottom, 756 + 2 * 11.4);
}

TEST(CarryBrokenRowBack, LeavesWhatCarriesNoRowOn) {
  struct Case {
    const char* name;
    Words left, right;
  };
  const Case cases[] = {
      // A line with no cells: a paragraph, a cell alone.
      {"one cell", LeftColumn(), RightColumn({Word("carried", 74 + kOffset, 110 + kOffset, 72)})},
      // A row of its own: its label capitalised, its figures whole.
      {"a row of its own", OpenCells(),
       RightColumn({Word("Compliance", 74 + kOffset, 124 + kOffset, 72),
                    Word("Enforcement", 196 + kOffset, 250 + kOffset, 72)})},
      // A "%" under no figure's digits.
      {"a sign under a whole figure", LeftColumn(),
       RightColumn({Word("Compliance", 74 + kOffset, 124 + kOffset, 72),
                    Word("%", 199 + kOffset, 207 + kOffset, 72)})},
      // The label ended its cell.
      {"a cell closed", LeftColumn("work."), RightColumn(Head("Compliance"))},
      // The label stands where no cell starts in the column's place.
      {"not in the cell's place", LeftColumn(), RightColumn(Head("Compliance", 90 + kOffset))},
  };
  for (const Case& c : cases) {
    Words left = c.left, right = c.right;
    CarryBrokenRowBack(left, right);
    EXPECT_EQ(WordTexts(left), WordTexts(c.left)) << c.name;
    EXPECT_EQ(WordTexts(right), WordTexts(c.right)) << c.name;
  }
}

TEST(CarryBrokenRowBack, ALowerCaseWordShowsTheBreak) {
  // Text under a cell of figures ("69%") carries none of them on.
  Words left = LeftColumn();
  Words right = RightColumn({Word("compliance", 74 + kOffset, 124 + kOffset, 72),
                             Word("work", 196 + kOffset, 216 + kOffset, 72)});
  CarryBrokenRowBack(left, right);
  EXPECT_EQ(WordTexts(right), (Strings{"compliance", "work", "work", "In"}));
  Words open_cells = OpenCells();
  right = RightColumn({Word("compliance", 74 + kOffset, 124 + kOffset, 72),
                       Word("work", 196 + kOffset, 216 + kOffset, 72)});
  CarryBrokenRowBack(open_cells, right);
  EXPECT_EQ(WordTexts(open_cells),
            (Strings{"NPS", "'Punish'", "and", "compliance", "work", "work"}));
  EXPECT_EQ(WordTexts(right), (Strings{"In"}));
}

}  // namespace
}  // namespace findings

#include "layout/turned_text.h"

#include <gtest/gtest.h>

#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::PageBuilder;

// An A4 page: 595 wide, 842 tall.
constexpr double kWidth = 595, kHeight = 842;

PdfWord Word(double left, double top, double right, double bottom, int turn) {
  PdfWord w;
  w.text = "Scores";
  w.left = left;
  w.top = top;
  w.right = right;
  w.bottom = bottom;
  w.turn = turn;
  return w;
}

struct TurnCase {
  int turn;
  PdfBox page;     // the word's box on the page
  PdfBox upright;  // where it stands with the page turned
};

// A word running up the page 100 pt from its left edge, between 200 and 240 pt from
// its top, stands 100 pt from the top of the page turned a quarter clockwise (the
// left edge up), and 842 - 240 = 602 pt from that page's left (the page's foot).
// Running down the page, it stands 595 - 110 = 485 pt from the top of the page turned
// a quarter anticlockwise (the right edge up), 200 pt from its left (the page's head).
// Upside down, the page turned half round, its right end is the left.
const TurnCase kTurnCases[] = {
    {3, {100, 200, 110, 240}, {602, 100, 642, 110}},
    {1, {100, 200, 110, 240}, {200, 485, 240, 495}},
    {2, {100, 200, 140, 210}, {455, 632, 495, 642}},
    {0, {100, 200, 140, 210}, {100, 200, 140, 210}},
};

TEST(TurnedUpright, StandsAWordUprightOnThePageTurnedItsWay) {
  for (const TurnCase& c : kTurnCases) {
    const PdfWord up = TurnedUpright(
        Word(c.page.left, c.page.top, c.page.right, c.page.bottom, c.turn), kWidth, kHeight);
    EXPECT_EQ(up.turn, 0) << c.turn;
    EXPECT_DOUBLE_EQ(up.left, c.upright.left) << c.turn;
    EXPECT_DOUBLE_EQ(up.top, c.upright.top) << c.turn;
    EXPECT_DOUBLE_EQ(up.right, c.upright.right) << c.turn;
    EXPECT_DOUBLE_EQ(up.bottom, c.upright.bottom) << c.turn;
    EXPECT_EQ(up.text, "Scores");
  }
}

TEST(TakeTurnedText, TakesEachTurnsWordsIntoAFrameOfTheirOwn) {
  PageBuilder builder(kWidth, kHeight);
  builder.Line(72, 40, "The effectiveness of probation work", 8);
  PdfPage page = builder.page();
  page.words.push_back(Word(251, 73, 262.7, 112.6, 3));
  page.words.push_back(Word(264.7, 163.5, 276.4, 192.6, 3));
  page.words.push_back(Word(20, 400, 30, 440, 1));
  const std::vector<TurnedFrame> frames = TakeTurnedText(page);
  EXPECT_EQ(page.words.size(), 5u);  // the upright line stays
  ASSERT_EQ(frames.size(), 2u);
  EXPECT_EQ(frames[0].turn, 1);
  EXPECT_EQ(frames[0].page.words.size(), 1u);
  EXPECT_EQ(frames[1].turn, 3);
  ASSERT_EQ(frames[1].page.words.size(), 2u);
  // The page turned a quarter is as wide as the page is tall.
  EXPECT_DOUBLE_EQ(frames[1].page.width, kHeight);
  EXPECT_DOUBLE_EQ(frames[1].page.height, kWidth);
  EXPECT_DOUBLE_EQ(frames[1].page.words[1].top, 264.7);
  // Where the words stand on the page itself.
  EXPECT_DOUBLE_EQ(frames[1].top, 73);
  EXPECT_DOUBLE_EQ(frames[1].bottom, 192.6);
}

TEST(TakeTurnedText, LeavesAPageWithNoTurnedWordAsItIs) {
  PageBuilder builder(kWidth, kHeight);
  builder.Line(72, 100, "Leadership was strong.", 10);
  PdfPage page = builder.page();
  EXPECT_TRUE(TakeTurnedText(page).empty());
  EXPECT_EQ(page.words.size(), 3u);
}

// A table turned over the page's text reads first; one under it, after.
TEST(ReadsBeforeText, ReadsTurnedTextByWhereItsMiddleStands) {
  PageBuilder builder(kWidth, kHeight);
  builder.Line(72, 400, "Leadership was strong.", 10);
  builder.Line(72, 413, "Staff were supported.", 10);
  const std::vector<Region> regions = {Region{BuildLines(builder.words()), Region::kWhole, 0}};
  TurnedFrame over;
  over.top = 80;
  over.bottom = 360;
  TurnedFrame under;
  under.top = 440;
  under.bottom = 760;
  EXPECT_TRUE(ReadsBeforeText(over, regions));
  EXPECT_FALSE(ReadsBeforeText(under, regions));
  EXPECT_FALSE(ReadsBeforeText(over, {}));
}

}  // namespace
}  // namespace findings

#include "layout/leaders.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::WordTexts;
using Strings = std::vector<std::string>;
using Words = std::vector<PdfWord>;

// A word in 10 pt type on the baseline at `baseline` (its box 12 pt tall).
PdfWord Word(const std::string& text, double left, double right, double baseline = 100) {
  PdfWord w;
  w.text = text;
  w.left = left;
  w.right = right;
  w.bottom = baseline + 2.5;
  w.top = w.bottom - 12;
  w.font_size = 10;
  return w;
}

// `words`, then stops 2.5 pt wide from `from` to `to` (exclusive), one every `pitch`
// points, as TeX sets a leader on its grid; then `after`.
Words WithStops(Words words, double from, double to, double pitch, const Words& after,
                double baseline = 100) {
  for (double x = from; x < to; x += pitch) words.push_back(Word(".", x, x + 2.5, baseline));
  words.insert(words.end(), after.begin(), after.end());
  return words;
}

TEST(WithoutLeaders, DropsTheStopsLeadingFromAContentsEntryToItsPage) {
  // "Recommendations . . . . . 10": stops 5.4 pt apart (a stop and a space), the
  // first 1.5 pt after the title, where the grid of the page puts it.
  const Words entry =
      WithStops({Word("Recommendations", 72, 147)}, 148.5, 495, 5.4, {Word("10", 522, 532)});
  EXPECT_EQ(WordTexts(WithoutLeaders(entry)), (Strings{"Recommendations", "10"}));
}

TEST(WithoutLeaders, TakesTheLeadersFirstStopOffTheTitleItWasJoinedTo) {
  // "context" ends at 121.5; the grid put the first stop at 123 (1.5 pt on, closer
  // than a word space), and letter spacing made "context." of them.
  const Words joined = WithStops({Word("Local", 72, 96), Word("context.", 98.5, 125.5)}, 128.4, 495,
                                 5.4, {Word("13", 522, 532)});
  const Words read = WithoutLeaders(joined);
  EXPECT_EQ(WordTexts(read), (Strings{"Local", "context", "13"}));
  EXPECT_NEAR(read[1].right, 123, 1e-9);
  // A title's own full stop, off the leader's grid, stays.
  const Words own = WithStops({Word("Methods", 72, 107), Word("etc.", 109.5, 127)}, 131.6, 495, 5.4,
                              {Word("53", 522, 532)});
  EXPECT_EQ(WordTexts(WithoutLeaders(own)), (Strings{"Methods", "etc.", "53"}));
}

TEST(WithoutLeaders, FindsThePageNumberWhereverPopplerReadsIt) {
  // The page numbers of two entries read after both entries' titles and leaders.
  Words page = WithStops({Word("NPS", 72, 87), Word("effectiveness", 89, 154)}, 156.2, 495, 5.4,
                         {Word("The", 72, 87, 115), Word("CRC", 89, 104, 115)});
  page = WithStops(page, 107, 495, 5.4, {Word("49", 522, 532), Word("51", 522, 532, 115)}, 115);
  EXPECT_EQ(WordTexts(WithoutLeaders(page)),
            (Strings{"NPS", "effectiveness", "The", "CRC", "49", "51"}));
}

TEST(WithoutLeaders, KeepsStopsThatLeadToNoNumber) {
  // An ellipsis set as three stops apart, its sentence running on.
  const Words ellipsis =
      WithStops({Word("waited", 72, 102)}, 104, 120, 5.4, {Word("and", 122, 137)});
  EXPECT_EQ(WordTexts(WithoutLeaders(ellipsis)), (Strings{"waited", ".", ".", ".", "and"}));
  // Two stops only, then a number.
  const Words two = WithStops({Word("Overview", 72, 112)}, 114, 124, 5.4, {Word("7", 126, 131)});
  EXPECT_EQ(WordTexts(WithoutLeaders(two)), (Strings{"Overview", ".", ".", "7"}));
}

TEST(WithoutLeaders, KeepsStopsAtNoOnePitch) {
  const Words uneven = {Word("Total", 72, 97), Word(".", 99, 101.5),  Word(".", 104, 106.5),
                        Word(".", 112, 114.5), Word(".", 116, 118.5), Word("12", 130, 140)};
  EXPECT_EQ(WordTexts(WithoutLeaders(uneven)), (Strings{"Total", ".", ".", ".", ".", "12"}));
}

}  // namespace
}  // namespace findings

#include "layout/clipped_copies.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::PageBuilder;
using layout_test::WordTexts;
using Strings = std::vector<std::string>;

constexpr double kSize = 10;
constexpr double kLeft = 57, kRight = 538;
// The window each page shows of the document: the next page's text stands this much
// higher on its page than on the page before.
constexpr double kWindow = 709;

// What a page draws: the glyphs of the words it shows (each word's box from its
// x-height down to its baseline) and rules right across it.
struct Drawing {
  std::vector<PdfBox> marks;
  std::vector<std::pair<double, double>> rules;  // top and bottom, from kLeft to kRight
};

void Show(Drawing& drawing, const std::vector<PdfWord>& words, std::size_t from) {
  for (std::size_t i = from; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    drawing.marks.push_back(
        PdfBox{w.left, w.bottom - 0.75 * kSize, w.right, w.bottom - 0.25 * kSize});
  }
}

// The page with its drawing's probes, as the PDF reader gives them.
PdfPage Drawn(const PdfPage& made, Drawing drawing) {
  PdfPage page = made;
  for (const auto& [top, bottom] : drawing.rules)
    drawing.marks.push_back(PdfBox{kLeft, top, kRight, bottom});
  page.ink = [marks = drawing.marks](const PdfBox& box) -> std::optional<PdfBox> {
    std::optional<PdfBox> found;
    for (const PdfBox& m : marks) {
      const PdfBox in{std::max(m.left, box.left), std::max(m.top, box.top),
                      std::min(m.right, box.right), std::min(m.bottom, box.bottom)};
      if (in.left >= in.right || in.top >= in.bottom) continue;
      if (!found) found = in;
      found = PdfBox{std::min(found->left, in.left), std::min(found->top, in.top),
                     std::max(found->right, in.right), std::max(found->bottom, in.bottom)};
    }
    return found;
  };
  page.drawn_across = [rules = drawing.rules](const PdfBox& box) {
    std::vector<std::pair<double, double>> across;
    for (const auto& [top, bottom] : rules) {
      if (bottom > box.top && top < box.bottom && kLeft <= box.left && kRight >= box.right)
        across.emplace_back(std::max(top, box.top), std::min(bottom, box.bottom));
    }
    return across;
  };
  return page;
}

// Each line's words joined, top to bottom.
Strings Lines(const PdfPage& page) {
  std::vector<PdfWord> words = page.words;
  std::stable_sort(words.begin(), words.end(),
                   [](const PdfWord& a, const PdfWord& b) { return a.bottom < b.bottom; });
  Strings lines;
  double bottom = -1;
  for (const PdfWord& w : words) {
    if (lines.empty() || w.bottom != bottom) lines.emplace_back();
    bottom = w.bottom;
    lines.back() += (lines.back().empty() ? "" : " ") + w.text;
  }
  return lines;
}

constexpr const char* kEnds = "that information was being lost due to insufficient NPS";
constexpr const char* kOpens = "recording and onward communication of relevant information";

// A Qt page painted as a window onto the document, clipped to its text area (y 71 to
// 780): page 1's window ends after "… insufficient NPS", the line under it painted too
// and clipped away; page 2's window opens with that line, under its running head and
// its rule, "… insufficient NPS" painted above it, over the running head, clipped away.
std::vector<PdfPage> PaintedWindows() {
  PageBuilder one;
  one.Line(kLeft, 56, "The effectiveness of probation work", 8);
  one.Line(kLeft, 760, "The CRC and NPS were generally working together well.", kSize);
  one.Line(kLeft, 776, kEnds, kSize);
  Drawing one_drawn;
  Show(one_drawn, one.words(), 0);
  one.Line(kLeft, 776 + 16, kOpens, kSize);  // clipped away

  PageBuilder two;
  two.Line(kLeft, 56, "The effectiveness of probation work", 8);
  Drawing two_drawn;
  Show(two_drawn, two.words(), 0);
  two_drawn.rules.emplace_back(63, 63.7);        // the running head's rule
  two.Line(kLeft, 776 - kWindow, kEnds, kSize);  // clipped away
  const std::size_t shown = two.words().size();
  two.Line(kLeft, 776 + 16 - kWindow, kOpens, kSize);
  two.Line(kLeft, 776 + 32 - kWindow, "from court reports, particularly oral reports.", kSize);
  Show(two_drawn, two.words(), shown);
  return {Drawn(one.page(), one_drawn), Drawn(two.page(), two_drawn)};
}

TEST(DropClippedCopies, DropsTheCopyEachSideOfABreakClippedAway) {
  std::vector<PdfPage> pages = PaintedWindows();
  DropClippedCopies(pages);
  EXPECT_EQ(Lines(pages[0]),
            (Strings{"The effectiveness of probation work",
                     "The CRC and NPS were generally working together well.", kEnds}));
  EXPECT_EQ(Lines(pages[1]), (Strings{"The effectiveness of probation work", kOpens,
                                      "from court reports, particularly oral reports."}));
}

// The copy clipped away over the next page's text area stands on the running head's
// baseline, in its own type: it is a line of its own, not the running head's.
TEST(DropClippedCopies, ReadsACopyApartFromARunningHeadOnItsBaseline) {
  PageBuilder one, two;
  one.Line(kLeft, 776 - kWindow, "The effectiveness of probation work", 8);
  one.Line(kLeft, 776, kEnds, kSize);
  two.Line(kLeft, 776 - kWindow, "The effectiveness of probation work", 8);
  Drawing one_drawn, two_drawn;
  Show(one_drawn, one.words(), 0);
  Show(two_drawn, two.words(), 0);
  two.Line(kLeft, 776 - kWindow, kEnds, kSize);  // clipped away
  const std::size_t shown = two.words().size();
  two.Line(kLeft, 776 + 16 - kWindow, kOpens, kSize);
  Show(two_drawn, two.words(), shown);
  std::vector<PdfPage> pages = {Drawn(one.page(), one_drawn), Drawn(two.page(), two_drawn)};
  DropClippedCopies(pages);
  EXPECT_EQ(Lines(pages[0]), (Strings{"The effectiveness of probation work", kEnds}));
  EXPECT_EQ(Lines(pages[1]), (Strings{"The effectiveness of probation work", kOpens}));
}

// A table row of two lines at the foot of a page, its figure level with the first: the
// next page's window shows the row's second line, and of the first, clipped away
// above it, only the question's words, the figure's cell left out.
TEST(DropClippedCopies, DropsACopyOfARowThatLacksACellLeftOut) {
  PageBuilder one, two;
  one.Line(63, 770, "2.4.1. Does reviewing focus sufficiently on supporting", kSize);
  one.Line(506, 770, "70%", kSize);
  Drawing one_drawn, two_drawn;
  Show(one_drawn, one.words(), 0);
  one.Line(63, 786, "the service user's compliance and engagement?", kSize);  // clipped away
  two.Line(63, 770 - kWindow, "2.4.1. Does reviewing focus sufficiently on supporting",
           kSize);  // clipped away
  two.Line(63, 786 - kWindow, "the service user's compliance and engagement?", kSize);
  Show(two_drawn, two.words(), 7);
  std::vector<PdfPage> pages = {Drawn(one.page(), one_drawn), Drawn(two.page(), two_drawn)};
  DropClippedCopies(pages);
  EXPECT_EQ(Lines(pages[0]),
            (Strings{"2.4.1. Does reviewing focus sufficiently on supporting 70%"}));
  EXPECT_EQ(Lines(pages[1]), (Strings{"the service user's compliance and engagement?"}));
}

// A row of a shaded table at a page's foot, the next page's first row in the table
// going on: where shading is drawn across a line its glyphs cannot be told from it,
// so the line is not taken for a copy clipped away, whatever the next page shows.
TEST(DropClippedCopies, KeepsALineSetOnShading) {
  PageBuilder one, two;
  one.Line(63, 770, "Unpaid work\tA court can include an unpaid work requirement", kSize);
  two.Line(63, 61, "Unpaid work\tA court can include an unpaid work requirement", kSize);
  Drawing one_drawn, two_drawn;
  one_drawn.rules.emplace_back(758, 774);  // the row's shading, under its glyphs
  Show(two_drawn, two.words(), 0);
  std::vector<PdfPage> pages = {Drawn(one.page(), one_drawn), Drawn(two.page(), two_drawn)};
  DropClippedCopies(pages);
  EXPECT_EQ(pages[0].words.size(), 10u);
  EXPECT_EQ(pages[1].words.size(), 10u);
}

// Two words at the same x on two pages, a line clipped away on one of them, are no
// copy of a row: a part holds three words at least and half the other's.
TEST(DropClippedCopies, KeepsALineThatSharesAWordOrTwoWithTheOther) {
  PageBuilder one, two;
  one.Line(63, 770, "community order. Offenders can be required to work for up to 300", kSize);
  two.Line(63, 61, "community order.", kSize);
  Drawing one_drawn, two_drawn;
  Show(two_drawn, two.words(), 0);  // the line on the first page drawn in white, say
  std::vector<PdfPage> pages = {Drawn(one.page(), one_drawn), Drawn(two.page(), two_drawn)};
  DropClippedCopies(pages);
  EXPECT_EQ(pages[0].words.size(), 12u);
}

// Without the pages' drawing nothing tells which copy a reader sees: both stay.
TEST(DropClippedCopies, KeepsBothCopiesOfPagesWithoutTheirDrawing) {
  std::vector<PdfPage> pages = PaintedWindows();
  for (PdfPage& page : pages) {
    page.ink = nullptr;
    page.drawn_across = nullptr;
  }
  DropClippedCopies(pages);
  EXPECT_EQ(Lines(pages[0]).size(), 4u);
  EXPECT_EQ(Lines(pages[1]).size(), 4u);
}

// A line that both pages show (a heading set again where a table goes on) is read twice.
TEST(DropClippedCopies, KeepsALineBothPagesShow) {
  PageBuilder one, two;
  one.Line(kLeft, 700, "Table 3: Caseloads by team", kSize);
  two.Line(kLeft, 80, "Table 3: Caseloads by team", kSize);
  Drawing one_drawn, two_drawn;
  Show(one_drawn, one.words(), 0);
  Show(two_drawn, two.words(), 0);
  std::vector<PdfPage> pages = {Drawn(one.page(), one_drawn), Drawn(two.page(), two_drawn)};
  DropClippedCopies(pages);
  EXPECT_EQ(WordTexts(pages[0].words).size(), 5u);
  EXPECT_EQ(WordTexts(pages[1].words).size(), 5u);
}

}  // namespace
}  // namespace findings

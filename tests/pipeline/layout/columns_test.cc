#include "layout/columns.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::kBold;
using layout_test::kRaise;
using layout_test::kRaisedSize;
using layout_test::PageBuilder;
using layout_test::ReadLines;
using layout_test::Wrap;
using Lines = std::vector<std::string>;

// Two justified columns of 10 pt text on A4, 72–290 and 306–524: a 16 pt gutter.
constexpr double kSize = 10, kPitch = 13;
constexpr double kLeftColumn = 72, kLeftEdge = 290, kRightColumn = 306, kRightEdge = 524;
constexpr double kColumnWidth = kLeftEdge - kLeftColumn;

const char* kLeftText =
    "The service had a clear vision for the delivery of probation services in the region "
    "and its leaders were visible to staff in every office. Staff told us that their "
    "managers supported them well and that they had the time to do their work, although "
    "some said that training had been delayed by the changes to the structure of the "
    "service. Caseloads were manageable in most teams, but the number of vacancies in the "
    "northern offices was high.";
const char* kRightText =
    "Partnerships with the police and with local authorities were strong, and information "
    "about domestic abuse and child safeguarding was shared promptly. The service had worked "
    "well with health providers to improve access to mental health and substance misuse "
    "treatment for people on probation. Accommodation remained a concern: too many people "
    "were released from prison without a settled address across the region.";

// The two columns side by side from `baseline` down; returns the baseline under them.
double AddColumns(PageBuilder& page, double baseline, const Lines& left, const Lines& right) {
  page.JustifiedLines(kLeftColumn, kLeftEdge, baseline, kPitch, left, kSize);
  page.JustifiedLines(kRightColumn, kRightEdge, baseline, kPitch, right, kSize);
  return baseline + kPitch * static_cast<double>(std::max(left.size(), right.size()));
}

std::vector<Region> Regions(const PageBuilder& page) { return PageRegions(page.page(), page.words()); }

// `words` in a font whose boxes stand 2.1 ems tall, deep below the baseline (LM Roman
// Dunhill's): taller than the lines of the usual pitches are apart.
std::vector<PdfWord> InTallBoxes(std::vector<PdfWord> words) {
  for (PdfWord& w : words) {
    w.top -= 0.3 * w.font_size;
    w.bottom += 0.6 * w.font_size;
  }
  return words;
}

TEST(PageRegions, ReadsAOneColumnPageWhole) {
  PageBuilder page;
  const Lines lines = Wrap(kLeftText, kRightEdge - kLeftColumn, kSize);
  page.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch, lines, kSize);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_EQ(regions[0].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[0].lines), lines);
}

TEST(PageRegions, ReadsTwoColumnsOneAfterTheOther) {
  PageBuilder page;
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize), right = Wrap(kRightText, kColumnWidth, kSize);
  AddColumns(page, 100, left, right);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].kind, Region::kColumn);
  EXPECT_EQ(regions[0].column, 0);
  EXPECT_EQ(ReadLines(regions[0].lines), left);
  EXPECT_EQ(regions[1].kind, Region::kColumn);
  EXPECT_EQ(regions[1].column, 1);
  EXPECT_EQ(ReadLines(regions[1].lines), right);
}

// Two columns in a font whose boxes stand far taller than its lines are apart (2.5
// ems for 10 pt type set 13 pt apart, as Chromium's Type 3 fonts' do): each column
// is 218 pt wide, fewer than ten of the boxes' heights but many more of its lines'
// pitch, and is read as a column.
TEST(PageRegions, ReadsColumnsInAFontWhoseBoxesStandFarTallerThanItsLines) {
  PageBuilder page;
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  AddColumns(page, 100, left, right);
  PdfPage tall = page.page();
  for (PdfWord& w : tall.words) {
    w.top -= 0.6 * w.font_size;
    w.bottom += 0.7 * w.font_size;
  }
  ASSERT_LT(kColumnWidth, 10 * (tall.words.front().bottom - tall.words.front().top));
  const std::vector<Region> regions = PageRegions(tall, tall.words);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(ReadLines(regions[0].lines), left);
  EXPECT_EQ(ReadLines(regions[1].lines), right);
}

// A chapter heading across both columns, above them: one that runs well into the
// right column, and one whose last word ends in the gutter, with nothing level
// beyond it.
TEST(PageRegions, ReadsAHeadingAcrossTheColumnsBeforeThem) {
  const struct {
    const char* heading;
    double size;
  } cases[] = {{"2. Findings on the quality of probation work", 14}, {"Findings: Through the Gate work", 16}};
  for (const auto& c : cases) {
    PageBuilder page;
    ASSERT_GT(page.Line(kLeftColumn, 90, c.heading, c.size, kBold), 298) << c.heading;
    const Lines left = Wrap(kLeftText, kColumnWidth, kSize), right = Wrap(kRightText, kColumnWidth, kSize);
    AddColumns(page, 120, left, right);
    const std::vector<Region> regions = Regions(page);
    ASSERT_EQ(regions.size(), 3u) << c.heading;
    EXPECT_EQ(regions[0].kind, Region::kWhole) << c.heading;
    EXPECT_EQ(ReadLines(regions[0].lines), (Lines{c.heading}));
    EXPECT_EQ(ReadLines(regions[1].lines), left) << c.heading;
    EXPECT_EQ(ReadLines(regions[2].lines), right) << c.heading;
  }
}

// A numbered chapter heading across both columns, its number at the margin and its
// text set in a gap and a half of its height after it: one heading, its number
// written with a space, measured against the columns' type, not its own.
TEST(PageRegions, ReadsANumberedHeadingAcrossTheColumnsAsOne) {
  PageBuilder page;
  page.Line(kLeftColumn, 90, "1.", 17, kBold);
  page.Line(kLeftColumn + 50, 90, "Overall judgements and recommendations", 17, kBold);
  AddColumns(page, 120, Wrap(kLeftText, kColumnWidth, kSize),
             Wrap(kRightText, kColumnWidth, kSize));
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), (Lines{"1. Overall judgements and recommendations"}));
}

// Columns above a full-width heading are read before it, the columns below after it.
// Both columns open a paragraph level with each other under the heading: no sign
// of a table's rows.
TEST(PageRegions, ReadsTheColumnsAboveAHeadingAcrossThemBeforeIt) {
  PageBuilder page;
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize), right = Wrap(kRightText, kColumnWidth, kSize);
  double baseline = AddColumns(page, 100, left, right);
  page.Line(kLeftColumn, baseline + 20, "3. Findings on the quality of probation work", 14, kBold);
  AddColumns(page, baseline + 50, right, left);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 5u);
  EXPECT_EQ(ReadLines(regions[0].lines), left);
  EXPECT_EQ(ReadLines(regions[1].lines), right);
  EXPECT_EQ(regions[2].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[2].lines), (Lines{"3. Findings on the quality of probation work"}));
  EXPECT_EQ(ReadLines(regions[3].lines), right);
  EXPECT_EQ(ReadLines(regions[4].lines), left);
}

// The same with a short heading that stops well short of the gutter ("Protecting the
// public"), spanning the columns all the same: the columns leave the room it and the
// space around it take. Where the right column's text runs on beside it instead, the
// heading is the left column's own.
TEST(PageRegions, ReadsAShortHeadingTheColumnsLeaveRoomForBetweenThem) {
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  const char* heading = "Protecting the public";
  PageBuilder spanning;
  double baseline = AddColumns(spanning, 100, left, right);
  spanning.Line(kLeftColumn, baseline + 20, heading, 14, kBold);
  AddColumns(spanning, baseline + 50, right, left);
  std::vector<Region> regions = Regions(spanning);
  ASSERT_EQ(regions.size(), 5u);
  EXPECT_EQ(ReadLines(regions[1].lines), right);
  EXPECT_EQ(regions[2].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[2].lines), (Lines{heading}));
  EXPECT_EQ(ReadLines(regions[3].lines), right);

  PageBuilder own;
  baseline = own.Lines(kLeftColumn, 100, kPitch, left, kSize);
  own.Line(kLeftColumn, baseline + 20, heading, 14, kBold);
  own.Lines(kLeftColumn, baseline + 50, kPitch, right, kSize);
  Lines text = right;
  text.insert(text.end(), left.begin(), left.end());
  own.Lines(kRightColumn, 100, kPitch, text, kSize);
  regions = Regions(own);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].lines.size(), left.size() + 1 + right.size());
}

// The same where the columns above end unlevel, the right one two lines lower, and
// the left column under the heading opens with a head of its own, set lower by its
// own space above it: the right column's text starts close under the heading. The
// heading still spans the columns: the space under it is measured to the nearest line
// under it, in whichever column.
TEST(PageRegions, ReadsAShortHeadingOverAColumnOpeningWithAHeadOfItsOwnBetweenThem) {
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  const char* heading = "Reducing reoffending";
  const char* head = "CRC effectiveness";
  PageBuilder page;
  page.JustifiedLines(kLeftColumn, kLeftEdge, 100, kPitch, Lines(left.begin(), left.end() - 2),
                      kSize);
  const double under = page.JustifiedLines(kRightColumn, kRightEdge, 100, kPitch, left, kSize);
  const double baseline = under - kPitch + 28;
  page.Line(kLeftColumn, baseline, heading, 14, kBold);
  page.Line(kLeftColumn, baseline + 27, head, kSize, kBold);
  page.JustifiedLines(kLeftColumn, kLeftEdge, baseline + 27 + kPitch, kPitch, right, kSize);
  page.JustifiedLines(kRightColumn, kRightEdge, baseline + 18, kPitch, left, kSize);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 5u);
  EXPECT_EQ(ReadLines(regions[1].lines), left);
  EXPECT_EQ(regions[2].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[2].lines), (Lines{heading}));
  Lines opened{head};
  opened.insert(opened.end(), right.begin(), right.end());
  EXPECT_EQ(ReadLines(regions[3].lines), opened);
  EXPECT_EQ(ReadLines(regions[4].lines), left);
}

// The same heading over two tables side by side in smaller type: under it, the right
// column holds only the table's rows, level with the left table's, and they are its
// text all the same (a footnote in smaller type under the columns would not be).
TEST(PageRegions, ReadsAShortHeadingOverTablesSideBySideBetweenTheColumns) {
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  PageBuilder page;
  const double baseline = AddColumns(page, 100, left, right);
  page.Line(kLeftColumn, baseline + 20, "1. Organisational delivery", 14, kBold);
  const char* rows[][2][2] = {{{"1.1 Leadership", "Outstanding"}, {"1.3 Services", "Good"}},
                              {{"1.2 Staff", "Good"}, {"1.4 Information", "Good"}}};
  double row = baseline + 50;
  for (const auto& cells : rows) {
    page.Line(kLeftColumn, row, cells[0][0], 9);
    page.Line(kLeftColumn + 120, row, cells[0][1], 9, kBold);
    page.Line(kRightColumn, row, cells[1][0], 9);
    page.Line(kRightColumn + 120, row, cells[1][1], 9, kBold);
    row += 14;
  }
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 5u);
  EXPECT_EQ(ReadLines(regions[1].lines), right);
  EXPECT_EQ(ReadLines(regions[2].lines), (Lines{"1. Organisational delivery"}));
  EXPECT_EQ(ReadLines(regions[3].lines),
            (Lines{"1.1 Leadership | Outstanding", "1.2 Staff | Good"}));
}

// A footnote across the page's foot under two columns, in 7 pt type over two lines,
// the second short of the gutter: both lines are the footnote's, read after the
// columns; none is read as a column's.
TEST(PageRegions, ReadsTheShortLastLineOfAFootnoteAcrossTheFootWithIt) {
  PageBuilder page;
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize), right = Wrap(kRightText, kColumnWidth, kSize);
  const double baseline = AddColumns(page, 100, left, right);
  page.Line(kLeftColumn, baseline + 30,
            "7 Figures relate to releases from determinate sentences of less than 12 months during 2015 (excluding 15-17 year olds).", 7);
  page.Line(kLeftColumn, baseline + 38, "Source: Ministry of Justice.", 7);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), left);
  EXPECT_EQ(ReadLines(regions[1].lines), right);
  EXPECT_EQ(regions[2].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[2].lines), (Lines{"7 Figures relate to releases from determinate "
                                                "sentences of less than 12 months during 2015 "
                                                "(excluding 15-17 year olds).",
                                                "Source: Ministry of Justice."}));
}

// A table too wide for its narrow cells in the left column: a cell's long word
// ("implementation") spills past the gutter's middle, level with the right
// column's text: a gap away, or less than a word space of the text's type away in
// the table's smaller type. The columns are read apart all the same.
TEST(PageRegions, ReadsAColumnWhoseTableSpillsIntoTheGutterApart) {
  for (const double cell_left : {236.0, 240.0}) {
    PageBuilder page;
    const Lines right = Wrap(kRightText, kColumnWidth, kSize);
    page.JustifiedLines(kRightColumn, kRightEdge, 100, kPitch, right, kSize);
    const Lines cell = Wrap("Despite their best efforts, software implementation was delayed by issues", 54, 9);
    page.Line(kLeftColumn, 108, "1.", 9);
    page.Lines(cell_left, 108, 11, cell, 9);
    ASSERT_TRUE(std::any_of(page.words().begin(), page.words().end(), [](const PdfWord& w) {
      return w.text == "implementation" && w.right > 298 && w.right < kRightColumn;
    })) << cell_left;
    const std::vector<Region> regions = PageRegions(page.words(), {298});
    ASSERT_EQ(regions.size(), 2u) << cell_left;
    EXPECT_EQ(regions[0].kind, Region::kColumn);
    std::string left;
    for (const std::string& line : ReadLines(regions[0].lines))
      left += (left.empty() ? "" : " ") + line;
    EXPECT_EQ(left, "1. | Despite their best efforts, software implementation was delayed by issues") << cell_left;
    EXPECT_EQ(ReadLines(regions[1].lines), right) << cell_left;
  }
}

// A table in the left column's smaller type, its last cells running over the
// gutter where the right column's text, set lower, has no line level with them: a
// word across the gutter ("implementation"; "was lacking.", the second word mostly
// past it), or one just past it after a word space ("software in"), stopping short
// of the right column's middle. No line across the columns: the cell is read with
// the left column.
TEST(PageRegions, ReadsATablesCellRunningOverTheGutterWithTheColumnBeforeIt) {
  struct Case {
    double left;
    const char* cell;
  };
  for (const Case& c :
       {Case{242, "implementation"}, Case{262, "software in"}, Case{270, "was lacking."}}) {
    PageBuilder page;
    page.Line(kLeftColumn, 108, "Enablers", 9);
    page.Line(c.left, 108, c.cell, 9);
    const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
                right = Wrap(kRightText, kColumnWidth, kSize);
    page.JustifiedLines(kLeftColumn, kLeftEdge, 130, kPitch, left, kSize);
    page.JustifiedLines(kRightColumn, kRightEdge, 160, kPitch, right, kSize);
    ASSERT_TRUE(std::any_of(page.words().begin(), page.words().end(), [](const PdfWord& w) {
      return w.right > 298 && w.left < kRightColumn && w.font_size == 9;
    })) << c.cell;
    const std::vector<Region> regions = PageRegions(page.words(), {298});
    ASSERT_EQ(regions.size(), 2u) << c.cell;
    Lines expected{std::string("Enablers | ") + c.cell};
    expected.insert(expected.end(), left.begin(), left.end());
    EXPECT_EQ(ReadLines(regions[0].lines), expected) << c.cell;
    EXPECT_EQ(ReadLines(regions[1].lines), right) << c.cell;
  }
}

// The page of ReadsATablesFiguresRunningOverTheGutterWithTheirRows, its table's last
// figures ending at `figures_end`.
std::vector<Region> TableOfFiguresOverTheGutter(double figures_end, Lines& expected_left,
                                                Lines& expected_right) {
  PageBuilder page;
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  const Lines above(left.begin(), left.begin() + 3), below(left.begin() + 3, left.end());
  expected_right = Lines(right.begin(), right.begin() + 3);
  double baseline = page.JustifiedLines(kLeftColumn, kLeftEdge, 100, kPitch, above, kSize) + 4;
  expected_left = above;
  for (const char* label : {"Control", "Help", "Punish"}) {
    page.Line(kLeftColumn, baseline, label, 9);
    page.RightAligned(196, baseline, "64%", 9);
    page.RightAligned(246, baseline, "81%", 9);
    page.RightAligned(figures_end, baseline, "80%", 9);
    expected_left.push_back(std::string(label) + " | 64% | 81% | 80%");
    baseline += 12;
  }
  page.JustifiedLines(kLeftColumn, kLeftEdge, baseline + 8, kPitch, below, kSize);
  expected_left.insert(expected_left.end(), below.begin(), below.end());
  page.JustifiedLines(kRightColumn, kRightEdge, 100, kPitch, expected_right, kSize);
  return PageRegions(page.words(), {298});
}

// A table of figures in smaller type in the left column, its last cells set flush
// right a little past the column's edge, over the gutter, where the right column has
// no text beside them, and the column's text running on under the table. A figure's
// cell stands far from the cell before it, but its row starts in the column: each
// row is read whole, with the column. Figures reaching past the gutter into the
// right column's text are no cell spilling into the gutter: lines across.
TEST(PageRegions, ReadsATablesFiguresRunningOverTheGutterWithTheirRows) {
  Lines left, right;
  const std::vector<Region> regions = TableOfFiguresOverTheGutter(300, left, right);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(ReadLines(regions[0].lines), left);
  EXPECT_EQ(ReadLines(regions[1].lines), right);
  EXPECT_GT(TableOfFiguresOverTheGutter(kRightColumn + 3, left, right).size(), 2u);
}

// A table too wide for the left column: its row's last cell ("84%") printed over
// the first line of the right column's text. The cell is read with its row.
TEST(PageRegions, ReadsATablesLastCellPrintedOverTheNextColumnWithItsRow) {
  PageBuilder page;
  page.Line(kLeftColumn, 100, "Punish", 9);
  page.Line(180, 100, "69%", 9);
  page.Line(230, 100, "77%", 9);
  page.Line(308, 100, "84%", 9);
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  page.JustifiedLines(kLeftColumn, kLeftEdge, 124, kPitch, left, kSize);
  page.JustifiedLines(kRightColumn, kRightEdge, 100, kPitch, right, kSize);
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  ASSERT_EQ(regions.size(), 2u);
  Lines expected{"Punish | 69% | 77% | 84%"};
  expected.insert(expected.end(), left.begin(), left.end());
  EXPECT_EQ(ReadLines(regions[0].lines), expected);
  EXPECT_EQ(ReadLines(regions[1].lines), right);
}

// A footnote's raised number at the right column's foot, level with a raised
// reference at the end of a line of the left column: the font's tall boxes reach the
// number from the note's line above, but that line is no text it is printed over. The
// number stays with its note.
TEST(PageRegions, KeepsAFootnotesNumberWithItsNoteWhereTheLineAboveReachesIt) {
  PageBuilder page;
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  const double foot = AddColumns(page, 100, left, right) + kPitch;
  page.Line(kLeftColumn, foot, "The reduction^6 ranged widely.", kSize);
  std::vector<PdfWord> words = page.words();
  PageBuilder notes;
  const double note = 8, pitch = 9.5, number = kRaisedSize * kSize;
  notes.Line(kRightColumn, foot - pitch, "Ministry of Justice.", note);
  const double text = notes.Line(kRightColumn + 8, foot - kRaise * note, "4", number) + 1;
  notes.Line(text, foot, "CRC Service Level 9, Community", note);
  for (PdfWord& w : InTallBoxes(notes.words())) {
    w.space_after = w.space_after || w.text == "4";
    words.push_back(w);
  }
  const std::vector<Region> regions = PageRegions(words, {298});
  ASSERT_EQ(regions.size(), 2u);
  const Lines read = ReadLines(regions[1].lines);
  EXPECT_EQ(read.back(), "⁴ CRC Service Level 9, Community");
  EXPECT_EQ(ReadLines(regions[0].lines).back(), "The reduction⁶ ranged widely.");
}

// A table's rows in 9 pt under `baseline`, 14 pt apart, across both columns: each
// label in the left column, its figure flush right in the right one. Returns the
// last row's baseline.
double AddRowsAcross(PageBuilder& page, double baseline) {
  const char* rows[][2] = {{"Assisting sentencing", "86%"},
                           {"Delivering the sentence of the court", "74%"},
                           {"Protecting the public", "58%"}};
  for (const auto& row : rows) {
    baseline += 14;
    page.Line(kLeftColumn + 4, baseline, row[0], 9);
    page.RightAligned(kRightEdge - 4, baseline, row[1], 9);
  }
  return baseline;
}

// A boxed example across both columns under them: its label, short, over its text,
// which runs across the gutter, both set in from the box's edge. The label stands
// nearer the text than the left column's last line, a paragraph's space up: it is
// read with the box, not as the left column's last line.
TEST(PageRegions, ReadsABoxsLabelOverItsTextAcrossTheColumnsWithTheBox) {
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  PageBuilder page;
  const double baseline = AddColumns(page, 100, left, right) + 28;
  page.Line(kLeftColumn + 10, baseline, "Poor practice example:", kSize, kBold);
  const Lines box =
      Wrap(std::string(kLeftText) + " " + kRightText, kRightEdge - kLeftColumn - 20, kSize);
  page.JustifiedLines(kLeftColumn + 10, kRightEdge - 10, baseline + kPitch + 1, kPitch, box, kSize);
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), left);
  EXPECT_EQ(ReadLines(regions[1].lines), right);
  Lines boxed = {"Poor practice example:"};
  boxed.insert(boxed.end(), box.begin(), box.end());
  EXPECT_EQ(ReadLines(regions[2].lines), boxed);
}

// The same on a page whose columns (the right's lines half a pitch down) are a stretch
// between text across the page: the box's label, the stretch's last line, reads with
// the box. A line that stands at its column's edge, not the box text's, as near the
// line over it as the box's text is, or a paragraph's space over the box ends its
// column.
TEST(PageRegions, ReadsABoxsLabelAtTheFootOfAStretchOfColumnsWithTheBox) {
  const struct {
    double x, space_above, space_below;
    bool with_box;
  } cases[] = {{kLeftColumn + 10, 2 * kPitch, kPitch + 1, true},
               {kLeftColumn, 2 * kPitch, kPitch + 1, false},
               {kLeftColumn + 10, kPitch, kPitch + 1, false},
               {kLeftColumn + 10, 3 * kPitch, 2 * kPitch + 1, false}};
  for (const auto& c : cases) {
    const Lines intro = Wrap(kRightText, kRightEdge - kLeftColumn, kSize),
                left = Wrap(kLeftText, kColumnWidth, kSize),
                right = Wrap(kRightText, kColumnWidth, kSize);
    PageBuilder page;
    const double columns =
        page.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch, intro, kSize) + 8;
    page.JustifiedLines(kLeftColumn, kLeftEdge, columns, kPitch, left, kSize);
    page.JustifiedLines(kRightColumn, kRightEdge, columns + kPitch / 2, kPitch, right, kSize);
    const double label = columns + kPitch * static_cast<double>(left.size() - 1) + c.space_above;
    page.Line(c.x, label, "Good practice example:", kSize, kBold);
    const Lines box =
        Wrap(std::string(kLeftText) + " " + kRightText, kRightEdge - kLeftColumn - 20, kSize);
    page.JustifiedLines(kLeftColumn + 10, kRightEdge - 10, label + c.space_below, kPitch, box,
                        kSize);
    const std::vector<Region> regions = Regions(page);
    ASSERT_EQ(regions.size(), 4u) << c.x << " " << c.space_above;
    Lines boxed = box, column = left;
    (c.with_box ? boxed : column)
        .insert((c.with_box ? boxed : column).begin() +
                    (c.with_box ? 0 : static_cast<long>(column.size())),
                "Good practice example:");
    EXPECT_EQ(ReadLines(regions[1].lines), column) << c.x << " " << c.space_above;
    EXPECT_EQ(ReadLines(regions[3].lines), boxed) << c.x << " " << c.space_above;
  }
}

// A paragraph wrapped round a box beside it, then across the page under it: its last
// line beside the box is as near the first line across as the line over it is (one
// pitch), and stays with the column it ends.
TEST(PageRegions, KeepsAParagraphsLineOverItsLinesAcrossInItsColumn) {
  const Lines left = Wrap(std::string(kLeftText) + " " + kRightText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  ASSERT_GT(left.size(), right.size());
  PageBuilder page;
  const double baseline = AddColumns(page, 100, left, right);
  page.JustifiedLines(
      kLeftColumn, kRightEdge, baseline, kPitch,
      Wrap(std::string(kRightText) + " " + kLeftText, kRightEdge - kLeftColumn, kSize), kSize);
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), left);
}

// A table in smaller type set across both columns, between text in columns above
// and below it: each row's label stands in the left column and its figure flush right
// in the right one, further in than a cell gap from where that column's text starts.
// Its header's second cell runs over the gutter, or starts in it, set out to the
// table's grid a little left of where the right column's text starts (a cell of the
// table's own, not one opening at that column's edge). The table reads whole, row by
// row.
TEST(PageRegions, ReadsATableAcrossBothColumnsRowByRow) {
  struct Header {
    double left;
    const char* text;
  };
  for (const Header& header :
       {Header{200, "The proportion of work judged to have been done well enough"},
        Header{kRightColumn - 6, "The proportion of work done well"}}) {
    const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
                right = Wrap(kRightText, kColumnWidth, kSize);
    PageBuilder page;
    double baseline = AddColumns(page, 100, left, right) + 12;
    page.Line(kLeftColumn + 4, baseline, "Outcomes", 9);
    page.Line(header.left, baseline, header.text, 9);
    baseline = AddRowsAcross(page, baseline);
    AddColumns(page, baseline + 24, left, right);
    const std::vector<Region> regions = PageRegions(page.words(), {298});
    ASSERT_EQ(regions.size(), 5u) << header.left;
    EXPECT_EQ(ReadLines(regions[0].lines), left);
    EXPECT_EQ(ReadLines(regions[1].lines), right);
    EXPECT_EQ(regions[2].kind, Region::kWhole);
    EXPECT_EQ(ReadLines(regions[2].lines),
              (Lines{std::string("Outcomes | ") + header.text, "Assisting sentencing | 86%",
                     "Delivering the sentence of the court | 74%", "Protecting the public | 58%"}));
    EXPECT_EQ(ReadLines(regions[3].lines), left);
    EXPECT_EQ(ReadLines(regions[4].lines), right);
  }
}

// A ratings table in smaller type across two narrow columns (A5), between text in
// both: each row's number and label in the left column, its rating inside the right
// one, further in than a cell gap from where that column's text starts, and wider
// than half the column ("Requires improvement"). Its rows read whole, one by one.
TEST(PageRegions, ReadsARatingsTableAcrossNarrowColumnsRowByRow) {
  const double left_column = 40, left_edge = 190, right_column = 206, right_edge = 356;
  const Lines left = Wrap(kLeftText, left_edge - left_column, kSize),
              right = Wrap(kRightText, right_edge - right_column, kSize);
  PageBuilder page(420, 595);
  const auto columns = [&](double baseline) {
    page.JustifiedLines(left_column, left_edge, baseline, kPitch, left, kSize);
    page.JustifiedLines(right_column, right_edge, baseline, kPitch, right, kSize);
    return baseline + kPitch * static_cast<double>(std::max(left.size(), right.size()));
  };
  double baseline = columns(60) + 12;
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"Leadership", "Good"},
      {"Staff", "Requires improvement"},
      {"Services", "Requires improvement"},
      {"Information and facilities", "Requires improvement"}};
  Lines expected;
  for (std::size_t i = 0; i < rows.size(); ++i, baseline += 14) {
    const std::string number = "1." + std::to_string(i + 1);
    page.Line(left_column + 4, baseline, number, 8);
    page.Line(left_column + 34, baseline, rows[i].first, 8);
    page.Line(right_column + 40, baseline, rows[i].second, 8);
    expected.push_back(number + " | " + rows[i].first + " | " + rows[i].second);
  }
  columns(baseline + 12);
  const std::vector<Region> regions = PageRegions(page.words(), {198});
  ASSERT_EQ(regions.size(), 5u);
  EXPECT_EQ(regions[2].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[2].lines), expected);
}

// A ratings table in 8 pt across two columns of 9 pt text, its rows padded: 21 pt
// apart, their lines more than a text height apart (a zebra-striped table's cells'
// padding), each row's label in the first column, its rating inside the second. One
// table still: its rows read whole, one by one.
TEST(PageRegions, ReadsATableAcrossWithPaddedRowsRowByRow) {
  const Lines left = Wrap(kLeftText, kColumnWidth, 9), right = Wrap(kRightText, kColumnWidth, 9);
  PageBuilder page;
  const auto columns = [&](double baseline) {
    page.JustifiedLines(kLeftColumn, kLeftEdge, baseline, 11, left, 9);
    page.JustifiedLines(kRightColumn, kRightEdge, baseline, 11, right, 9);
    return baseline + 11 * static_cast<double>(std::max(left.size(), right.size()));
  };
  double baseline = columns(80) + 16;
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"Unpaid work", "Good"}, {"Through the Gate", "Requires improvement"}};
  Lines expected;
  for (std::size_t i = 0; i < rows.size(); ++i, baseline += 21) {
    const std::string number = "4." + std::to_string(i + 1);
    page.Line(kLeftColumn + 5, baseline, number, 8);
    page.Line(kLeftColumn + 60, baseline, rows[i].first, 8);
    page.Line(kRightColumn + 60, baseline, rows[i].second, 8);
    expected.push_back(number + " | " + rows[i].first + " | " + rows[i].second);
  }
  columns(baseline + 12);
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  ASSERT_EQ(regions.size(), 5u);
  EXPECT_EQ(regions[2].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[2].lines), expected);
}

// The same table with a note under it in the left column, the right column's text
// carrying on level with the note: the note is read with its column, and the text
// beside it with its own, not across as the table's rows are.
TEST(PageRegions, ReadsANoteUnderATableAcrossWithItsColumn) {
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  PageBuilder page;
  double baseline = AddColumns(page, 100, left, right) + 12;
  baseline = AddRowsAcross(page, baseline);
  const char* note = "1 The figures are from the inspection of 2014.";
  page.Line(kLeftColumn, baseline + 12, note, 8);
  page.JustifiedLines(kLeftColumn, kLeftEdge, baseline + 36, kPitch, left, kSize);
  page.JustifiedLines(kRightColumn, kRightEdge, baseline + 12, kPitch, right, kSize);
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  ASSERT_EQ(regions.size(), 5u);
  EXPECT_EQ(ReadLines(regions[2].lines),
            (Lines{"Assisting sentencing | 86%", "Delivering the sentence of the court | 74%",
                   "Protecting the public | 58%"}));
  Lines below = {note};
  below.insert(below.end(), left.begin(), left.end());
  EXPECT_EQ(ReadLines(regions[3].lines), below);
  EXPECT_EQ(ReadLines(regions[4].lines), right);
}

// A table in each column, in smaller type, level with each other: the right one's
// wrapped cells start inside its column, as a table across would, but its rows open
// at the column's edge ("1."): each column's own table, read with its column.
constexpr double kTableRows[] = {260, 310};

// Text in the right column, and under it two rows of numbered cells in smaller type
// in each column, level with each other, the rows `kTableRows` (baselines).
PageBuilder CellsLevelInEachColumn() {
  PageBuilder page;
  page.JustifiedLines(kRightColumn, kRightEdge, 100, kPitch, Wrap(kRightText, kColumnWidth, kSize),
                      kSize);
  const Lines left_cell = {"The CRC valued", "the opinions of", "service users."},
              right_cell = {"Assessments and", "plans were", "usually drawn up."};
  for (const double row : kTableRows) {
    page.Line(kLeftColumn, row, "1.", 9);
    page.Lines(kLeftColumn + 30, row, 11, left_cell, 9);
    page.Line(kRightColumn, row, "1.", 9);
    page.Lines(kRightColumn + 40, row, 11, right_cell, 9);
  }
  return page;
}

TEST(PageRegions, ReadsTablesInEachColumnApartThoughTheirLinesStandLevel) {
  const std::vector<Region> regions = PageRegions(CellsLevelInEachColumn().words(), {298});
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].kind, Region::kColumn);
  EXPECT_EQ(ReadLines(regions[0].lines).front(), "1. | The CRC valued");
  EXPECT_EQ(regions[1].kind, Region::kColumn);
  EXPECT_EQ(ReadLines(regions[1].lines).back(), "usually drawn up.");
}

// The same cells drawn as one bordered table across the gutter: rules run right across
// it over each row and under the last (`rules`, tops; a hairline each). The rows
// read whole, one by one; the text above still reads as its column.
std::vector<Region> RegionsWithRulesAt(const std::vector<double>& rules) {
  const DrawnAcrossProbe drawn = [rules](const PdfBox& box) {
    std::vector<std::pair<double, double>> found;
    if (box.left < kLeftColumn || box.right > kRightEdge) return found;
    for (const double top : rules)
      if (top >= box.top && top + 0.5 <= box.bottom) found.emplace_back(top, top + 0.5);
    return found;
  };
  return PageRegions(CellsLevelInEachColumn().words(), {298}, drawn);
}

TEST(PageRegions, ReadsATableDrawnAcrossTheGutterRowByRow) {
  const std::vector<Region> regions = RegionsWithRulesAt({250, 300, 336});
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(ReadLines(regions[0].lines), Wrap(kRightText, kColumnWidth, kSize));
  EXPECT_EQ(regions[1].kind, Region::kWhole);
  const Lines row = {"1. | The CRC valued | 1. | Assessments and", "the opinions of | plans were",
                     "service users. | usually drawn up."};
  Lines expected = row;
  expected.insert(expected.end(), row.begin(), row.end());
  EXPECT_EQ(ReadLines(regions[1].lines), expected);
}

// One drawing across the gutter is no table's grid (a box's shading behind both
// columns, a rule between them): the cells read with their columns.
TEST(PageRegions, ReadsCellsWithOneDrawingAcrossTheGutterWithTheirColumns) {
  const std::vector<Region> regions = RegionsWithRulesAt({300});
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].kind, Region::kColumn);
  EXPECT_EQ(ReadLines(regions[0].lines).front(), "1. | The CRC valued");
}

// The same drawn table across the first two of three columns, with the third's text
// beside it: the drawing is a table too wide for its column, spilling into the next
// (set over that column's own), not one across the page. The cells read with their
// columns.
TEST(PageRegions, ReadsCellsDrawnAcrossAGutterWithTextBesideThemWithTheirColumns) {
  PageBuilder page;
  const Lines cell = {"The CRC valued", "the opinions of", "service users."};
  for (const double row : kTableRows) {
    page.Line(72, row, "1.", 9);
    page.Lines(96, row, 11, cell, 9);
    page.Line(221, row, "1.", 9);
    page.Lines(245, row, 11, cell, 9);
  }
  page.JustifiedLines(370, 503, 100, kPitch, Wrap(kLeftText, 133, kSize), kSize);
  page.JustifiedLines(370, 503, 240, kPitch, Wrap(kRightText, 133, kSize), kSize);
  const DrawnAcrossProbe drawn = [](const PdfBox& box) {
    std::vector<std::pair<double, double>> found;
    if (box.left > 72 && box.right < 354)
      for (const double top : {250.0, 300.0, 336.0})
        if (top >= box.top && top + 0.5 <= box.bottom) found.emplace_back(top, top + 0.5);
    return found;
  };
  for (const Region& region : PageRegions(page.words(), {213, 362}, drawn))
    for (const std::string& line : ReadLines(region.lines))
      EXPECT_EQ(line.find("The CRC valued | 1."), std::string::npos) << line;
}

// A4 in three columns of 9 pt text, 161 pt wide from x = 39, 217 and 395, 11 pt
// apart, down to `foot` in each.
constexpr double kThreeLefts[] = {39, 217, 395};
constexpr double kThreeWidth = 161;
const std::vector<double> kThreeGutters = {208, 386};

void AddThreeColumns(PageBuilder& page, double foot) {
  const char* const texts[] = {kLeftText, kRightText, kLeftText};
  for (int c = 0; c < 3; ++c) {
    const Lines lines = Wrap(texts[c], kThreeWidth, 9);
    const std::size_t fit = static_cast<std::size_t>((foot - 60) / 11) + 1;
    page.JustifiedLines(
        kThreeLefts[c], kThreeLefts[c] + kThreeWidth, 60, 11,
        Lines(lines.begin(), lines.begin() + static_cast<long>(std::min(fit, lines.size()))), 9);
  }
}

// A drawing of a table's shaded rows (`rows`, each its top and bottom) right across
// the page's three columns, from x = 39 to 556.
DrawnAcrossProbe ShadedRows(std::vector<std::pair<double, double>> rows) {
  return [rows](const PdfBox& box) {
    std::vector<std::pair<double, double>> found;
    if (box.left < 39 || box.right > 556) return found;
    for (const auto& [top, bottom] : rows)
      if (bottom > box.top && top < box.bottom)
        found.emplace_back(std::max(top, box.top), std::min(bottom, box.bottom));
    return found;
  };
}

// Under three columns of text, a summary of ratings across the page in the body's own
// type, its rows 18 pt apart, every other one shaded: each row's number and label in
// the first column, its rating in the third, within a cell gap of where that column's
// text starts (a cell's padding in from the table's edge); the middle column empty
// beside them, as flowing text never leaves it while the next column holds text.
// One table, read row by row.
TEST(PageRegions, ReadsATableOverAnEmptyMiddleColumnRowByRow) {
  PageBuilder page;
  AddThreeColumns(page, 200);
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"Leadership", "Outstanding"},
      {"Staff", "Good"},
      {"Services", "Good"},
      {"Information and facilities", "Good"}};
  Lines expected;
  double baseline = 240;
  std::vector<std::pair<double, double>> shaded;
  for (std::size_t i = 0; i < rows.size(); ++i, baseline += 18) {
    const std::string number = "1." + std::to_string(i + 1);
    page.Line(44, baseline, number, 9);
    page.Line(110, baseline, rows[i].first, 9);
    page.Line(401, baseline, rows[i].second, 9);
    expected.push_back(number + " | " + rows[i].first + " | " + rows[i].second);
    if (i % 2 == 1) shaded.emplace_back(baseline - 12, baseline + 6);
  }
  const std::vector<Region> regions = PageRegions(page.words(), kThreeGutters, ShadedRows(shaded));
  ASSERT_EQ(regions.size(), 4u);
  EXPECT_EQ(regions[3].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[3].lines), expected);
}

// The same rows where the page's drawing shows nothing right across the middle column:
// each column's own lines, the middle one ending short (a glossary's rows, each kept
// whole, where the next does not fit at its foot). They read with their columns.
TEST(PageRegions, ReadsLinesBesideAnEmptyMiddleColumnWithTheirColumnsWhereNothingIsDrawnAcross) {
  PageBuilder page;
  AddThreeColumns(page, 200);
  for (double baseline = 240; baseline < 300; baseline += 18) {
    page.Line(44, baseline, "1.1", 9);
    page.Line(110, baseline, "Leadership", 9);
    page.Line(401, baseline, "Outstanding", 9);
  }
  const std::vector<Region> regions = PageRegions(page.words(), kThreeGutters, ShadedRows({}));
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines).back(), "1.1 | Leadership");
  EXPECT_EQ(ReadLines(regions[2].lines).back(), "Outstanding");
}

// A table across the three columns in 8 pt: its rows' labels run from the first column
// over the first gutter, their figures stand in the third; its header in its type over
// them ("Lowest" in the middle column, beside no text), and the last label wrapped to
// a line of its own under its row. The middle column holds nothing of its own beside
// the rows: one table, read whole with its header and wrapped line.
TEST(PageRegions, ReadsATableOverAMiddleColumnWithItsHeaderAndWrappedLabel) {
  PageBuilder page;
  AddThreeColumns(page, 200);
  page.Line(259, 230, "Lowest", 8);
  page.Line(420, 230, "Highest", 8);
  page.Line(44, 248, "Control: work to protect the public", 8);
  page.Line(402, 248, "64%", 8);
  page.Line(470, 248, "81%", 8);
  page.Line(44, 266, "Punish: compliance and enforcement work", 8);
  page.Line(402, 266, "69%", 8);
  page.Line(470, 266, "84%", 8);
  page.Line(44, 276, "(his or her sentence)", 8);
  const std::vector<Region> regions =
      PageRegions(page.words(), kThreeGutters, ShadedRows({{238, 256}, {274, 280}}));
  ASSERT_EQ(regions.size(), 4u);
  EXPECT_EQ(regions[3].kind, Region::kWhole);
  EXPECT_EQ(
      ReadLines(regions[3].lines),
      (Lines{"Lowest | Highest", "Control: work to protect the public | 64% | 81%",
             "Punish: compliance and enforcement work | 69% | 84%", "(his or her sentence)"}));
}

// Cells in one column only, beside the other's text, are looked at no further: the
// page is not rendered for them.
TEST(PageRegions, LooksAtNoDrawingForCellsInOneColumn) {
  PageBuilder page;
  page.JustifiedLines(kRightColumn, kRightEdge, 250, kPitch, Wrap(kRightText, kColumnWidth, kSize),
                      kSize);
  page.JustifiedLines(kLeftColumn, kLeftEdge, 100, kPitch, Wrap(kLeftText, kColumnWidth, kSize),
                      kSize);
  for (const double row : kTableRows) {
    page.Line(kLeftColumn, row, "1.", 9);
    page.Lines(kLeftColumn + 30, row, 11, {"The CRC valued", "the opinions of", "service users."},
               9);
  }
  int looks = 0;
  const DrawnAcrossProbe drawn = [&looks](const PdfBox&) {
    ++looks;
    return std::vector<std::pair<double, double>>{{250, 251}, {300, 301}};
  };
  PageRegions(page.words(), {298}, drawn);
  EXPECT_EQ(looks, 0);
}

// A contents page in two columns: each entry in the body's type, its page number in
// smaller type flush right in its column, the columns' entries level. The right
// column's numbers stand inside it, past a number before the gutter, as a table
// across's figures would past its label; but a number alone is no row's label: each
// column is read whole.
TEST(PageRegions, ReadsAContentsPageInTwoColumnsColumnByColumn) {
  const char* const left[] = {"Foreword", "Key facts", "Overview", "Recommendations"};
  const char* const right[] = {"Abiding by the sentence", "CRC effectiveness", "NPS effectiveness",
                               "Appendix 1: Methodology"};
  PageBuilder page;
  Lines left_read, right_read;
  for (int i = 0; i < 4; ++i) {
    const double baseline = 100 + 15 * i;
    const std::string left_number = std::to_string(4 + i),
                      right_number = std::to_string(41 + 3 * i);
    page.Line(kLeftColumn, baseline, left[i], kSize);
    page.RightAligned(kLeftEdge, baseline, left_number, 8.5);
    page.Line(kRightColumn, baseline, right[i], kSize);
    page.RightAligned(kRightEdge, baseline, right_number, 8.5);
    left_read.push_back(std::string(left[i]) + " | " + left_number);
    right_read.push_back(std::string(right[i]) + " | " + right_number);
  }
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(ReadLines(regions[0].lines), left_read);
  EXPECT_EQ(ReadLines(regions[1].lines), right_read);
}

// A box in each column in smaller type, their lines level, the right box's a
// padding further in than a cell gap: its lines run the box's width but for each
// paragraph's last, so most of them are no table's cells, and the boxes read apart.
TEST(PageRegions, ReadsBoxesInEachColumnApartThoughTheirLinesStandLevel) {
  const Lines left_text = Wrap(kLeftText, kColumnWidth, kSize),
              right_text = Wrap(kRightText, kColumnWidth, kSize);
  PageBuilder page;
  const double baseline = AddColumns(page, 100, left_text, right_text);
  const double padding = 18;
  const Lines left_box = Wrap(kLeftText, kColumnWidth - 2 * padding, 9);
  const Lines wrapped = Wrap(kRightText, kColumnWidth - 2 * padding, 9);
  const Lines first = {wrapped[0], wrapped[1], wrapped[2], "shared promptly."},
              second = {wrapped[3], wrapped[4], wrapped[5], "for people."};
  page.JustifiedLines(kLeftColumn + padding, kLeftEdge - padding, baseline + 20, 11, left_box, 9);
  page.JustifiedLines(kRightColumn + padding, kRightEdge - padding, baseline + 20, 11, first, 9);
  page.JustifiedLines(kRightColumn + padding, kRightEdge - padding, baseline + 64, 11, second, 9);
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  ASSERT_EQ(regions.size(), 2u);
  Lines left = left_text;
  left.insert(left.end(), left_box.begin(), left_box.end());
  EXPECT_EQ(ReadLines(regions[0].lines), left);
  Lines right = right_text;
  right.insert(right.end(), first.begin(), first.end());
  right.insert(right.end(), second.begin(), second.end());
  EXPECT_EQ(ReadLines(regions[1].lines), right);
}

// A footnote across the page's foot, a word of it on the gutter between its
// neighbours a word space away: it runs across, whatever else of it lies beyond.
TEST(PageRegions, ReadsAFootnoteAcrossTheFootWhole) {
  PageBuilder page;
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize), right = Wrap(kRightText, kColumnWidth, kSize);
  AddColumns(page, 100, left, right);
  const char* footnote = "1 Figures relate to releases from determinate sentences of less than 12 months during 2015.";
  page.Line(kLeftColumn, 780, footnote, 7);
  ASSERT_TRUE(std::any_of(page.words().begin(), page.words().end(),
                          [](const PdfWord& w) { return w.text == "12" && w.left < 298 && w.right > 298; }));
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), left);
  EXPECT_EQ(ReadLines(regions[1].lines), right);
  EXPECT_EQ(regions[2].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[2].lines), (Lines{footnote}));
}

// A table row carried over to a page whose own gutter (its glossary's) is at 298,
// its lines set closer than their font's height (a word processor's single spacing:
// 10 pt type 11 pt apart), so each line's boxes overlap the next's by a sliver: the
// words on the gutter run across it: the word before one is no text printed over
// another's ("of" under "communication"), nor is the next line's word beyond it level
// with it ("offender" over "victim/s?").
TEST(PageRegions, ReadsLinesSetCloserThanTheirFontsHeightAcrossTheGutter) {
  PageBuilder page;
  const double between = 298 - 12;
  const double communication = between - layout_test::kSpaceWidth * kSize - layout_test::TextWidth("communication", kSize);
  const double start = communication - layout_test::TextWidth("3.2.4. Is there good ", kSize);
  page.Line(start, 100, "3.2.4. Is there good communication between offender management and", kSize);
  const double of = communication + layout_test::TextWidth("communicat", kSize);
  page.Line(of - layout_test::TextWidth("victim liaison to support the safety ", kSize), 111,
            "victim liaison to support the safety of victim/s?", kSize);
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_EQ(regions[0].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[0].lines),
            (Lines{"3.2.4. Is there good communication between offender management and",
                   "victim liaison to support the safety of victim/s?"}));
}

// A key figure in display type on the gutter, its description beyond it: no
// column's word spilling over, but a key fact read across.
TEST(PageRegions, ReadsAKeyFigureOnTheGutterWithItsDescription) {
  PageBuilder page;
  ASSERT_GT(page.Line(250, 120, "16,182", 18, kBold), 298);
  page.Line(320, 120, "The number of offenders supervised", kSize);
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  const auto figure = std::find_if(regions.begin(), regions.end(), [](const Region& region) {
    return !region.lines.empty() && region.lines.front().pieces.front().text == "16,182";
  });
  ASSERT_NE(figure, regions.end());
  EXPECT_EQ(figure->kind, Region::kWhole);
  EXPECT_EQ(ReadLines(figure->lines), (Lines{"16,182", "The number of offenders supervised"}));
}

// US Letter in three justified columns of 9 pt text, 14 pt gutters.
// Text, then a table wider than it, its ratings and figures far right of its
// questions, in the text's type; below it, side notes in smaller type beside the text's measure. The column of
// figures, one line to each row, is set further apart than the text's lines, as the
// rows are: a table's cells, not a column, and the page is read whole.
TEST(PageGutters, SeesNoGutterBetweenATablesQuestionsAndItsFigures) {
  PageBuilder page;
  const Lines text = Wrap(std::string(kLeftText) + " " + kRightText + " " + kLeftText + " " + kRightText, 348, 8.5);
  double baseline = page.JustifiedLines(42, 390, 80, 11, text, 8.5) + 10;
  const char* questions[] = {"Does assessment focus on engaging the service user?",
                             "Does assessment focus on the factors linked to offending?",
                             "Does assessment focus on keeping other people safe?",
                             "Does planning focus on engaging the service user?",
                             "Does planning focus on reducing reoffending?",
                             "Does planning focus on keeping other people safe?",
                             "Is the sentence implemented with a focus on engagement?",
                             "Does delivery support the service user's desistance?",
                             "Does delivery support the safety of other people?",
                             "Does reviewing focus on compliance and engagement?"};
  int figure = 57;
  for (const char* question : questions) {
    if (figure % 3 == 0) {  // a standard's row: its rating at the rating column's left
      page.Line(60, baseline, "Assessment is well-informed and analytical", 8.5);
      page.Line(425, baseline, "Good", 8.5);
      baseline += 18;
    }
    page.Line(60, baseline, question, 8.5);
    page.Line(500, baseline, std::to_string(figure++) + "%", 8.5);
    baseline += 18;
  }
  page.Lines(425, baseline + 20, 9,
             Wrap("12 Please note: percentages relating to questions 2.2.3, 2.3.3 and 2.4.3 are "
                  "calculated for the relevant sub-sample, that is, those cases where risk of "
                  "serious harm issues apply, rather than for the total inspected sample.",
                  130, 7.5),
             7.5);
  const std::vector<double> gutters = PageGutters(page.page(), page.words());
  EXPECT_TRUE(gutters.empty()) << gutters.front();
}

// A4 in one column of 8 pt type: a table's rows 16 pt apart, its questions wrapped
// once each (the lines 11 pt apart) but four, and beside each question's first line
// its judgement, one line, in the right column. More of the questions' lines open a
// row than carry one on, so their median pitch is the rows'; their line pitch is the
// narrower, and each judgement opens its row with a question: a table's cells, no
// gutter between them.
TEST(PageGutters, SeesNoGutterBesideATablesQuestionsWrappedOnceEach) {
  PageBuilder page;
  const char* questions[] = {
      "Does assessment focus sufficiently on engaging the service user?",
      "Does assessment focus sufficiently on the factors linked to offending and desistance?",
      "Does planning focus on safety?",
      "Does planning focus sufficiently on reducing reoffending and supporting desistance?",
      "Does reviewing focus on engagement?",
      "Is the sentence implemented effectively with a focus on engaging the service user?",
      "Does delivery support desistance?",
      "Does the implementation and delivery of services support the safety of other people?",
      "Is the allocation of the case prompt?",
      "Is the personal contact with the victim timely, supportive and well informed?"};
  double baseline = 100;
  for (const char* question : questions) {
    page.Line(306, baseline, "Good in most of the cases we inspected", 8);
    baseline = page.Lines(56, baseline, 11, Wrap(question, 230, 8), 8) - 11 + 16;
  }
  const std::vector<double> gutters = PageGutters(page.page(), page.words());
  EXPECT_TRUE(gutters.empty()) << gutters.front();
}

TEST(PageRegions, ReadsThreeColumnsLeftToRight) {
  PageBuilder page(612, 792);
  const Lines first = Wrap(kLeftText, 168, 9), second = Wrap(kRightText, 168, 9);
  const Lines third = Wrap(kLeftText, 168, 9);
  const double lefts[] = {40, 222, 404};
  const Lines* columns[] = {&first, &second, &third};
  for (int c = 0; c < 3; ++c) page.JustifiedLines(lefts[c], lefts[c] + 168, 100, 11, *columns[c], 9);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 3u);
  for (int c = 0; c < 3; ++c) {
    EXPECT_EQ(regions[c].kind, Region::kColumn) << c;
    EXPECT_EQ(regions[c].column, c);
    EXPECT_EQ(ReadLines(regions[c].lines), *columns[c]) << c;
  }
}

// Three columns of 9 pt text (US Letter). Under the first column's text, a small
// table of its own in 7.5 pt, a number and a label to each row; level with its rows,
// the third column's box of 7.5 pt running text, set in from that column's text, one
// line to each row; the second column's text carries on beside both. The first
// column's two cells are no cells before the third column's gutter: they stand in the
// column before the one before it. The page is read column by column.
TEST(PageRegions, CountsOnlyTheColumnBeforeAGuttersCellsForATableAcrossIt) {
  PageBuilder page(612, 792);
  const double lefts[] = {40, 222, 404}, width = 168;
  const Lines text = Wrap(kLeftText, width, 9);
  for (const double left : lefts) page.JustifiedLines(left, left + width, 100, 11, text, 9);
  const double top = 100 + 11 * static_cast<double>(text.size()) + 10;
  page.JustifiedLines(lefts[1], lefts[1] + width, top, 11, text, 9);
  const Lines box = Wrap(
      "The box tells how one woman was helped into work by her officer and a "
      "local charity after her release from prison last year.",
      140, 7.5);
  const char* labels[] = {"Leadership", "Staff", "Services"};
  for (std::size_t i = 0; i < 3; ++i) {
    const double baseline = top + 14 * static_cast<double>(i);
    page.Line(lefts[0], baseline, "1." + std::to_string(i + 1), 7.5);
    page.Line(lefts[0] + 24, baseline, labels[i], 7.5);
    page.Line(lefts[2] + 24, baseline, box[i], 7.5);
  }
  const std::vector<Region> regions = PageRegions(page.words(), {213, 395});
  for (const Region& region : regions)
    EXPECT_NE(region.kind, Region::kWhole) << ReadLines(region.lines).front();
  const auto third =
      std::find_if(regions.rbegin(), regions.rend(), [](const Region& r) { return r.column == 2; });
  ASSERT_NE(third, regions.rend());
  EXPECT_EQ(ReadLines(third->lines).back(), box[2]);
}

// A table of ratings with an empty strip down the page's middle: no two columns of
// text (its first cells end anywhere, its rows start side by side), but one table.
TEST(PageRegions, ReadsATableWithAnEmptyStripDownTheMiddleWhole) {
  PageBuilder page;
  const char* rows[][2] = {{"Leadership", "Good"},
                           {"Staffing", "Requires improvement"},
                           {"Partnerships and services", "Good"},
                           {"Information and facilities", "Outstanding"},
                           {"Assessment", "Requires improvement"},
                           {"Planning", "Inadequate"},
                           {"Implementation and delivery", "Requires improvement"},
                           {"Reviewing", "Good"},
                           {"Court reports and case allocation", "Outstanding"},
                           {"Statutory victim work", "Good"},
                           {"Unpaid work and accredited programmes", "Requires improvement"},
                           {"Through the gate", "Inadequate"}};
  double baseline = 100;
  Lines expected;
  for (const auto& row : rows) {
    page.Line(kLeftColumn, baseline, row[0], kSize);
    page.Line(330, baseline, row[1], kSize);
    expected.push_back(std::string(row[0]) + " | " + row[1]);
    baseline += kPitch + 8;
  }
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_EQ(regions[0].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[0].lines), expected);
}

// A footnote across the foot of two columns, in two lines: one stretch of text
// across the page, read as one region.
TEST(PageRegions, ReadsTheLinesOfAFootnoteAcrossTheFootAsOne) {
  PageBuilder page;
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  AddColumns(page, 100, left, right);
  const Lines footnote = {
      "4 All those sentenced, for offences committed after the implementation of the Offender",
      "Rehabilitation Act 2014, to more than one day and less than 24 months in custody."};
  page.Line(kLeftColumn, 770, footnote[0], 7);
  page.Line(kLeftColumn, 779, footnote[1], 7);
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(regions[2].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[2].lines), footnote);
}

// Footnotes across the foot of two columns in a font whose boxes stand taller (2.1
// ems) than its lines are apart (9 pt in 7 pt type): each line's box reaches well into
// the next one's, where the next line's words before the gutter are not level with a
// word on it, as a column's line beside a table's cell spilling into the gutter would
// be. A footnote's second line starts under its number, set in smaller type (a word
// on the gutter in its first line has no word of its own line just before it); a short
// footnote ends short of the gutter over a long one. The footnotes are read after both
// columns.
TEST(PageRegions, ReadsFootnotesAcrossTheFootInBoxesTallerThanTheirPitchAsOne) {
  PageBuilder page;
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  AddColumns(page, 100, left, right);
  page.Lines(kLeftColumn, 740, 9,
             {"^1 Offender Management Caseload Statistics as at 31 March 2016, Ministry of Justice",
              "^2 Figure for the Derbyshire CRC"},
             7);
  // The third's number in smaller type on its baseline.
  const double number_end = page.Line(kLeftColumn, 758, "4", 5);
  page.Line(number_end + 3.5, 758,
            "All those sentenced for offences committed after the implementation of the Offender",
            7);
  page.Lines(kLeftColumn, 767, 9,
             {"Rehabilitation Act 2014 to more than one day and less than 24 months in custody are",
              "supervised in the community."},
             7);
  const std::vector<Region> regions = PageRegions(InTallBoxes(page.words()), {298});
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), left);
  EXPECT_EQ(regions[2].kind, Region::kWhole);
  EXPECT_EQ(
      ReadLines(regions[2].lines),
      (Lines{
          "¹ Offender Management Caseload Statistics as at 31 March 2016, Ministry of Justice",
          "² Figure for the Derbyshire CRC",
          "4 All those sentenced for offences committed after the implementation of the Offender",
          "Rehabilitation Act 2014 to more than one day and less than 24 months in custody are",
          "supervised in the community."}));
}

// Two columns in a font whose boxes stand taller (2.1 ems) than its lines are apart,
// their lines on two grids (key facts' descriptions, each centred on its figure): the
// second column's raised reference after "NPS" reaches into the box of the line over
// it, and its box overlaps that of the first column's reference, in one size, on a
// line 4.7 pt lower. The two stand on no one line, so the second's is no cell printed
// over the second column from a row of the first: it stays in its column.
TEST(PageRegions, KeepsARaisedReferenceInItsColumnWhereTallBoxesOverlap) {
  PageBuilder page;
  page.Lines(kLeftColumn, 100, 12,
             {"The total number of offenders subject to", "probation supervision across",
              "England and Wales^1"},
             9.5);
  page.Lines(kRightColumn, 95.3, 12,
             {"The number of offenders supervised by", "the NPS South East and Eastern division",
              "of the NPS^1"},
             9.5);
  const std::vector<Region> regions = PageRegions(InTallBoxes(page.words()), {298});
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(ReadLines(regions[1].lines),
            (Lines{"The number of offenders supervised by",
                   "the NPS South East and Eastern division", "of the NPS¹"}));
}

// A paragraph across the page over two columns ends in a full line; the first
// column starts a paragraph's space under it, the second further down. The first
// column's first line stops short of the gutter with nothing beside it, as a short
// last line would, but it stands further under the paragraph than the paragraph's
// line pitch: it is the column's.
TEST(PageRegions, ReadsAColumnsFirstLineAParagraphsSpaceUnderTextAcrossWithTheColumn) {
  PageBuilder page;
  const Lines across = Wrap(kLeftText, kRightEdge - kLeftColumn, kSize);
  double baseline = 100;
  for (std::size_t i = 0; i + 1 < across.size(); ++i, baseline += kPitch)
    page.Justified(kLeftColumn, kRightEdge, baseline, across[i], kSize);
  const Lines left = Wrap(kRightText, kColumnWidth, kSize),
              right = Wrap(kLeftText, kColumnWidth, kSize);
  page.JustifiedLines(kLeftColumn, kLeftEdge, baseline + 8, kPitch, left, kSize);
  page.JustifiedLines(kRightColumn, kRightEdge, baseline + 8 + 2 * kPitch, kPitch, right, kSize);
  const std::vector<Region> regions = PageRegions(page.words(), {298});
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(regions[0].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[0].lines).size(), across.size() - 1);
  EXPECT_EQ(ReadLines(regions[1].lines), left);
  EXPECT_EQ(ReadLines(regions[2].lines), right);
}

// A box floated right of a paragraph, in 9 pt type at its own leading, from x = 330,
// its first line 6 pt under the paragraph's.
const Lines kBox = Wrap(
    "Good practice example: Sam had been sentenced to a community order with a "
    "rehabilitation activity requirement. His responsible officer met him weekly "
    "and referred him to a mentor, who helped him find work.",
    kRightEdge - 330, 9);

// The paragraph `beside` in the first column from `baseline`, the box floated beside
// it; returns the baseline under both.
double AddFloatedBox(PageBuilder& page, double baseline, const Lines& beside) {
  const double text_end =
      page.JustifiedLines(kLeftColumn, kLeftEdge, baseline, kPitch, beside, kSize);
  return std::max(text_end, page.Lines(330, baseline + 6, 11.5, kBox, 9));
}

// A page in one column with a box floated right of a paragraph, the paragraph
// wrapping round it; paragraphs across the page above and below. The box and the text beside it are
// columns of that stretch only; the box stands in the flow before the text that wraps round it and
// is read first.
TEST(PageRegions, ReadsABoxFloatedBesideTheTextBeforeTheTextBesideIt) {
  PageBuilder page;
  const double measure = kRightEdge - kLeftColumn;
  const Lines above = Wrap(kLeftText, measure, kSize), below = Wrap(kRightText, measure, kSize);
  const Lines beside = Wrap(kRightText, kColumnWidth, kSize);
  const double baseline =
      page.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch, above, kSize) + 8;
  page.JustifiedLines(kLeftColumn, kRightEdge, AddFloatedBox(page, baseline, beside) + 8, kPitch,
                      below, kSize);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 4u);
  EXPECT_EQ(regions[0].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[0].lines), above);
  EXPECT_EQ(ReadLines(regions[1].lines), kBox);
  EXPECT_EQ(ReadLines(regions[2].lines), beside);
  EXPECT_EQ(regions[3].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[3].lines), below);
}

// The end of a box carried over to the head of a page, beside the end of the text that
// wraps round it, its first line level with the text's (its own type: no table's
// header): the two are columns, and the box is read first.
TEST(PageRegions, ReadsABoxCarriedOverBesideTheTextAtThePagesHeadFirst) {
  PageBuilder page;
  const Lines beside = Wrap(kRightText, kColumnWidth, kSize);
  const Lines box(kBox.begin(), kBox.begin() + 3);
  const double text_end = page.JustifiedLines(kLeftColumn, kLeftEdge, 100, kPitch, beside, kSize);
  page.Lines(330, 101, 11.5, box, 9);
  const Lines below = Wrap(kLeftText, kRightEdge - kLeftColumn, kSize);
  page.JustifiedLines(kLeftColumn, kRightEdge, text_end + 8, kPitch, below, kSize);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), box);
  EXPECT_EQ(ReadLines(regions[1].lines), beside);
  EXPECT_EQ(ReadLines(regions[2].lines), below);
}

// A page of key facts in a box on the right, under the page's heading on the left,
// over footnotes on the left at the foot: nothing on the left stands beside the box,
// so there are no columns, and the page reads top to bottom.
TEST(StretchColumns, SeesNoColumnsBesideABoxWithNothingBesideIt) {
  PageBuilder page;
  page.Line(kLeftColumn, 80, "Key facts", 20, kBold);
  double baseline = 110;
  for (const char* figure : {"251,170", "8,392", "37%", "74%", "14,339"}) {
    page.Line(330, baseline, figure, 15, kBold);
    baseline = page.Lines(330, baseline + 20, 12.6,
                          Wrap("The number of offenders supervised by the CRC across the area.",
                               kRightEdge - 330, 9),
                          9) +
               6;
  }
  page.Line(kLeftColumn, baseline + 20,
            "1 Offender Management Caseload Statistics, Ministry of Justice", 7.5);
  page.Line(kLeftColumn, baseline + 38, "2 Figure for the Kent, Surrey & Sussex CRC", 7.5);
  EXPECT_TRUE(StretchColumns(page.page(), page.words()).empty());
}

// The same with the paragraph across the page ending in a short line: the strip opens
// there, but the line stands nearer the line across over it than the next line of the
// text beside the box: it is the paragraph's last line, read before the box.
TEST(PageRegions, ReadsTheShortLastLineOfAParagraphOverAFloatedBoxWithIt) {
  PageBuilder page;
  const double measure = kRightEdge - kLeftColumn;
  Lines above = Wrap(kLeftText, measure, kSize);
  above.back() = "number of vacancies in the northern offices was high, as in the following two";
  above.push_back("examples:");
  const Lines beside = Wrap(kRightText, kColumnWidth, kSize);
  AddFloatedBox(page, page.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch, above, kSize) + 8,
                beside);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), above);
  EXPECT_EQ(ReadLines(regions[1].lines), kBox);
  EXPECT_EQ(ReadLines(regions[2].lines), beside);
}

// A paragraph wrapping round a box floated right whose first line stands a line lower
// than the paragraph's (its padding level with the paragraph's first line), at a
// leading of its own a little wider than the text's: its lines share rows with the
// text's, till the wider leading has drawn them apart. The paragraph's first line
// beside the padding is the text's beside the box, not a short last line of the text
// over it (the next line of its column, in the next row, is a line's pitch under it).
TEST(PageRegions, ReadsTheFirstLineOfTextWrappingRoundABoxSetALineLowerWithTheTextBesideIt) {
  PageBuilder page;
  const Lines above = Wrap(kLeftText, kRightEdge - kLeftColumn, kSize);
  const Lines beside = Wrap(std::string(kRightText) + " " + kLeftText, kColumnWidth, kSize);
  const Lines box = Wrap(std::string(kBox[0]) + " " + kRightText, kRightEdge - 330, 9);
  ASSERT_GE(box.size(), 10u);
  ASSERT_GT(beside.size(), box.size());
  const double first = page.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch, above, kSize) + 8;
  page.JustifiedLines(kLeftColumn, kLeftEdge, first, kPitch, beside, kSize);
  page.Lines(330, first + kPitch - 3, kPitch + 1, box, 9);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), above);
  EXPECT_EQ(ReadLines(regions[1].lines), box);
  EXPECT_EQ(ReadLines(regions[2].lines), beside);
}

// An introduction across the page over two columns of text in the same type on one
// baseline grid: the columns' lines stand level line by line, but each opens its
// paragraphs where it happens to. They are columns, read one after the other.
TEST(PageRegions, ReadsTwoColumnsOnOneGridUnderAnIntroductionAcrossThePage) {
  PageBuilder page;
  const Lines intro = Wrap(kLeftText, kRightEdge - kLeftColumn, kSize);
  const double baseline =
      page.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch, intro, kSize) + kPitch;
  Lines left, right;
  for (const char* text : {kRightText, kLeftText, kRightText}) {
    const Lines paragraph = Wrap(text, kColumnWidth, kSize);
    left.insert(left.end(), paragraph.begin(), paragraph.end());
    left.push_back("");  // a paragraph's space
  }
  for (const char* text : {kLeftText, kRightText, kLeftText}) {
    const Lines paragraph = Wrap(text, kColumnWidth, kSize);
    right.insert(right.end(), paragraph.begin() + 2, paragraph.end());  // carried on
    right.push_back("");
  }
  const auto set = [&](double x, const Lines& lines) {
    double y = baseline;
    for (const std::string& line : lines) {
      if (!line.empty()) page.Line(x, y, line, kSize);
      y += kPitch;
    }
  };
  set(kLeftColumn, left);
  set(kRightColumn, right);
  const std::vector<ColumnStretch> stretches = StretchColumns(page.page(), page.words());
  ASSERT_EQ(stretches.size(), 1u);
  ASSERT_EQ(stretches[0].gutters.size(), 1u);
  EXPECT_GT(stretches[0].gutters[0], kLeftEdge);
  EXPECT_LT(stretches[0].gutters[0], kRightColumn);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), intro);
  EXPECT_EQ(ReadLines(regions[1].lines).front(), left.front());
  EXPECT_EQ(ReadLines(regions[2].lines).front(), right.front());
}

// Paragraphs of justified text one under another, a blank line between them, from
// `baseline` in the column from `left` to `right`; returns all their lines.
Lines SetParagraphs(PageBuilder& page, double left, double right, double baseline,
                    const std::vector<std::string>& texts) {
  Lines all;
  for (const std::string& text : texts) {
    const Lines paragraph = Wrap(text, right - left, kSize);
    baseline = page.JustifiedLines(left, right, baseline, kPitch, paragraph, kSize) + kPitch;
    all.insert(all.end(), paragraph.begin(), paragraph.end());
  }
  return all;
}

// Two columns in one type under an introduction across the page, on one baseline
// grid, so that their lines stand level line by line: the left opens no paragraph
// while the right's text runs, the right opens two where the left's runs on through
// in full lines (where a table's row would end in all its cells at once). They are
// columns, read one after the other.
TEST(StretchColumns, SeesColumnsThatBreakTheirParagraphsWhereTheOthersRunOn) {
  PageBuilder page;
  const Lines intro = Wrap(kLeftText, kRightEdge - kLeftColumn, kSize);
  const double baseline =
      page.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch, intro, kSize) + kPitch;
  const Lines left = SetParagraphs(page, kLeftColumn, kLeftEdge, baseline,
                                   {std::string(kLeftText) + " " + kRightText, kRightText});
  const Lines right = SetParagraphs(
      page, kRightColumn, kRightEdge, baseline,
      {"Partnerships with the police and with local authorities were strong, and information "
       "about domestic abuse was shared promptly.",
       "The service had worked well with health providers to improve access to mental health "
       "treatment for people on probation.",
       "Accommodation remained a concern: too many people were released from prison without a "
       "settled address."});
  const std::vector<ColumnStretch> stretches = StretchColumns(page.page(), page.words());
  ASSERT_EQ(stretches.size(), 1u);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), intro);
  EXPECT_EQ(ReadLines(regions[1].lines), left);
  EXPECT_EQ(ReadLines(regions[2].lines), right);
}

// The stretches in columns of a page where `table` is set (from the baseline given,
// returning the baseline under it) between paragraphs across the page.
std::vector<ColumnStretch> StretchesAroundTable(
    const std::function<double(PageBuilder&, double)>& table) {
  PageBuilder page;
  const double measure = kRightEdge - kLeftColumn;
  const double baseline = page.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch,
                                              Wrap(kLeftText, measure, kSize), kSize) +
                          8;
  page.JustifiedLines(kLeftColumn, kRightEdge, table(page, baseline) + 8, kPitch,
                      Wrap(kRightText, measure, kSize), kSize);
  return StretchColumns(page.page(), page.words());
}

// A glossary between paragraphs across the page, no space between its rows: each
// term justified over its row's first lines on the left, its definition on the right.
// The terms open their rows where the definitions run on without a break, but in a
// definition's last line, short in four rows of six: it is a table, no columns.
TEST(StretchColumns, SeesNoColumnsInAGlossaryWithNoSpaceBetweenItsRows) {
  const char* const terms[] = {
      "Integrated offender management: the police, probation and partners together",
      "Rehabilitation activity requirement: days of work that a court orders",
      "Multi-agency public protection arrangements for violent and sexual offenders",
      "Through the Gate services for those serving sentences of more than one day",
      "Transforming Rehabilitation: the government's programme from June 2014",
      "Sexual offences prevention order: a civil measure available to the court"};
  EXPECT_TRUE(StretchesAroundTable([&](PageBuilder& page, double baseline) {
                for (int row = 0; row < 6; ++row) {
                  page.JustifiedLines(kLeftColumn, kLeftEdge, baseline, kPitch,
                                      Wrap(terms[row], kColumnWidth, kSize), kSize);
                  const Lines definition =
                      Wrap(row % 2 == 0 ? kRightText : kLeftText, kColumnWidth, kSize);
                  for (std::size_t i = 0; i < definition.size(); ++i, baseline += kPitch) {
                    // Two rows' definitions end in a full line.
                    if (i + 1 < definition.size() || row < 2)
                      page.Justified(kRightColumn, kRightEdge, baseline, definition[i], kSize);
                    else page.Line(kRightColumn, baseline, definition[i], kSize);
                  }
                }
                return baseline;
              }).empty());
}

// A table of enablers and barriers between paragraphs across the page, every line of
// its cells full, its rows 3 pt apart, a short cell beside a long one in each: a
// short cell opens its row where the other's text steps down a little more than a
// line, not on at its pitch. It is a table, no columns.
TEST(StretchColumns, SeesNoColumnsInATableWithLittleSpaceBetweenItsRows) {
  const char* const shorter =
      "Partnerships with the police and with local authorities were strong, and information "
      "about domestic abuse was shared promptly.";
  EXPECT_TRUE(StretchesAroundTable([&](PageBuilder& page, double baseline) {
                const auto cell = [&](double left, double right, const char* text) {
                  double y = baseline;
                  for (const std::string& line : Wrap(text, right - left, kSize)) {
                    page.Justified(left, right, y, line, kSize);
                    y += kPitch;
                  }
                  return y;
                };
                for (int row = 0; row < 4; ++row) {
                  const double enablers =
                      cell(kLeftColumn, kLeftEdge, row % 2 == 1 ? shorter : kLeftText);
                  const double barriers =
                      cell(kRightColumn, kRightEdge, row % 2 == 1 ? kRightText : shorter);
                  baseline = std::max(enablers, barriers) + 3;
                }
                return baseline;
              }).empty());
}

// A table between paragraphs across the page: questions wrapped over lines on the
// left, each row's rating or figure centred in its row on the right (level with the
// row's middle line), so that the rows' first lines and the ratings open apart. The
// ratings are no column of text (most of its lines a figure): it is a table.
TEST(StretchColumns, SeesNoColumnsInATableOfQuestionsAndCentredRatings) {
  EXPECT_TRUE(StretchesAroundTable([](PageBuilder& page, double baseline) {
                for (const char* rating : {"Requires improvement overall", "70%", "64%", "51%"}) {
                  const Lines question = Wrap(kRightText, 280, kSize);
                  const double middle = static_cast<double>((question.size() - 1) / 2);
                  page.Line(375, baseline + middle * kPitch, rating, kSize);
                  baseline = page.Lines(kLeftColumn, baseline, kPitch, question, kSize) + 8;
                }
                return baseline;
              }).empty());
}

// Ratings tables between paragraphs across the page, one under each domain's heading
// in larger type: the first row a little under 1.3 row pitches below its heading,
// the domains wider apart, the last table's ratings further right. Only the headings
// open the labels' side apart from the ratings'; the rows open both sides together:
// it is a table, no columns.
TEST(StretchColumns, SeesNoColumnsInRatingsTablesUnderHeadingsInLargerType) {
  EXPECT_TRUE(
      StretchesAroundTable([](PageBuilder& page, double baseline) {
        const double row_pitch = 1.5 * kPitch;
        const std::vector<std::vector<const char*>> domains = {
            {"Leadership", "Good", "Staff", "Requires improvement", "Services",
             "Requires improvement", "Information and facilities", "Requires improvement"},
            {"Assessment", "Outstanding", "Planning", "Good", "Implementation and delivery",
             "Requires improvement", "Reviewing", "Requires improvement"},
            {"Court reports and case allocation", "Good", "Statutory victim work", "Good"}};
        int domain = 0;
        for (const auto& rows : domains) {
          ++domain;
          page.Line(kLeftColumn, baseline,
                    std::to_string(domain) + ". Domain heading number " + std::to_string(domain),
                    1.35 * kSize, kBold);
          baseline += 1.25 * row_pitch;
          for (std::size_t i = 0; i + 1 < rows.size(); i += 2, baseline += row_pitch) {
            page.Line(kLeftColumn, baseline,
                      std::to_string(domain) + "." + std::to_string(i / 2 + 1), kSize);
            page.Line(kLeftColumn + 30, baseline, rows[i], kSize);
            page.Line(domain < 3 ? kRightColumn : kRightColumn + 100, baseline, rows[i + 1], kSize);
          }
          baseline += row_pitch;
        }
        return baseline;
      }).empty());
}

// A table of enablers and barriers between paragraphs across the page: its header's
// cells and its rows' first lines stand level, in one type. It is no stretch of
// columns: it reads row by row.
TEST(StretchColumns, SeesNoColumnsInATableBetweenParagraphs) {
  PageBuilder page;
  const double measure = kRightEdge - kLeftColumn;
  double baseline = page.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch,
                                        Wrap(kLeftText, measure, kSize), kSize) +
                    8;
  page.Line(kLeftColumn, baseline, "Enablers", kSize, kBold);
  page.Line(kRightColumn, baseline, "Barriers", kSize, kBold);
  baseline += kPitch + 6;
  for (int row = 0; row < 2; ++row) {
    const double enablers =
        page.Lines(kLeftColumn, baseline, kPitch, Wrap(kLeftText, 200, kSize), kSize);
    const double barriers =
        page.Lines(kRightColumn, baseline, kPitch, Wrap(kRightText, 200, kSize), kSize);
    baseline = std::max(enablers, barriers) + 6;
  }
  page.JustifiedLines(kLeftColumn, kRightEdge, baseline + 8, kPitch,
                      Wrap(kRightText, measure, kSize), kSize);
  EXPECT_TRUE(StretchColumns(page.page(), page.words()).empty());
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_EQ(ReadLines(regions[0].lines)[Wrap(kLeftText, measure, kSize).size()],
            "Enablers | Barriers");
}

// A table of outcomes: each row's label wrapped over lines on the left, its figures
// on its first line, under a header of five lines over the figures that starts
// further left than they do. The figures' side is no column: its lines do not start
// at one edge.
TEST(StretchColumns, SeesNoColumnsInATableOfFiguresUnderAHeader) {
  PageBuilder page;
  const double measure = kRightEdge - kLeftColumn;
  double baseline = page.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch,
                                        Wrap(kLeftText, measure, kSize), kSize) +
                    8;
  for (const char* header : {"Scores from the English", "regions that have been",
                             "inspected to date", "Lowest High- Aver-", "est age"}) {
    page.Line(330, baseline, header, kSize);
    baseline += kPitch;
  }
  for (const char* label :
       {"'Control' - 'Risk of Harm to others' work (action to protect the public)",
        "'Help' and 'Change' - Likelihood of Reoffending work (individual less likely to reoffend)",
        "'Punish' - Compliance and Enforcement work (individual serves his/her sentence)"}) {
    page.Line(420, baseline, "64% 81% 70%", kSize);
    baseline = page.Lines(kLeftColumn, baseline, kPitch, Wrap(label, 200, kSize), kSize) + 4;
  }
  page.JustifiedLines(kLeftColumn, kRightEdge, baseline + 8, kPitch,
                      Wrap(kRightText, measure, kSize), kSize);
  EXPECT_TRUE(StretchColumns(page.page(), page.words()).empty());
}

// The same table set as groff's tbl sets it: the labels' column (its cells wrapped
// over two lines each) apart from the figures' by a narrow strip, the header over the
// figures' columns only, its cells wrapped over more lines than the labels' rows
// leave level with them. The labels' first line stands level with the first row of
// figures: a table's first row, no column of its own.
TEST(StretchColumns, SeesNoColumnsInATableWhoseLabelsStartLevelWithItsFirstRow) {
  PageBuilder page;
  const double measure = kRightEdge - kLeftColumn;
  double baseline = page.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch,
                                        Wrap(kLeftText, measure, kSize), kSize) +
                    8;
  const double figures = 300;
  for (const char* header : {"Scores from the English regions", "that have been inspected",
                             "Lowest High- Aver-", "est age"}) {
    page.Line(figures, baseline, header, kSize);
    baseline += kPitch;
  }
  for (const char* label :
       {"'Control' - 'Risk of Harm to others' work (action to protect the public)",
        "'Help' and 'Change' - Likelihood of Reoffending work (individual less likely to reoffend)",
        "'Punish' - Compliance and Enforcement work (individual serves his/her sentence)"}) {
    page.Line(figures, baseline, "64% 81% 70%", kSize);
    baseline = page.Lines(kLeftColumn, baseline, kPitch, Wrap(label, 200, kSize), kSize) + 4;
  }
  page.JustifiedLines(kLeftColumn, kRightEdge, baseline + 8, kPitch,
                      Wrap(kRightText, measure, kSize), kSize);
  EXPECT_TRUE(StretchColumns(page.page(), page.words()).empty());
}

// A table of enablers and barriers in 9 pt type, set across the columns of 10 pt text,
// each row's number at the margin and on the table's grid in the gutter (8 pt after
// the first line of the row's left cell), its cells set in past the numbers. The
// first line is a line across the page; the lines under it, each row's wrapped cells,
// keep apart at the gutter but are the table's, not the columns': the columns under
// the table are a stretch of their own, from their first line. Over the table, two
// columns (the left cell's second line, longer, closes the strip they leave) or
// nothing: the table heads the page.
TEST(StretchColumns, SeesColumnsUnderATableAcrossThemFromTheirFirstLine) {
  for (const bool columns_above : {true, false}) {
    PageBuilder page;
    const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
                right = Wrap(kRightText, kColumnWidth, kSize);
    // Columns of text, the right's lines half a pitch down (no table's rows side by side).
    const auto set_columns = [&](double top, const Lines& left_lines, const Lines& right_lines) {
      page.JustifiedLines(kLeftColumn, kLeftEdge, top, kPitch, left_lines, kSize);
      return page.JustifiedLines(kRightColumn, kRightEdge, top + kPitch / 2, kPitch, right_lines,
                                 kSize);
    };
    double baseline = columns_above ? set_columns(100, left, right) + 8 : 100;
    constexpr double kTableSize = 9, kTablePitch = 11, kCell = 102, kRightCell = 330;
    const double second_line_end = columns_above ? kLeftEdge + 6 : kLeftEdge;
    page.Line(kLeftColumn, baseline, "1.", kTableSize);
    page.Line(kLeftEdge + 8, baseline, "1.", kTableSize);
    page.Justified(kCell, kLeftEdge, baseline, "Staff were able to accurately assess the risk of",
                   kTableSize);
    page.Justified(kCell, second_line_end, baseline + kTablePitch,
                   "harm posed by offenders in nearly all of the cases", kTableSize);
    page.Line(kCell, baseline + 2 * kTablePitch, "we inspected.", kTableSize);
    page.JustifiedLines(kRightCell, kRightEdge, baseline, kTablePitch,
                        Wrap("Staff needed to improve their focus on planning and delivering "
                             "interventions to manage the risk of harm.",
                             kRightEdge - kRightCell, kTableSize),
                        kTableSize);
    baseline += 3 * kTablePitch + 4;
    page.Line(kLeftColumn, baseline, "2.", kTableSize);
    page.JustifiedLines(kCell, kLeftEdge, baseline, kTablePitch,
                        Wrap("Some staff had the necessary skills to engage offenders "
                             "effectively and manage the risk of harm they posed.",
                             kLeftEdge - kCell, kTableSize),
                        kTableSize);
    const double columns = baseline + 3 * kTablePitch + 12;
    const Lines under_left = Wrap(std::string(kRightText) + " " + kLeftText, kColumnWidth, kSize),
                under_right = Wrap(std::string(kLeftText) + " " + kRightText, kColumnWidth, kSize);
    const double foot = set_columns(columns, under_left, under_right);
    const std::vector<ColumnStretch> stretches = StretchColumns(page.page(), page.words());
    ASSERT_EQ(stretches.size(), columns_above ? 2u : 1u) << columns_above;
    EXPECT_NEAR(stretches.back().top, columns - layout_test::kAscent * kSize, 0.5) << columns_above;
    EXPECT_NEAR(stretches.back().bottom, foot - kPitch + layout_test::kDescent * kSize, 0.5)
        << columns_above;
    const std::vector<Region> regions = Regions(page);
    ASSERT_GE(regions.size(), 2u);
    EXPECT_EQ(ReadLines(regions[regions.size() - 2].lines), under_left) << columns_above;
    EXPECT_EQ(ReadLines(regions.back().lines), under_right) << columns_above;
  }
}

// Two columns in 9 pt type (the right's lines half a pitch down) between paragraphs
// across the page in the body's 10 pt, every line of the first full: right under its
// last line, or under a line across in their own type a paragraph's space over them.
// Neither carries the line across on as a table's rows would: the columns are a
// stretch from their first line.
TEST(StretchColumns, SeesColumnsInSmallerTypeUnderALineAcrossThatTheyDoNotCarryOn) {
  constexpr double kBoxSize = 9, kBoxPitch = 11;
  for (const bool lead_in : {false, true}) {
    PageBuilder page;
    const double measure = kRightEdge - kLeftColumn;
    double baseline = 100;
    for (const std::string& line :
         Wrap(std::string(kLeftText) + " " + kRightText, measure, kSize)) {
      page.Justified(kLeftColumn, kRightEdge, baseline, line, kSize);
      baseline += kPitch;
    }
    baseline += kBoxPitch - kPitch;
    if (lead_in) {
      page.Justified(kLeftColumn, kRightEdge, baseline,
                     "The following table identifies the key enablers and barriers to the work "
                     "of the service in the region:",
                     kBoxSize);
      baseline += 2.5 * kBoxPitch;
    }
    const Lines left = Wrap(kLeftText, kColumnWidth, kBoxSize),
                right = Wrap(kRightText, kColumnWidth, kBoxSize);
    page.Lines(kLeftColumn, baseline, kBoxPitch, left, kBoxSize);
    const double foot =
        page.Lines(kRightColumn, baseline + kBoxPitch / 2, kBoxPitch, right, kBoxSize);
    page.JustifiedLines(kLeftColumn, kRightEdge, foot + 12, kPitch,
                        Wrap(std::string(kRightText) + " " + kLeftText, measure, kSize), kSize);
    const std::vector<ColumnStretch> stretches = StretchColumns(page.page(), page.words());
    ASSERT_EQ(stretches.size(), 1u) << lead_in;
    EXPECT_NEAR(stretches[0].top, baseline - layout_test::kAscent * kBoxSize, 0.5) << lead_in;
  }
}

// A chapter's endnotes in a rail beside the text: 8 pt justified notes, 110 pt wide (under ten
// heights of the body's 10 pt boxes, over ten of their own), a gutter right of the
// text's 10 pt justified column. `note_count` notes from `first_note` on, from the
// head of the page; the text runs on down the page past them. Returns the rail's lines.
constexpr double kRailLeft = 420, kRailRight = 530, kRailSize = 8, kRailPitch = 10;
const char* const kRailNotes[] = {
    "1 Offender Management Caseload Statistics as at 31 March 2016, Ministry of Justice",
    "2 Figure for the Derbyshire, Nottinghamshire, Leicestershire & Rutland CRC",
    "3 CRC Service Level 9, Community Performance Quarterly Statistics, Ministry of Justice",
    "4 Multi-Agency Public Protection Arrangements (MAPPA) Annual Report, Ministry of Justice",
    "5 Figures relating to releases from determinate sentences of less than twelve months, "
    "excluding younger offenders, throughout England"};

Lines AddTextBesideRail(PageBuilder& page, std::size_t first_note, std::size_t note_count) {
  const std::string text =
      std::string(kLeftText) + " " + kRightText + " " + kLeftText + " " + kRightText;
  page.JustifiedLines(kLeftColumn, 390, 100, kPitch, Wrap(text, 390 - kLeftColumn, kSize), kSize);
  Lines rail;
  double baseline = 100;
  for (std::size_t n = first_note; n < first_note + note_count; ++n) {
    const Lines note = Wrap(kRailNotes[n], kRailRight - kRailLeft, kRailSize);
    baseline =
        page.JustifiedLines(kRailLeft, kRailRight, baseline, kRailPitch, note, kRailSize) + 3;
    rail.insert(rail.end(), note.begin(), note.end());
  }
  return rail;
}

// The rail runs down the page a column's worth of lines: measured in its own type it
// is wide enough for a column, and it is read as one, after the text, not line by line
// with the text beside it.
TEST(PageRegions, ReadsARailOfNotesInSmallerTypeBesideTheTextAsAColumn) {
  PageBuilder page;
  const Lines rail = AddTextBesideRail(page, 0, 4);
  const std::vector<Region> regions = Regions(page);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].kind, Region::kColumn);
  EXPECT_EQ(regions[1].kind, Region::kColumn);
  // The rail's lines, whatever cells a short justified line's wide spaces make.
  Lines read = ReadLines(regions[1].lines);
  for (std::string& line : read) {
    for (std::size_t at; (at = line.find(" | ")) != std::string::npos;) line.replace(at, 3, " ");
  }
  EXPECT_EQ(read, rail);
}

// A single note beside a paragraph, a few lines only, shows no page's gutter, and a
// stretch's column measures in the page's type, for which it is too narrow: it is no
// box floated beside the text, read before it (the blocks read it as a side note,
// after the paragraph beside it).
TEST(StretchColumns, SeesNoColumnsBesideAFewLinesOfANoteInSmallerType) {
  PageBuilder page;
  AddTextBesideRail(page, 4, 1);
  EXPECT_TRUE(PageGutters(page.page(), page.words()).empty());
  EXPECT_TRUE(StretchColumns(page.page(), page.words()).empty());
}

// A panel of key facts: each figure, in large type, beside its description;
// footnotes at the page's foot end short of the descriptions. Neither the figures
// nor the footnotes reach a gutter: the descriptions are no column.
TEST(PageGutters, AFigureBesideItsDescriptionIsNoColumn) {
  PageBuilder page;
  double baseline = 100;
  for (const char* figure : {"16,182", "1,384", "12%", "21"}) {
    page.Line(kRightColumn, baseline + 13, figure, 18, kBold);
    page.JustifiedLines(380, kRightEdge, baseline, kPitch, Wrap(kRightText, kRightEdge - 380, kSize), kSize);
    baseline += 90;
  }
  for (const char* footnote : {"1 Offender Management Caseload Statistics, Ministry of Justice, 2016",
                               "2 Figure for the Derbyshire, Nottinghamshire, Leicestershire CRC",
                               "3 Community Performance Quarterly Statistics, Ministry of Justice",
                               "4 MAPPA Annual Report as at 31 March 2015, Ministry of Justice"}) {
    page.Line(kLeftColumn, baseline, footnote, 8);
    baseline += 10;
  }
  EXPECT_EQ(PageGutters(page.page(), page.words()), std::vector<double>{});
}

// A page of two-column text's document has its gutter at 298, between the columns.
const std::vector<double> kDocumentGutters = {298, 298.5, 297.5};

// The last rows of a table carried over to a page of their own, set column by
// column: two rows on the left, the third at the head of the right column, level
// with the first.
PageBuilder CarriedOverRows() {
  PageBuilder page;
  page.Line(kLeftColumn, 100, "2.2 Planning", kSize);
  page.Line(230, 100, "Inadequate", kSize);
  page.Line(kLeftColumn, 121, "2.3 Implementation and delivery", kSize);
  page.Line(230, 121, "Inadequate", kSize);
  page.Line(kRightColumn, 100, "2.4 Reviewing", kSize);
  page.Line(460, 100, "Inadequate", kSize);
  return page;
}

TEST(BorrowedGutters, ReadsTheColumnsOfAPageTooSparseToShowItsOwn) {
  const PageBuilder page = CarriedOverRows();
  EXPECT_TRUE(PageGutters(page.page(), page.words()).empty());
  const std::vector<double> gutters = BorrowedGutters(page.page(), page.words(), kDocumentGutters);
  ASSERT_EQ(gutters, std::vector<double>{298});
  const std::vector<Region> regions = PageRegions(page.words(), gutters);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(ReadLines(regions[0].lines),
            (Lines{"2.2 Planning | Inadequate", "2.3 Implementation and delivery | Inadequate"}));
  EXPECT_EQ(ReadLines(regions[1].lines), (Lines{"2.4 Reviewing | Inadequate"}));
}

// A table too wide for the left column, in smaller type, its cells' words printed
// over the gutter row after row: the page shows no empty strip of its own, but the
// strip a person sees under the cells is the document's gutter.
TEST(BorrowedGutters, ReadsPastATablesCellsPrintedOverTheGutter) {
  PageBuilder page;
  for (const double baseline : {108.0, 119.0, 130.0, 141.0}) {
    page.Line(kLeftColumn, baseline, "Staff", 9);
    page.Line(250, baseline, "experiencing", 9);
  }
  const Lines left = Wrap(kLeftText, kColumnWidth, kSize),
              right = Wrap(kRightText, kColumnWidth, kSize);
  page.JustifiedLines(kLeftColumn, kLeftEdge, 160, kPitch, left, kSize);
  page.JustifiedLines(kRightColumn, kRightEdge, 100, kPitch, right, kSize);
  EXPECT_TRUE(PageGutters(page.page(), page.words()).empty());
  EXPECT_EQ(BorrowedGutters(page.page(), page.words(), kDocumentGutters), std::vector<double>{298});
}

// A footnote across the page's foot is in smaller type: no sign of one column.
TEST(BorrowedGutters, ReadsPastAFootnoteAcrossTheFoot) {
  PageBuilder page = CarriedOverRows();
  page.Line(kLeftColumn, 780, "1 Those for the NPS are listed as 3.1 and 3.2 in the inspectorate's standards.", 7);
  EXPECT_EQ(BorrowedGutters(page.page(), page.words(), kDocumentGutters), std::vector<double>{298});
}

// The same in a document set in small type, its footnotes nearly the size of the
// table's text: a line across the page's foot, under everything else, is still no
// sign of one column.
TEST(BorrowedGutters, ReadsPastAFootnoteAcrossTheFootInNearlyTheTablesType) {
  PageBuilder page = CarriedOverRows();
  page.Line(kLeftColumn, 780, "1 Those for the NPS are listed as 3.1 and 3.2 in the inspectorate's standards.", 9);
  EXPECT_EQ(BorrowedGutters(page.page(), page.words(), kDocumentGutters), std::vector<double>{298});
}

// A footnote in nearly the table's type wrapped over two lines: its last, short of
// the gutter, stands under the line across but is the footnote's own: the foot's.
TEST(BorrowedGutters, ReadsPastAFootnoteWrappedAtTheFootInNearlyTheTablesType) {
  PageBuilder page = CarriedOverRows();
  page.Line(kLeftColumn, 780,
            "1 Those for the NPS are listed as 3.1 and 3.2 in the inspectorate's standards", 9);
  page.Line(kLeftColumn, 791, "for case supervision.", 9);
  EXPECT_EQ(BorrowedGutters(page.page(), page.words(), kDocumentGutters), std::vector<double>{298});
}

// A table's row run on past its column's foot, its last line printed over the
// footnote across the foot (a typesetter that lets a cell overflow its frame): the
// overprinted line is no text under the footnote, which stays the page's foot.
TEST(BorrowedGutters, ReadsPastAFootnoteATablesRowIsPrintedOver) {
  PageBuilder page = CarriedOverRows();
  page.Line(kLeftColumn, 780,
            "1 Those for the NPS are listed as 3.1 and 3.2 in the inspectorate's standards.", 9);
  page.Line(120, 787, "sufficiently on", kSize);  // lower than the footnote, over it
  EXPECT_EQ(BorrowedGutters(page.page(), page.words(), kDocumentGutters), std::vector<double>{298});
}

// A table across the page in smaller type, its first row's wrapped label short of
// the gutter and a row across under it: the page's own table, not its foot.
TEST(BorrowedGutters, TakesNoGutterOverATableAcrossInSmallerType) {
  PageBuilder page = CarriedOverRows();
  page.Line(kLeftColumn, 700,
            "2.1.1. Does assessment focus sufficiently on engaging the service user? 83%", 9);
  page.Line(kLeftColumn + 40, 711, "in the cases we inspected", 9);
  page.Line(kLeftColumn, 729,
            "2.1.2. Does assessment focus sufficiently on the factors linked to offending? 87%", 9);
  EXPECT_TRUE(BorrowedGutters(page.page(), page.words(), kDocumentGutters).empty());
}

TEST(BorrowedGutters, TakesOnlyAGutterSeveralPagesShow) {
  const PageBuilder page = CarriedOverRows();
  EXPECT_TRUE(BorrowedGutters(page.page(), page.words(), {298, 298.5}).empty());
}

// Every row's cells level with each other: one table, whatever the other pages show.
TEST(BorrowedGutters, LeavesATablesRowsWhole) {
  PageBuilder page;
  const char* rows[][2] = {{"Leadership", "Good"}, {"Staff", "Requires improvement"}, {"Services", "Good"}};
  double baseline = 100;
  for (const auto& row : rows) {
    page.Line(kLeftColumn, baseline, row[0], kSize);
    page.Line(330, baseline, row[1], kSize);
    baseline += kPitch + 8;
  }
  EXPECT_TRUE(BorrowedGutters(page.page(), page.words(), kDocumentGutters).empty());
}

// Key facts as a table of two columns: each figure in large type centred in its
// cell, level with none of its description's lines (set from the top of theirs). The
// figures alone are no column of text: the page keeps no gutter between them and
// their descriptions.
TEST(BorrowedGutters, LeavesKeyFiguresBesideTheirDescriptionsWhole) {
  PageBuilder page;
  page.Line(kLeftColumn, 90, "Key facts", 18, kBold);
  const char* facts[][3] = {
      {"251,170", "The total number of offenders subject to",
       "probation supervision across England & Wales."},
      {"8,392", "The number of offenders supervised by the", "Kent, Surrey & Sussex CRC."},
      {"37%", "The proportion of the CRC cases which relate", "to a custodial sentence."},
      {"74%", "The proportion of offenders who completed", "their licence successfully."}};
  double top = 120;
  for (const auto& fact : facts) {
    page.Line(150, top + 26, fact[0], 20, kBold);
    page.Lines(kRightColumn, top + 12, kPitch, {fact[1], fact[2]}, kSize);
    top += 50;
  }
  EXPECT_TRUE(BorrowedGutters(page.page(), page.words(), kDocumentGutters).empty());
}

// Beside a column of 8 pt notes, the page's commonest type: a table's rows in the
// left column, their numbers in 10 pt, a size larger than the notes; or numbered
// headings in 16 pt. Neither are key figures, and the page takes the document's
// gutter between the two sides.
TEST(BorrowedGutters, TakesTheGutterBesideRowNumbersAndNumberedHeadings) {
  struct Case {
    double size;
    const char* rows[3];
  };
  for (const Case& c :
       {Case{kSize,
             {"4.1 Unpaid work and the order's hours", "4.2 Through the Gate resettlement",
              "4.3 Victim work and the contact scheme"}},
        Case{16, {"4.1 Unpaid work", "4.2 Through the Gate", "4.3 Victim work"}}}) {
    PageBuilder page;
    double baseline = 100;
    for (const char* row : c.rows) {
      page.Line(kLeftColumn, baseline, row, c.size);
      baseline += 30;
    }
    page.Lines(kRightColumn, 95, 11, Wrap(kRightText, kColumnWidth, 8), 8);
    EXPECT_EQ(BorrowedGutters(page.page(), page.words(), kDocumentGutters).size(), 1u) << c.size;
  }
}

// A column of 7 pt notes, the page's commonest type, beside a table of questions in
// 9 pt with their percentages: figures in the text's type, not key figures, and the
// page takes the document's gutter between the two sides.
TEST(BorrowedGutters, TakesTheGutterBesideATablesPercentagesInTheTextsType) {
  PageBuilder page;
  page.Lines(kLeftColumn, 95, 9, Wrap(std::string(kLeftText) + " " + kRightText, kColumnWidth, 7),
             7);
  const char* rows[][2] = {{"2.4.1. Does reviewing focus on engagement?", "65%"},
                           {"2.4.2. Does reviewing focus on desistance?", "46%"},
                           {"2.4.3. Does reviewing keep people safe?", "33%"}};
  double baseline = 110;
  for (const auto& row : rows) {
    page.Line(kRightColumn, baseline, row[0], 9);
    page.RightAligned(kRightEdge, baseline, row[1], 9);
    baseline += 30;
  }
  EXPECT_EQ(BorrowedGutters(page.page(), page.words(), kDocumentGutters).size(), 1u);
}

// A panel of key facts in two columns, as a word processor sets a table broken over
// them: figures in large type beside their descriptions, which stop well short of the
// gutter; the right column holds the panel's last fact, its figure standing where the
// page's other words leave the strip empty, its description a narrow cell. That
// column starts at its figure, and is a column's width.
TEST(BorrowedGutters, ReadsAColumnFromAKeyFigureStandingInTheStrip) {
  PageBuilder page;
  const char* description =
      "The number of offenders supervised by the Derbyshire, Nottinghamshire, Leicestershire "
      "and Rutland Community Rehabilitation Company.";
  double baseline = 100;
  for (const char* figure : {"251,170", "8,449", "41%", "62%", "16,182", "1,384", "12%"}) {
    page.Line(95, baseline + 20, figure, 20, kBold);
    baseline = page.Lines(187, baseline, kPitch, Wrap(description, 90, kSize), kSize) + 12;
  }
  ASSERT_GT(page.words().size(), 100u);  // enough that a word or two is noise in a strip
  page.Line(322, 165, "2 (of 21)", 20, kBold);
  page.Lines(422, 145, kPitch,
             Wrap("The number of CRCs owned by the Reducing Reoffending Partnership.", 95, kSize),
             kSize);
  EXPECT_TRUE(PageGutters(page.page(), page.words()).empty());
  const std::vector<double> gutters = BorrowedGutters(page.page(), page.words(), kDocumentGutters);
  ASSERT_EQ(gutters, std::vector<double>{298});
  const std::vector<Region> regions = PageRegions(page.words(), gutters);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[1].lines.front().pieces.front().text, "The number of CRCs");
}

// A table of key facts broken over a section's two columns, as LibreOffice balances
// them: both halves on one baseline grid, 13 pt apart, from one top, as long as each
// other, a blank line's space between facts. Each half is a panel of its own, a figure
// beside each fact's description, and opens its rows where it happens to: the right
// column opens with the end of the left's last description. `rows_together`: the
// right half's facts open level with the left's instead (one table's rows across the
// page, its figures set at other heights); `figure_size` the descriptions' 10 pt: no
// key figures, each figure a cell level with its description's first line.
PageBuilder KeyFactsOverTwoColumns(bool rows_together, double figure_size) {
  PageBuilder page;
  const bool key = figure_size > kSize;
  const auto fact = [&](double figure_x, double text_x, double baseline, const char* figure,
                        int lines, double figure_line) {
    page.Line(figure_x, baseline + (key ? figure_line : 0) * kPitch, figure, figure_size, kBold);
    const Lines text = Wrap(kLeftText, 110, kSize);
    return page.Lines(text_x, baseline, kPitch, Lines(text.begin(), text.begin() + lines), kSize) +
           kPitch;
  };
  double left = 100;
  left = fact(80, 170, left, "251,170", 6, 2.6);
  left = fact(80, 170, left, "8,392", 5, 2.2);
  fact(80, 170, left, "37%", 8, 3.4);
  double right = 100;
  if (!rows_together) right = page.Lines(410, right, kPitch, {"56%."}, kSize) + kPitch;
  right = fact(320, 410, right, "74%", rows_together ? 6 : 10, 4.7);
  right = fact(320, 410, right, "14,339", rows_together ? 5 : 8, 1.5);
  if (rows_together) fact(320, 410, right, "2,357", 8, 5.3);
  return page;
}

TEST(BorrowedGutters, ReadsAPanelOfKeyFactsBrokenOverAColumnsBaselineGridInColumns) {
  const PageBuilder page = KeyFactsOverTwoColumns(false, 20);
  EXPECT_TRUE(PageGutters(page.page(), page.words()).empty());
  const std::vector<double> gutters = BorrowedGutters(page.page(), page.words(), kDocumentGutters);
  ASSERT_EQ(gutters, std::vector<double>{298});
  const std::vector<Region> regions = PageRegions(page.words(), gutters);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[1].lines.front().pieces.front().text, "56%.");
}

TEST(BorrowedGutters, LeavesKeyFactsWhoseRowsOpenTogetherAcrossTheGutterWhole) {
  const PageBuilder page = KeyFactsOverTwoColumns(true, 20);
  EXPECT_TRUE(BorrowedGutters(page.page(), page.words(), kDocumentGutters).empty());
}

TEST(BorrowedGutters, LeavesCellsOnOneBaselineGridWithNoKeyFiguresWhole) {
  const PageBuilder page = KeyFactsOverTwoColumns(false, kSize);
  EXPECT_TRUE(BorrowedGutters(page.page(), page.words(), kDocumentGutters).empty());
}

// Headings over a table's rows, with and without a paragraph across the page
// between them: with it, the page is in one column.
PageBuilder RatingsUnderHeadings(bool paragraph_between) {
  PageBuilder page;
  double baseline = 100;
  const auto section = [&](const char* heading) {
    page.Line(kLeftColumn, baseline, heading, 12, kBold);
    baseline += 20;
    for (const char* row : {"Leadership", "Staff"}) {
      page.Line(kLeftColumn, baseline, row, kSize);
      page.Line(kRightColumn, baseline, "Requires improvement (2018)", kSize);
      baseline += kPitch + 8;
    }
  };
  section("1. Organisational delivery");
  if (paragraph_between) {
    const Lines lines = Wrap(kLeftText, kRightEdge - kLeftColumn, kSize);
    page.JustifiedLines(kLeftColumn, kRightEdge, baseline + 10, kPitch, lines, kSize);
    baseline += 20 + kPitch * static_cast<double>(lines.size());
  }
  section("2. Case supervision");
  return page;
}

TEST(BorrowedGutters, LeavesAPageWithAParagraphAcrossItInOneColumn) {
  const PageBuilder apart = RatingsUnderHeadings(false), across = RatingsUnderHeadings(true);
  EXPECT_EQ(BorrowedGutters(apart.page(), apart.words(), kDocumentGutters), std::vector<double>{298});
  EXPECT_TRUE(BorrowedGutters(across.page(), across.words(), kDocumentGutters).empty());
}

// A short table on a page of its own, under a heading in larger type with a raised
// reference: two rows in 8 pt, each a label on the left and its rating well into the
// right column. Counted in their own type, its lines all stand level across the strip,
// and none runs on to the next: one table's cells, whatever gutter the other pages
// show.
TEST(BorrowedGutters, LeavesATablesRowsUnderAHeadingWhole) {
  PageBuilder page;
  page.Line(kLeftColumn, 80, "4.^2 CRC specific work", 16, kBold);
  page.Line(kLeftColumn, 110, "4.1 Unpaid work", 8);
  page.Line(380, 110, "Good", 8);
  page.Line(kLeftColumn, 120, "4.2 Through the Gate", 8);
  page.Line(380, 120, "Requires improvement (2018)", 8);
  EXPECT_TRUE(BorrowedGutters(page.page(), page.words(), kDocumentGutters).empty());
}

// Notes on a page of their own in two balanced columns under a heading in larger
// type, every line level with one in the other column: columns, where either wraps
// its text from line to line (the other may hold notes of one line each).
PageBuilder NotesUnderAHeading(const Lines& left, const Lines& right) {
  PageBuilder page;
  page.Line(kLeftColumn, 80, "Notes", 16, kBold);
  page.Lines(kLeftColumn, 110, kPitch, left, kSize);
  page.Lines(kRightColumn, 110, kPitch, right, kSize);
  return page;
}

TEST(BorrowedGutters, ReadsBalancedColumnsOfNotesUnderAHeadingAsColumns) {
  Lines left = Wrap(kLeftText, kColumnWidth, kSize), right = Wrap(kRightText, kColumnWidth, kSize);
  left.resize(3);
  right.resize(3);
  const Lines one_line_notes = {"1 Ministry of Justice (2018).", "2 National Probation Service.",
                                "3 HM Prisons and Probation."};
  for (const PageBuilder& page :
       {NotesUnderAHeading(left, right), NotesUnderAHeading(left, one_line_notes),
        NotesUnderAHeading(one_line_notes, right)}) {
    EXPECT_EQ(BorrowedGutters(page.page(), page.words(), kDocumentGutters),
              std::vector<double>{298});
  }
}

// The document's other pages: two columns of text, the gutter at 298.
PageBuilder TwoColumnPage() {
  PageBuilder page;
  AddColumns(page, 100, Wrap(kLeftText, kColumnWidth, kSize), Wrap(kRightText, kColumnWidth, kSize));
  return page;
}

// The gutters DocumentGutters gives `page`, the fourth page of a document whose
// other three are `text`.
std::vector<double> GuttersAmong(const PageBuilder& text, const PageBuilder& page) {
  const std::vector<PdfPage> pages = {text.page(), text.page(), text.page(), page.page()};
  const std::vector<std::vector<PdfWord>> words = {text.words(), text.words(), text.words(),
                                                   page.words()};
  return DocumentGutters(pages, words)[3];
}

// A page of two columns of tables: on the left, a table whose ragged cells stop
// well short of the gutter; on the right, a glossary whose terms stand beside their
// definitions (from x = `definitions`), centred in their cells.
PageBuilder TablesInColumns(double definitions) {
  PageBuilder page;
  double baseline = 100;
  for (int row = 0; row < 5; ++row) {
    baseline = page.Lines(kLeftColumn, baseline, kPitch, Wrap(kLeftText, 140, kSize), kSize) + 8;
  }
  baseline = 100;
  const char* terms[][2] = {{"Approved", "premises"}, {"Accepted", "cases"}, {"Barriers", "to work"},
                            {"Breach", "of order"}, {"Business", "plan"},   {"Child", "safety"},
                            {"Planning", "reviews"},  {"Unpaid", "work"}};
  const Lines definition = Wrap("The process by which a decision is made about the things an individual "
                                "needs to do to reduce the likelihood of reoffending.",
                                kRightEdge - definitions, kSize);
  for (const auto& term : terms) {
    page.Line(kRightColumn, baseline + 6, term[0], kSize);
    page.Line(kRightColumn, baseline + 6 + kPitch, term[1], kSize);
    baseline = page.Lines(definitions, baseline, kPitch, definition, kSize) + 8;
  }
  return page;
}

// With definitions a column wide, the page's own words show the glossary's gap as a
// gutter, and no other page does.
TEST(DocumentGutters, APageShowingOnlyATablesGapTakesTheDocumentsGutter) {
  const PageBuilder text = TwoColumnPage(), tables = TablesInColumns(372);
  const std::vector<PdfPage> pages = {text.page(), text.page(), text.page(), tables.page()};
  const std::vector<std::vector<PdfWord>> words = {text.words(), text.words(), text.words(), tables.words()};
  const std::vector<double> own = PageGutters(tables.page(), tables.words());
  ASSERT_EQ(own.size(), 1u);
  EXPECT_GT(own[0], 340);  // the glossary's gap
  const std::vector<std::vector<double>> gutters = DocumentGutters(pages, words);
  ASSERT_EQ(gutters.size(), 4u);
  const std::vector<double> page_gutter = PageGutters(text.page(), text.words());
  EXPECT_EQ(gutters[0], page_gutter);
  EXPECT_EQ(gutters[3], page_gutter);
}

// With narrower definitions, the page's own words show no gutter at all: a full page,
// not a sparse one, and it takes the document's gutter all the same.
TEST(DocumentGutters, AFullPageShowingNoGutterTakesTheDocumentsGutter) {
  const PageBuilder text = TwoColumnPage(), tables = TablesInColumns(412);
  EXPECT_TRUE(PageGutters(tables.page(), tables.words()).empty());
  EXPECT_GT(tables.words().size(), text.words().size());
  const std::vector<PdfPage> pages = {text.page(), text.page(), text.page(), tables.page()};
  const std::vector<std::vector<PdfWord>> words = {text.words(), text.words(), text.words(), tables.words()};
  const std::vector<std::vector<double>> gutters = DocumentGutters(pages, words);
  ASSERT_EQ(gutters.size(), 4u);
  EXPECT_EQ(gutters[3], PageGutters(text.page(), text.words()));
}

// US Letter in three columns of 9 pt text, 168 pt wide from x = 40, 222 and 404:
// the second column's first `second` lines and the third column's text.
void AddSecondAndThirdColumns(PageBuilder& page, std::size_t second) {
  const Lines lines = Wrap(kRightText, 168, 9);
  page.JustifiedLines(222, 390, 100, 11, Lines(lines.begin(), lines.begin() + static_cast<long>(second)), 9);
  page.JustifiedLines(404, 572, 100, 11, Wrap(kLeftText, 168, 9), 9);
}

// A table in the first column too wide for it: its cells' long words, in smaller
// type, spill into the first gutter, which the page's own words then no longer
// show. The page takes the document's, where its second column's lines start (down
// the page, or only a few lines above the foot of a sparse page), and reads the
// table in the first column.
TEST(DocumentGutters, APageWhoseTableSpillsOverAGutterTakesTheDocumentsGutter) {
  const std::size_t second_lines = Wrap(kRightText, 168, 9).size();
  ASSERT_GE(second_lines, 10u);
  for (const std::size_t rows : {second_lines, std::size_t{5}}) {
    PageBuilder text(612, 792), table(612, 792);
    text.JustifiedLines(40, 208, 100, 11, Wrap(kLeftText, 168, 9), 9);
    AddSecondAndThirdColumns(text, second_lines);
    for (std::size_t row = 0; row < rows; ++row) {
      table.Line(40, 100 + 11 * static_cast<double>(row), std::to_string(row + 1) + ".", 8);
      table.Line(162, 100 + 11 * static_cast<double>(row), "implementation", 8);
    }
    AddSecondAndThirdColumns(table, rows);
    const std::vector<double> document = PageGutters(text.page(), text.words());
    ASSERT_EQ(document.size(), 2u);
    const std::vector<double> own = PageGutters(table.page(), table.words());
    ASSERT_EQ(own.size(), 1u) << rows;
    EXPECT_NEAR(own[0], document[1], 9) << rows;
    const std::vector<double> gutters = GuttersAmong(text, table);
    ASSERT_EQ(gutters.size(), 2u) << rows;
    EXPECT_EQ(gutters[0], document[0]) << rows;
    const std::vector<Region> regions = PageRegions(table.words(), gutters);
    ASSERT_EQ(regions.size(), 3u) << rows;
    EXPECT_EQ(ReadLines(regions[0].lines).front(), "1. | implementation") << rows;
    const Lines second = Wrap(kRightText, 168, 9);
    EXPECT_EQ(ReadLines(regions[1].lines),
              Lines(second.begin(), second.begin() + static_cast<long>(rows)))
        << rows;
  }
}

// A landscape page in three columns of 8 pt text, 230 pt wide from x = 40, 290 and
// 540; `first` fills the first column when set.
PageBuilder ThreeColumnsLandscape(bool first) {
  PageBuilder page(842, 595);
  if (first) page.JustifiedLines(40, 270, 100, 10, Wrap(kLeftText, 230, 8), 8);
  page.JustifiedLines(290, 520, 100, 10, Wrap(kRightText, 230, 8), 8);
  page.JustifiedLines(540, 770, 100, 10, Wrap(kLeftText, 230, 8), 8);
  return page;
}

// A table of enablers and barriers filling the first column, its two cells' text
// wrapped in each row, the barriers' from x = 160: the page's own words show the gap
// between the cells as a gutter, besides the document's two. No other page shows
// it: a gap inside a column, and the table reads row by row.
TEST(DocumentGutters, APageShowingTheDocumentsGuttersAndATablesGapKeepsOnlyTheDocuments) {
  const PageBuilder text = ThreeColumnsLandscape(true);
  PageBuilder table = ThreeColumnsLandscape(false);
  double baseline = 100;
  for (int row = 0; row < 3; ++row) {
    const double enablers = table.Lines(40, baseline, 10, Wrap(kLeftText, 100, 8), 8);
    const double barriers = table.Lines(160, baseline, 10, Wrap(kRightText, 110, 8), 8);
    baseline = std::max(enablers, barriers) + 6;
  }
  const std::vector<double> document = PageGutters(text.page(), text.words());
  ASSERT_EQ(document.size(), 2u);
  const std::vector<double> own = PageGutters(table.page(), table.words());
  ASSERT_EQ(own.size(), 3u);
  EXPECT_NEAR(own[1], document[0], 9);
  EXPECT_EQ(GuttersAmong(text, table), (std::vector<double>{own[1], own[2]}));
}

// A page of key facts in three columns: in the first, three short boxes (a figure
// over one line of description), too few lines to show the first gutter; in the
// second, boxes whose text starts a padding in from the column's edge, further
// right of the gutter than a column's lines start; then a column of text. The page
// takes the document's first gutter, where its second column starts past the strip
// around it, and reads each box's figure over its description.
TEST(DocumentGutters, APageOfBoxesTakesTheGutterWhereItsPaddedColumnStarts) {
  PageBuilder text(612, 792), boxes(612, 792);
  text.JustifiedLines(40, 208, 100, 11, Wrap(kLeftText, 168, 9), 9);
  AddSecondAndThirdColumns(text, Wrap(kRightText, 168, 9).size());
  const char* figures[] = {"258,748", "28,750", "47%"};
  double baseline = 100;
  for (const char* figure : figures) {
    boxes.Line(48, baseline, figure, 14);
    baseline = boxes.Lines(48, baseline + 14, 11, {"The number of offenders supervised."}, 9) + 20;
  }
  baseline = 100;
  for (const char* figure : {"86.9%", "15,563"}) {
    boxes.Line(244, baseline, figure, 14);
    baseline = boxes.Lines(244, baseline + 14, 11, Wrap(kRightText, 126, 9), 9) + 20;
  }
  boxes.JustifiedLines(404, 572, 100, 11, Wrap(kLeftText, 168, 9), 9);
  const std::vector<double> document = PageGutters(text.page(), text.words());
  ASSERT_EQ(document.size(), 2u);
  const std::vector<double> own = PageGutters(boxes.page(), boxes.words());
  ASSERT_EQ(own.size(), 1u);
  EXPECT_NEAR(own[0], document[1], 20);
  const std::vector<double> gutters = GuttersAmong(text, boxes);
  ASSERT_EQ(gutters.size(), 2u);
  EXPECT_EQ(gutters[0], document[0]);
  const std::vector<Region> regions = PageRegions(boxes.words(), gutters);
  ASSERT_EQ(regions.size(), 3u);
  EXPECT_EQ(ReadLines(regions[0].lines), (Lines{"258,748", "The number of offenders supervised.",
                                                "28,750", "The number of offenders supervised.",
                                                "47%", "The number of offenders supervised."}));
}

// A chapter heading in display type justified across three columns, its word spaces
// wider than the body's: a word of it on a gutter, a word before it on the same line
// ending short of the gutter, is the heading's, not a table cell's spilling over. The
// heading reads whole, before the columns.
TEST(PageRegions, ReadsAJustifiedHeadingOverTheGuttersWhole) {
  PageBuilder page(612, 792);
  // Word spaces of 11 pt in 18 pt type: "for" over the first gutter (about x = 215),
  // "arrangements" ending 12 pt short of it; "in" over the second (about x = 397),
  // "collaborations" ending 19 pt short of it.
  const std::string heading = "2. The arrangements for collaborations in the north";
  double x = 28;
  for (const std::string& word : layout_test::SplitWords(heading)) {
    page.Line(x, 70, word, 18, kBold);
    x += layout_test::TextWidth(word, 18) + 11;
  }
  page.Line(40, 92, "of London", 18, kBold);
  page.JustifiedLines(40, 208, 120, 11, Wrap(kLeftText, 168, 9), 9);
  AddSecondAndThirdColumns(page, Wrap(kRightText, 168, 9).size());
  const std::vector<double> gutters = PageGutters(page.page(), page.words());
  ASSERT_EQ(gutters.size(), 2u);
  const std::vector<Region> regions = PageRegions(page.words(), gutters);
  ASSERT_FALSE(regions.empty());
  EXPECT_EQ(ReadLines(regions[0].lines).front(), heading);
}

// A page in one column keeps reading whole: its lines run across the gutter.
TEST(DocumentGutters, AOneColumnPageKeepsNoGutter) {
  const PageBuilder text = TwoColumnPage();
  PageBuilder whole;
  whole.JustifiedLines(kLeftColumn, kRightEdge, 100, kPitch, Wrap(kLeftText, kRightEdge - kLeftColumn, kSize), kSize);
  EXPECT_TRUE(GuttersAmong(text, whole).empty());
}

// The gutters three pages of a US Letter document in three columns show (columns
// 168 pt wide from x = 40, 222 and 404).
const std::vector<double> kThreeColumnGutters = {213, 395, 213, 395, 213, 395};

// A table's questions in 8 pt, each wrapped in a cell 100 pt wide from `left`, its
// figure 10 pt after the cell, 11 pt apart, the rows 4 pt apart; returns the
// baseline under the last.
double AddQuestionsInColumn(PageBuilder& page, double left, double baseline,
                            const std::vector<std::pair<std::string, std::string>>& rows) {
  for (const auto& [question, figure] : rows) {
    const Lines lines = Wrap(question, 100, 8);
    page.Line(left + 110, baseline, figure, 8);
    baseline = page.Lines(left, baseline, 11, lines, 8) + 4;
  }
  return baseline;
}

// A table across a page in three columns (US Letter, 8 pt), then the rest of its
// rows broken over the three columns under it (LaTeX's longtable in multicols: a
// header and a rating in the first column, a few lines down for its rule, a question
// and its figure in each of the others, level with each other on their first row), and
// a footnote across the foot, its raised number on a baseline of its own. The cells'
// ragged lines stop well short of the gutters: the page's words show none, and its
// columns start level, as a table's rows do (no StretchColumns). The rows between the
// table across and the footnote stand in the document's columns.
PageBuilder TableBrokenOverColumns() {
  PageBuilder page(612, 792);
  double baseline = 60;
  for (const char* question :
       {"Does planning focus sufficiently on engaging the service user?",
        "Does planning focus sufficiently on keeping other people safe?",
        "Is the sentence implemented effectively with a focus on engaging the service user?"}) {
    page.Line(40, baseline, "2.3.1.", 8);
    page.Line(96, baseline, question, 8);
    page.Line(480, baseline, "73%", 8);
    baseline += 13;
  }
  const double columns = baseline + 12;
  page.Line(40, columns + 3.6, "2.4. Reviewing", 8);
  page.Line(150, columns + 17.6, "Inadequate", 8);
  page.Lines(40, columns + 17.6, 11,
             {"Reviewing of progress is", "well-informed, analytical", "and personalised, actively",
              "involving the service user"},
             8);
  AddQuestionsInColumn(page, 222, columns,
                       {{"2.4.1. Does reviewing focus sufficiently on supporting the service "
                         "user's compliance and engagement?",
                         "65%"}});
  AddQuestionsInColumn(
      page, 404, columns,
      {{"2.4.2. Does reviewing focus sufficiently on supporting the service "
        "user's desistance?",
        "46%"},
       {"2.4.3. Does reviewing focus sufficiently on keeping other people safe?", "33%"}});
  page.Line(40, 700,
            "^18 In arriving at the rating for assessment, we have exercised professional "
            "discretion in relation to the case data, to take into account wider evidence",
            8);
  return page;
}

TEST(DocumentColumnStretches, ReadsATableBrokenOverTheColumnsUnderATableAcrossThem) {
  const PageBuilder page = TableBrokenOverColumns();
  EXPECT_TRUE(PageGutters(page.page(), page.words()).empty());
  EXPECT_TRUE(StretchColumns(page.page(), page.words()).empty());
  const std::vector<ColumnStretch> stretches =
      DocumentColumnStretches(page.words(), kThreeColumnGutters);
  ASSERT_EQ(stretches.size(), 1u);
  EXPECT_EQ(stretches[0].gutters, (std::vector<double>{213, 395}));
  // Gutters one page shows are no document's.
  EXPECT_TRUE(DocumentColumnStretches(page.words(), {213, 395}).empty());
  // From the columns' first line (under the table across) to their last (over the
  // footnote, whose raised number stands on a line of its own).
  EXPECT_NEAR(stretches[0].top, 111 - layout_test::kAscent * 8, 0.5);
  EXPECT_LT(stretches[0].bottom, 300);
  const std::vector<Region> regions = StretchRegions(page.words(), stretches);
  ASSERT_EQ(regions.size(), 5u);
  EXPECT_EQ(regions[0].kind, Region::kWhole);
  EXPECT_EQ(ReadLines(regions[2].lines).front(), "2.4.1. Does reviewing | 65%");
  EXPECT_EQ(ReadLines(regions[3].lines).front(), "2.4.2. Does reviewing | 46%");
  EXPECT_EQ(regions[4].kind, Region::kWhole);
  ASSERT_FALSE(regions[4].lines.empty());
  EXPECT_EQ(regions[4].lines.size(), 1u);  // the footnote, whole
}

// A table across the page whose questions, each with its figure, stand in cells as
// wide as the document's columns, a row's cells level: a table's rows, no columns
// (SharesBaselines).
TEST(DocumentColumnStretches, SeesNoColumnsInATableWhoseCellsStopShortOfTheGutters) {
  PageBuilder page(612, 792);
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"2.1.1. Does assessment focus sufficiently on engaging the service user?", "83%"},
      {"2.1.2. Does assessment focus sufficiently on the factors linked to offending?", "87%"},
      {"2.1.3. Does assessment focus sufficiently on keeping other people safe?", "81%"}};
  for (double left : {40, 222, 404}) AddQuestionsInColumn(page, left, 100, rows);
  EXPECT_TRUE(DocumentColumnStretches(page.words(), kThreeColumnGutters).empty());
}

// A table's questions, a number and the question's wrapped text to each, in a two
// column document's first column, their figures ("19", "33%") past its gutter: the
// figures are no column, too narrow for one (kMinColumnInHeights).
TEST(DocumentColumnStretches, SeesNoColumnInATablesFiguresPastTheGutter) {
  PageBuilder page;
  double baseline = 100;
  for (const char* question :
       {"Does reviewing focus sufficiently on supporting the service user's compliance?",
        "Does reviewing focus sufficiently on supporting the service user's desistance?",
        "Does reviewing focus sufficiently on keeping other people safe?"}) {
    page.Line(72, baseline, "2.4.1.", 8);
    page.Line(320, baseline, "19", 8);
    page.Line(350, baseline, "33%", 8);
    baseline = page.Lines(110, baseline, 11, Wrap(question, 170, 8), 8) + 4;
  }
  EXPECT_TRUE(DocumentColumnStretches(page.words(), {298, 298, 298}).empty());
}

// Two columns of ragged text in a two column document, the right's lines half a
// pitch down, short of the gutter: no table's cells in them (a question and its
// figure), not the table broken over the columns this reads.
TEST(DocumentColumnStretches, SeesNoColumnsInTextWithNoCells) {
  PageBuilder page;
  page.Lines(72, 100, 11, Wrap(kLeftText, 190, 8), 8);
  page.Lines(310, 105.5, 11, Wrap(kRightText, 190, 8), 8);
  EXPECT_TRUE(DocumentColumnStretches(page.words(), {298, 298, 298}).empty());
}

// A panel of key facts in a two column document: each figure in type twice the
// description's beside its first line, the right's half a pitch down. Key figures are no table's
// cells broken over columns.
TEST(DocumentColumnStretches, SeesNoColumnsInAPanelOfKeyFacts) {
  PageBuilder page;
  double baseline = 100;
  const char* description =
      "The number of offenders supervised by the Derbyshire, Nottinghamshire, Leicestershire "
      "and Rutland CRC.";
  for (const char* figure : {"8,449", "62%", "12%"}) {
    page.Line(72, baseline - 2, figure, 16);  // its box's foot level with the line's
    page.Line(320, baseline + 3.5, figure, 16);
    page.Lines(150, baseline, 11, Wrap(description, 140, 8), 8);
    baseline = page.Lines(398, baseline + 5.5, 11, Wrap(description, 140, 8), 8) + 6;
  }
  EXPECT_TRUE(DocumentColumnStretches(page.words(), {298, 298, 298}).empty());
}

// A few rows that leave the gutters open (a table's questions, three lines each, with
// their figures, the middle one's a little lower) are no stretch of columns: it takes
// six rows at least.
TEST(DocumentColumnStretches, SeesNoColumnsInAFewRowsLeavingTheGuttersOpen) {
  PageBuilder page(612, 792);
  const std::vector<std::pair<std::string, std::string>> row = {
      {"2.4.1. Does reviewing focus sufficiently on keeping people safe?", "33%"}};
  ASSERT_EQ(Wrap(row[0].first, 100, 8).size(), 3u);
  AddQuestionsInColumn(page, 40, 100, row);
  AddQuestionsInColumn(page, 222, 102.5, row);
  AddQuestionsInColumn(page, 404, 100, row);
  EXPECT_TRUE(DocumentColumnStretches(page.words(), kThreeColumnGutters).empty());
}

}  // namespace
}  // namespace findings

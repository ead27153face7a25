#include "layout/side_heads.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::kBold;
using layout_test::kSpaceWidth;
using layout_test::PageBuilder;
using layout_test::ReadLines;
using layout_test::Wrap;
using Lines = std::vector<std::string>;

// A4, the text column 10 pt type from x = 150 to 524, 13 pt apart; side heads in the
// margin from x = 57.
constexpr double kMargin = 57, kColumn = 150, kRight = 524, kSize = 10, kPitch = 13;

const char* kFirst =
    "Overall, performance was poor. The proportion of work carried out to a sufficient "
    "standard did not meet our expectations and was low when compared to our findings "
    "to date in other parts of the country.";
const char* kSecond =
    "Assessment, planning and interventions were not carried out well enough. Significant "
    "information was not always recognised as such and there was a lack of awareness of "
    "domestic abuse and child safeguarding issues.";

// Each region's lines, one after the other.
Lines ReadAll(const std::vector<Region>& regions) {
  Lines out;
  for (const Region& region : regions) {
    const Lines lines = ReadLines(region.lines);
    out.insert(out.end(), lines.begin(), lines.end());
  }
  return out;
}

// A page of the text column: two paragraphs, each `heads` in the margin beside its
// first line (a heading in 12 pt, a subheading in bold body type under it).
PageBuilder SideHeadPage(bool heads) {
  PageBuilder page;
  double baseline = page.JustifiedLines(kColumn, kRight, 100, kPitch,
                                        Wrap(kFirst, kRight - kColumn, kSize), kSize) +
                    8;
  if (heads) {
    page.Line(kMargin, baseline + 2, "Protecting", 12, kBold);
    page.Line(kMargin, baseline + 17, "CRC effectiveness", 9, kBold);
  }
  baseline = page.JustifiedLines(kColumn, kRight, baseline, kPitch,
                                 Wrap(kSecond, kRight - kColumn, kSize), kSize) +
             8;
  page.JustifiedLines(kColumn, kRight, baseline, kPitch, Wrap(kFirst, kRight - kColumn, kSize),
                      kSize);
  return page;
}

TEST(DocumentSideHeadSettings, FindTheColumnWhereTheBodyTextStartsWhateverStandsInTheMargin) {
  const PageBuilder with = SideHeadPage(true), without = SideHeadPage(false);
  EXPECT_EQ(DocumentSideHeadSettings({with.words(), without.words(), without.words()})[0].left,
            kColumn);
}

// On a page in columns, the column furthest left, though the others hold more lines.
TEST(DocumentSideHeadSettings, FindTheFirstColumnsEdgeOnAPageInColumns) {
  PageBuilder page;
  page.JustifiedLines(57, 197, 100, kPitch, Wrap(kSecond, 140, kSize), kSize);
  for (const double left : {240.0, 423.0})
    page.JustifiedLines(left, left + 140, 100, kPitch,
                        Wrap(std::string(kFirst) + " " + kSecond, 140, kSize), kSize);
  EXPECT_EQ(DocumentSideHeadSettings({page.words()})[0].left, 57);
}

// A page set further left than the document's text column (facing pages that mirror
// their margins), its list's bullets, in a bolder font than the text's, hanging left
// of the column's edge: no side heads, however bold, for a head holds a letter.
TEST(SideHeadRegions, TakesNoBulletForASideHead) {
  PageBuilder page;
  double baseline = page.JustifiedLines(kColumn - 10, kRight, 100, kPitch,
                                        Wrap(kFirst, kRight - kColumn + 10, kSize), kSize);
  for (const char* item : {"Staff morale is positive.", "The operating model is embedded."}) {
    page.Line(kColumn - 7, baseline, "•", kSize, kBold);
    page.Line(kColumn + 2, baseline, item, kSize);
    baseline += kPitch;
  }
  EXPECT_TRUE(SideHeadRegions(page.words(), {kColumn}).empty());
}

// The heading and the subheading in the margin beside a paragraph's first line read
// before the paragraph, not as a table's first cells beside its lines.
TEST(SideHeadRegions, ReadsSideHeadsBeforeTheTextBesideThem) {
  const PageBuilder page = SideHeadPage(true);
  const Lines first = Wrap(kFirst, kRight - kColumn, kSize),
              second = Wrap(kSecond, kRight - kColumn, kSize);
  Lines expected = first;
  expected.push_back("Protecting");
  expected.push_back("CRC effectiveness");
  expected.insert(expected.end(), second.begin(), second.end());
  expected.insert(expected.end(), first.begin(), first.end());
  EXPECT_EQ(ReadAll(SideHeadRegions(page.words(), {kColumn})), expected);
}

TEST(SideHeadRegions, SeesNoneWhereTheMarginIsEmpty) {
  EXPECT_TRUE(SideHeadRegions(SideHeadPage(false).words(), {kColumn}).empty());
}

// A bold item hanging out into the margin and running on into the column wraps to a
// second line in the margin: that line is the item's, not a side head.
TEST(SideHeadRegions, ReadsTheLineAHangingItemWrapsToWithIt) {
  PageBuilder page = SideHeadPage(false);
  page.Line(kMargin, 300,
            "• Staff have manageable workloads and are supported to deliver innovative and", kSize,
            kBold);
  page.Line(kMargin, 313, "personal services", kSize, kBold);
  EXPECT_TRUE(SideHeadRegions(page.words(), {kColumn}).empty());
}

// A title in display type hanging out into the margin, its first word already
// running into the column, wraps to a last line in the margin ("Kent"): that line is
// the title's, not a side head.
TEST(SideHeadRegions, ReadsTheLastLineOfATitleWhoseWordsRunIntoTheColumnWithIt) {
  PageBuilder page = SideHeadPage(false);
  page.Line(kMargin, 400, "Effectiveness of probation work in", 26, kBold);
  page.Line(kMargin, 434, "Kent", 26, kBold);
  ASSERT_GT(page.words()[page.words().size() - 6].right, kColumn);
  EXPECT_TRUE(SideHeadRegions(page.words(), {kColumn}).empty());
}

// A side head over two lines beside a numbered list whose numbers hang just left of
// the column's edge: the number running into the column is no line the head's second
// line carries on; both lines head the list.
TEST(SideHeadRegions, ReadsASideHeadBesideAListWhoseNumbersHangOutAsOne) {
  PageBuilder page = SideHeadPage(false);
  page.Line(kMargin, 400, "Durham Tees", 9, kBold);
  page.Line(kMargin, 411, "Valley CRC should:", 9, kBold);
  page.Line(kColumn - 3, 400, "1. improve effective management oversight of practice", kSize);
  page.Line(kColumn - 3, 413, "2. improve the quality of work to protect victims", kSize);
  const std::vector<Region> regions = SideHeadRegions(page.words(), {kColumn});
  ASSERT_FALSE(regions.empty());
  const Lines all = ReadAll(regions);
  const auto head = std::find(all.begin(), all.end(), "Durham Tees");
  ASSERT_NE(head, all.end());
  ASSERT_NE(head + 1, all.end());
  EXPECT_EQ(*(head + 1), "Valley CRC should:");
}

// Bold lead-ins stacked down the margin, a few points apart but their pitch opening
// up between them: the second, pushed down by the first's five lines, stands beside
// the second line of its paragraph. Each heads its own paragraph, from its first line.
TEST(SideHeadRegions, ReadsStackedLeadInsEachBeforeItsOwnParagraph) {
  PageBuilder page;
  const Lines first = Wrap(kFirst, kRight - kColumn, kSize),
              second = Wrap(kSecond, kRight - kColumn, kSize);
  const double second_top = page.JustifiedLines(kColumn, kRight, 100, kPitch, first, kSize) + 8;
  page.JustifiedLines(kColumn, kRight, second_top, kPitch, second, kSize);
  const Lines lead_in = {"• Leaders are", "visible and", "committed to", "the delivery of",
                         "services"};
  page.Lines(kMargin, 100, 11, lead_in, 9, kBold);
  const Lines next_lead_in = {"• Staff have", "manageable", "workloads"};
  page.Lines(kMargin, 144 + 15, 11, next_lead_in, 9, kBold);
  ASSERT_GT(159, second_top);
  Lines expected = lead_in;
  expected.insert(expected.end(), first.begin(), first.end());
  expected.insert(expected.end(), next_lead_in.begin(), next_lead_in.end());
  expected.insert(expected.end(), second.begin(), second.end());
  EXPECT_EQ(ReadAll(SideHeadRegions(page.words(), {kColumn})), expected);
}

// A heading of two lines pushes the subheading under it down, a line's space apart,
// beside the paragraph's fourth line: both head the paragraph, which reads whole
// after them.
TEST(SideHeadRegions, ReadsASubheadingPushedDownBesideItsParagraphWithTheHeadingOverIt) {
  PageBuilder page;
  const Lines first = Wrap(kFirst, kRight - kColumn, kSize),
              second = Wrap(std::string(kSecond) + " " + kFirst, kRight - kColumn, kSize);
  const double baseline = page.JustifiedLines(kColumn, kRight, 100, kPitch, first, kSize) + 8;
  page.Line(kMargin, baseline, "Protecting the", 12, kBold);
  page.Line(kMargin, baseline + 14, "public", 12, kBold);
  page.Line(kMargin, baseline + 3 * kPitch, "CRC effectiveness", 9, kBold);
  page.JustifiedLines(kColumn, kRight, baseline, kPitch, second, kSize);
  Lines expected = first;
  for (const char* head : {"Protecting the", "public", "CRC effectiveness"})
    expected.push_back(head);
  expected.insert(expected.end(), second.begin(), second.end());
  EXPECT_EQ(ReadAll(SideHeadRegions(page.words(), {kColumn})), expected);
}

// A head beside the paragraph after a one-line paragraph heads that paragraph, not
// the one beside the head over it.
TEST(SideHeadRegions, ReadsEachHeadBeforeItsOwnParagraph) {
  PageBuilder page;
  const Lines second = Wrap(kSecond, kRight - kColumn, kSize);
  page.Line(kMargin, 100, "NPS effectiveness", 9, kBold);
  page.Line(kColumn, 100, "NPS performance was acceptable.", kSize);
  const double baseline = 100 + kPitch + 8;
  page.Line(kMargin, baseline, "The CRC and NPS", 9, kBold);
  page.Line(kMargin, baseline + 11, "working together", 9, kBold);
  page.JustifiedLines(kColumn, kRight, baseline, kPitch, second, kSize);
  Lines expected = {"NPS effectiveness", "NPS performance was acceptable.", "The CRC and NPS",
                    "working together"};
  expected.insert(expected.end(), second.begin(), second.end());
  EXPECT_EQ(ReadAll(SideHeadRegions(page.words(), {kColumn})), expected);
}

// A side head wider than the margin runs up to the column, a fraction of a point
// short of it: it is still the margin's, not a heading run into the paragraph.
TEST(SideHeadRegions, ReadsASideHeadRunningUpToTheColumnApart) {
  PageBuilder page = SideHeadPage(false);
  const double baseline = 400;
  page.RightAligned(kColumn - 0.4, baseline, "Recommendations", 12, kBold);
  page.JustifiedLines(kColumn, kRight, baseline, kPitch, Wrap(kSecond, kRight - kColumn, kSize),
                      kSize);
  const Lines read = ReadAll(SideHeadRegions(page.words(), {kColumn}));
  const Lines second = Wrap(kSecond, kRight - kColumn, kSize);
  const auto head = std::find(read.begin(), read.end(), "Recommendations");
  ASSERT_NE(head, read.end());
  ASSERT_NE(head + 1, read.end());
  EXPECT_EQ(*(head + 1), second.front());
}

// A footnote's number raised after a side head stays with it.
TEST(SideHeadRegions, KeepsAFootnoteNumberRaisedAfterASideHeadWithIt) {
  PageBuilder page = SideHeadPage(false);
  page.Line(kMargin, 190, "Resettlement^7", kSize, kBold);
  const Lines read = ReadAll(SideHeadRegions(page.words(), {kColumn}));
  EXPECT_NE(std::find(read.begin(), read.end(), "Resettlement⁷"), read.end());
}

// Text of its own in the margin (a box, a column of body text) is no side head's:
// the page has none.
TEST(SideHeadRegions, SeesNoneWhereTheMarginHoldsTextOfItsOwn) {
  PageBuilder page = SideHeadPage(true);
  page.Lines(kMargin, 400, kPitch, Wrap("A note in the margin on its own.", 80, kSize), kSize);
  EXPECT_TRUE(SideHeadRegions(page.words(), {kColumn}).empty());
}

// A LaTeX page with marginal notes: the text column 10 pt type from x = 62 to 420 on
// recto pages (the notes in the outer margin right of it, from x = 437), from 176 to
// 534 on verso ones (the notes left of it, from x = 40).
constexpr double kRectoLeft = 62, kRectoRight = 420, kRectoNote = 437;
constexpr double kVersoLeft = 176, kVersoRight = 534, kVersoNote = 40;
constexpr double kParagraphSpace = 8;

// `text` justified in the recto column from `baseline`; returns the baseline after the
// paragraph's space.
double RectoParagraph(PageBuilder& page, double baseline, const char* text) {
  return page.JustifiedLines(kRectoLeft, kRectoRight, baseline, kPitch,
                             Wrap(text, kRectoRight - kRectoLeft, kSize), kSize) +
         kParagraphSpace;
}

Lines RectoLines(const char* text) { return Wrap(text, kRectoRight - kRectoLeft, kSize); }

// Three paragraphs, `head` in the margin level with the first one's last line (LaTeX
// sets a note put between paragraphs level with the line before), or with the second's
// first line, on a recto page or a verso one.
PageBuilder MarginNotePage(bool recto, bool level_with_last_line,
                           const char* head = "NPS effectiveness") {
  const double left = recto ? kRectoLeft : kVersoLeft, right = recto ? kRectoRight : kVersoRight;
  PageBuilder page;
  double baseline = 100;
  for (const char* text : {kFirst, kSecond, kFirst}) {
    const Lines lines = Wrap(text, right - left, kSize);
    if (text == kSecond && !level_with_last_line)
      page.Line(recto ? kRectoNote : kVersoNote, baseline, head, 9, kBold);
    baseline = page.JustifiedLines(left, right, baseline, kPitch, lines, kSize);
    if (text == kFirst && baseline < 200 && level_with_last_line)
      page.Line(recto ? kRectoNote : kVersoNote, baseline - kPitch, head, 9, kBold);
    baseline += kParagraphSpace;
  }
  return page;
}

// Facing pages mirror their margins: the recto pages' column and the verso pages'
// each have their own edges, where the lines of body text start and end.
TEST(DocumentSideHeadSettings, GivesRectoAndVersoPagesEachTheirOwnEdges) {
  const std::vector<SideHeadSetting> settings = DocumentSideHeadSettings(
      {MarginNotePage(true, true).words(), MarginNotePage(false, true).words(),
       MarginNotePage(true, true).words(), MarginNotePage(false, true).words()});
  ASSERT_EQ(settings.size(), 4u);
  for (const std::size_t p : {0u, 2u}) {
    EXPECT_EQ(settings[p].left, kRectoLeft);
    EXPECT_EQ(settings[p].right, kRectoRight);
  }
  for (const std::size_t p : {1u, 3u}) {
    EXPECT_EQ(settings[p].left, kVersoLeft);
    EXPECT_EQ(settings[p].right, kVersoRight);
  }
}

// A ragged column's lines keep to no right edge, though several of them end on one x
// by chance: no margin right of it, where a table's last cells would read as heads.
TEST(DocumentSideHeadSettings, FindNoRightEdgeToARaggedColumn) {
  PageBuilder page;
  double baseline = 100;
  for (const char* line :
       {"The division has three dedicated victims' units.",
        "These were formed recently and are managed by a", "senior lead.",
        "Victim liaison teams in the division are managing", "5,600 active cases.",
        "The new case management system works well, and those", "people who had opted in",
        "received regular updates about the individuals", "who had been sentenced."}) {
    page.Line(kRectoLeft, baseline, line, kSize);
    baseline += kPitch;
  }
  for (int i = 0; i < 5; ++i) {
    page.Line(kRectoLeft, baseline, "They made representations.", kSize);
    baseline += kPitch;
  }
  EXPECT_EQ(DocumentSideHeadSettings({page.words()})[0].right, 0);
}

// A justified column's right edge is where its lines end, not where the cells of a
// table's rows under it end before the next cell.
TEST(DocumentSideHeadSettings, FindTheRightEdgeWhereTheLinesEndNotTheirCells) {
  PageBuilder page;
  double baseline = RectoParagraph(page, 100, (std::string(kFirst) + " " + kSecond).c_str());
  for (const char* rating : {"Good", "Inadequate", "Requires improvement", "Outstanding"}) {
    page.Line(kRectoLeft, baseline, "2.1", kSize);
    page.Line(kRectoLeft + 200, baseline, rating, kSize);
    baseline += kPitch;
  }
  EXPECT_EQ(DocumentSideHeadSettings({page.words()})[0].right, kRectoRight);
}

// Notes in the margin in their own type, level with the column's lines (a key fact's
// description beside each), do not hide where those lines end.
TEST(DocumentSideHeadSettings, FindTheRightEdgeBesideNotesLevelWithTheLines) {
  PageBuilder page;
  const Lines lines = RectoLines((std::string(kFirst) + " " + kSecond).c_str());
  page.JustifiedLines(kRectoLeft, kRectoRight, 100, kPitch, lines, kSize);
  for (std::size_t i = 0; i < lines.size(); ++i)
    page.Line(kRectoNote, 100 + static_cast<double>(i) * kPitch, "caseload", 8);
  EXPECT_EQ(DocumentSideHeadSettings({page.words()})[0].right, kRectoRight);
}

// Heads level with the last line of the paragraph before the one they head (LaTeX's
// marginal notes) follow the line beside them; heads level with the first line of the
// one they head (SideHeadPage) do not.
TEST(DocumentSideHeadSettings, SeesWhetherHeadsStandLevelWithTheLastLineOfTheParagraphBefore) {
  const std::vector<PdfWord> latex = MarginNotePage(true, true).words(),
                             indesign = MarginNotePage(true, false).words();
  for (const SideHeadSetting& setting : DocumentSideHeadSettings({latex, latex, indesign}))
    EXPECT_TRUE(setting.heads_follow_line_beside);
  for (const SideHeadSetting& setting : DocumentSideHeadSettings({indesign, indesign, latex}))
    EXPECT_FALSE(setting.heads_follow_line_beside);
}

// A head in the margin right of the column reads before the paragraph it stands
// beside, not as the last cell of its line.
TEST(SideHeadRegions, ReadsAHeadInTheMarginRightOfTheColumnBeforeItsParagraph) {
  const Lines first = RectoLines(kFirst), second = RectoLines(kSecond);
  Lines expected = first;
  expected.push_back("NPS effectiveness");
  expected.insert(expected.end(), second.begin(), second.end());
  expected.insert(expected.end(), first.begin(), first.end());
  EXPECT_EQ(
      ReadAll(SideHeadRegions(MarginNotePage(true, false).words(), {kRectoLeft, kRectoRight})),
      expected);
}

// The right edge of a ragged column is no edge its lines keep to: bold words ending a
// line past it, a word space after the line's others, are no head.
TEST(SideHeadRegions, TakesNoWordsRunningOnFromTheColumnForAHeadRightOfIt) {
  PageBuilder page;
  const double baseline = RectoParagraph(page, 100, kFirst);
  const double end =
      page.Line(kRectoLeft, baseline,
                "The findings of the inspection are set out in full, one by one, in the", kSize);
  page.Line(end + kSpaceWidth * kSize, baseline, "inspection annexes", kSize, kBold);
  ASSERT_GT(end, kRectoRight - 100);
  EXPECT_TRUE(SideHeadRegions(page.words(), {kRectoLeft, end - 2}).empty());
}

// Where heads follow the line beside them, a head level with the last line of a
// paragraph reads after that paragraph, whole, before the paragraph after.
TEST(SideHeadRegions, ReadsAHeadLevelWithAParagraphsLastLineBeforeTheParagraphAfter) {
  const Lines first = RectoLines(kFirst), second = RectoLines(kSecond);
  Lines expected = first;
  expected.push_back("NPS effectiveness");
  expected.insert(expected.end(), second.begin(), second.end());
  expected.insert(expected.end(), first.begin(), first.end());
  EXPECT_EQ(
      ReadAll(SideHeadRegions(MarginNotePage(true, true).words(), {kRectoLeft, kRectoRight, true})),
      expected);
}

// A head level with the page's last line heads the text after it, on the next page.
TEST(SideHeadRegions, ReadsAHeadLevelWithThePagesLastLineAfterIt) {
  PageBuilder page;
  const double baseline = RectoParagraph(page, 100, kFirst) - kParagraphSpace - kPitch;
  page.Line(kRectoNote, baseline, "The CRC and NPS", 9, kBold);
  page.Line(kRectoNote, baseline + 11, "working together", 9, kBold);
  Lines expected = RectoLines(kFirst);
  expected.push_back("The CRC and NPS");
  expected.push_back("working together");
  EXPECT_EQ(ReadAll(SideHeadRegions(page.words(), {kRectoLeft, kRectoRight, true})), expected);
}

// Where heads follow the line beside them, a head level with the last line of the
// paragraph the head over it heads heads the next paragraph, not that one.
TEST(SideHeadRegions, ReadsEachHeadFollowingALineBeforeTheParagraphAfterIt) {
  PageBuilder page;
  double baseline = RectoParagraph(page, 100, kFirst);
  page.Line(kRectoNote, baseline - kParagraphSpace - kPitch, "Durham Tees Valley CRC", 9, kBold);
  page.Line(kRectoNote, baseline - kParagraphSpace - kPitch + 11, "should:", 9, kBold);
  baseline = RectoParagraph(page, baseline, kSecond);
  page.Line(kRectoNote, baseline - kParagraphSpace - kPitch, "Background", 9, kBold);
  RectoParagraph(page, baseline, kFirst);
  const Lines first = RectoLines(kFirst), second = RectoLines(kSecond);
  Lines expected = first;
  expected.push_back("Durham Tees Valley CRC");
  expected.push_back("should:");
  expected.insert(expected.end(), second.begin(), second.end());
  expected.push_back("Background");
  expected.insert(expected.end(), first.begin(), first.end());
  EXPECT_EQ(ReadAll(SideHeadRegions(page.words(), {kRectoLeft, kRectoRight, true})), expected);
}

// A head in the space under a heading in the column, its box just touching the
// heading's, is level with no line: it reads after the heading.
TEST(SideHeadRegions, ReadsAHeadUnderAHeadingItsBoxTouchesAfterTheHeading) {
  PageBuilder page;
  const double heading = RectoParagraph(page, 100, kFirst) + 6;
  page.Line(kRectoLeft, heading, "Protecting the public", 12, kBold);
  // The head's box top (0.95 em up) a point above the heading's box bottom.
  const double head = heading + 0.25 * 12 - 1 + 0.95 * 9;
  page.Line(kRectoNote, head, "CRC effectiveness", 9, kBold);
  RectoParagraph(page, head + 16, kSecond);
  Lines expected = RectoLines(kFirst);
  expected.push_back("Protecting the public");
  expected.push_back("CRC effectiveness");
  const Lines second = RectoLines(kSecond);
  expected.insert(expected.end(), second.begin(), second.end());
  EXPECT_EQ(ReadAll(SideHeadRegions(page.words(), {kRectoLeft, kRectoRight})), expected);
}

// A paragraph, then the head "Overview" pushed down the margin, its box (0.95 em up)
// reaching `into` points above the next paragraph's first line's box bottom; whether
// the page reads the first paragraph, the head, then the next paragraph whole.
bool ReadsTheHeadBeforeTheWholeParagraph(double into) {
  PageBuilder page;
  const double second = RectoParagraph(page, 100, kFirst);
  page.Line(kRectoNote, second + 0.25 * kSize - into + 0.95 * 9, "Overview", 9, kBold);
  RectoParagraph(page, second, kSecond);
  Lines expected = RectoLines(kFirst);
  expected.push_back("Overview");
  const Lines lines = RectoLines(kSecond);
  expected.insert(expected.end(), lines.begin(), lines.end());
  return ReadAll(SideHeadRegions(page.words(), {kRectoLeft, kRectoRight})) == expected;
}

// A head pushed down the margin, its box touching a paragraph's first line and level
// with its second, heads the paragraph from its first line: the paragraph reads whole.
TEST(SideHeadRegions, ReadsAHeadTouchingAParagraphsFirstLineBeforeTheWholeParagraph) {
  EXPECT_TRUE(ReadsTheHeadBeforeTheWholeParagraph(1));
}

// A head pushed down the margin between two lines of a paragraph, its box overlapping
// each by under half its height but the two by more, heads the paragraph from its first
// line: the paragraph reads whole.
// (Its box from 4.7 pt above the first line's box bottom to 5.1 pt under the second
// line's box top.)
TEST(SideHeadRegions, ReadsAHeadBetweenTwoLinesOfAParagraphBeforeTheWholeParagraph) {
  EXPECT_TRUE(ReadsTheHeadBeforeTheWholeParagraph(4.7));
}

// Text of its own in the margin right of the column holds no heads there, but the
// margin left of it still does.
TEST(SideHeadRegions, ReadsTheLeftMarginsHeadsWhereTheRightMarginHoldsTextOfItsOwn) {
  PageBuilder page = SideHeadPage(true);
  page.Lines(kRight + 20, 100 + kPitch / 2, kPitch, {"A note", "of its", "own."}, kSize);
  const Lines read = ReadAll(SideHeadRegions(page.words(), {kColumn, kRight}));
  EXPECT_NE(std::find(read.begin(), read.end(), "CRC effectiveness"), read.end());
}

// A rail beside the column: three paragraphs in the column (the first, the second,
// and the first again), their first baselines in `starts`; boxes and heads are set in
// the margin beside them.
struct RailPage {
  PageBuilder page;
  std::vector<Lines> paragraphs;
  std::vector<double> starts;
  RailPage() {
    double baseline = 100;
    for (const char* text : {kFirst, kSecond, kFirst}) {
      paragraphs.push_back(Wrap(text, kRight - kColumn, kSize));
      starts.push_back(baseline);
      baseline =
          page.JustifiedLines(kColumn, kRight, baseline, kPitch, paragraphs.back(), kSize) + 8;
    }
  }
  // A key fact in the margin from the baseline `top` down: the figure in 11 pt bold
  // over its description in 7.5 pt, 10 pt apart; its lines.
  Lines KeyFact(double top, const char* figure, const std::string& description) {
    page.Line(kMargin, top, figure, 11, kBold);
    Lines lines = Wrap(description, 50, 7.5);
    page.Lines(kMargin, top + 12, 10, lines, 7.5);
    lines.insert(lines.begin(), figure);
    return lines;
  }
  // The paragraphs' lines, with `before` read before the paragraph `at`.
  Lines Read(std::vector<std::pair<std::size_t, Lines>> before) const {
    Lines out;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
      for (const auto& [at, lines] : before) {
        if (at == i) out.insert(out.end(), lines.begin(), lines.end());
      }
      out.insert(out.end(), paragraphs[i].begin(), paragraphs[i].end());
    }
    return out;
  }
};

const char* kFact = "The number of MAPPA eligible offenders managed by the NPS.";

// A box floated in the margin (a panel of key facts in a rail), in type smaller than
// the body's, its first line beside the second paragraph's second line: read whole
// before that paragraph, from its first line, not line by line with the text beside.
TEST(SideHeadRegions, ReadsABoxInTheMarginBeforeTheParagraphBesideIt) {
  RailPage rail;
  const Lines fact = rail.KeyFact(rail.starts[1] + kPitch, "1,384", kFact);
  EXPECT_EQ(ReadAll(SideHeadRegions(rail.page.words(), {kColumn})), rail.Read({{1, fact}}));
}

// A word of a note in the margin, on one line in smaller type, is no box; nor are
// footnotes' numbers hanging out into the margin, however many: the page has none.
TEST(SideHeadRegions, SeesNoBoxInALineOfItsOwnInTheMargin) {
  RailPage rail;
  rail.page.Line(kMargin, rail.starts[1], "users", 9);
  EXPECT_TRUE(SideHeadRegions(rail.page.words(), {kColumn}).empty());
}

TEST(SideHeadRegions, SeesNoBoxInFootnoteNumbersHangingInTheMargin) {
  RailPage rail;
  for (int i = 0; i < 3; ++i) {
    rail.page.Line(kMargin + 40, 700 + 11 * i, std::to_string(i + 1), 5.2);
    rail.page.Line(kColumn, 700 + 11 * i, "Offender Management Caseload Statistics 2016", 8);
  }
  EXPECT_TRUE(SideHeadRegions(rail.page.words(), {kColumn}).empty());
}

// Footnotes set across the rail and the column, in smaller type, run on from the
// margin into the column: their lines are no box.
TEST(SideHeadRegions, SeesNoBoxInFootnotesSetAcrossTheMargin) {
  RailPage rail;
  rail.page.Line(kMargin, 700, "1 Offender Management Caseload Statistics as at 31 March 2016", 8);
  rail.page.Line(kMargin, 710, "2 Figure for the Derbyshire, Nottinghamshire, Leicestershire CRC",
                 8);
  EXPECT_TRUE(SideHeadRegions(rail.page.words(), {kColumn}).empty());
}

// A table's header row set out into the margin, in bold type level with the
// column's bold cells, is neither side heads nor a box: the page has none.
TEST(SideHeadRegions, SeesNoBoxInATableHeaderHangingInTheMargin) {
  RailPage rail;
  rail.page.Line(kMargin, 600, "Outcomes of", kSize, kBold);
  rail.page.Line(kColumn + 100, 600, "The proportion judged", kSize, kBold);
  rail.page.Line(kMargin, 613, "the work", kSize, kBold);
  rail.page.Line(kColumn + 100, 613, "done well enough", kSize, kBold);
  EXPECT_TRUE(SideHeadRegions(rail.page.words(), {kColumn}).empty());
}

// A wide table's rows set out across the margin and the column, in type smaller than
// the body's: the number and title cells in the margin, the rating in the column on
// the same baseline. They are rows across the page, not a box: the page has none.
TEST(SideHeadRegions, SeesNoBoxInATablesRowsSetOutAcrossTheMargin) {
  RailPage rail;
  const char* titles[] = {"Leadership", "Staff", "Information and facilities"};
  for (int row = 0; row < 3; ++row) {
    const double baseline = 600 + 20 * row;
    rail.page.Line(kMargin - 40, baseline, "1." + std::to_string(row + 1), 8.5);
    rail.page.Line(kMargin, baseline, titles[row], 8.5);
    rail.page.Line(kColumn + 200, baseline, "Good", 8.5);
  }
  EXPECT_TRUE(SideHeadRegions(rail.page.words(), {kColumn}).empty());
}

// Two boxes with a head between them down the rail: each is read before the
// paragraph beside it, the head before its own.
TEST(SideHeadRegions, ReadsEachBoxBetweenTheHeadsBeforeItsOwnParagraph) {
  RailPage rail;
  const Lines first = rail.KeyFact(rail.starts[0], "1,384", "Offenders managed.");
  rail.page.Line(kMargin, rail.starts[1], "Overview", 10.5, kBold);
  const Lines second = rail.KeyFact(rail.starts[2], "12%", "Volume reduction.");
  EXPECT_EQ(ReadAll(SideHeadRegions(rail.page.words(), {kColumn})),
            rail.Read({{0, first}, {1, {"Overview"}}, {2, second}}));
}

// A subheading beside the second paragraph's first line and a box under it beside
// the paragraph's second line are both read before the paragraph, in their order
// down the rail.
TEST(SideHeadRegions, ReadsAHeadAndTheBoxUnderItBeforeTheirParagraphInTheRailsOrder) {
  RailPage rail;
  rail.page.Line(kMargin, rail.starts[1], "CRC effectiveness", 9, kBold);
  const Lines fact = rail.KeyFact(rail.starts[1] + kPitch, "12%", "Volume reduction.");
  Lines before = {"CRC effectiveness"};
  before.insert(before.end(), fact.begin(), fact.end());
  EXPECT_EQ(ReadAll(SideHeadRegions(rail.page.words(), {kColumn})), rail.Read({{1, before}}));
}

// Heads pushed down the rail by a box over them, stacked under it beside the third
// paragraph's second line, were set where the box already took the rail: they head
// the paragraph beside the box's foot (the second), from its first line.
TEST(SideHeadRegions, ReadsHeadsPushedDownByABoxBeforeTheParagraphBesideItsFoot) {
  RailPage rail;
  const Lines fact = rail.KeyFact(rail.starts[0] + kPitch, "1,384", kFact);
  const double foot = rail.starts[0] + kPitch + 12 + 10 * static_cast<double>(fact.size() - 2);
  ASSERT_GT(foot, rail.starts[1] + kPitch);
  ASSERT_LT(foot, rail.starts[2]);
  rail.page.Line(kMargin, rail.starts[2] + kPitch, "Overview", 10.5, kBold);
  rail.page.Line(kMargin, rail.starts[2] + kPitch + 14, "CRC effectiveness", 9, kBold);
  EXPECT_EQ(ReadAll(SideHeadRegions(rail.page.words(), {kColumn})),
            rail.Read({{0, fact}, {1, {"Overview", "CRC effectiveness"}}}));
}

// A head under a box, level with the third paragraph's first line, stands where it
// was set: it heads that paragraph.
TEST(SideHeadRegions, ReadsAHeadUnderABoxLevelWithAParagraphsStartBeforeIt) {
  RailPage rail;
  const Lines fact = rail.KeyFact(rail.starts[0] + kPitch, "1,384", kFact);
  rail.page.Line(kMargin, rail.starts[2], "Overview", 10.5, kBold);
  EXPECT_EQ(ReadAll(SideHeadRegions(rail.page.words(), {kColumn})),
            rail.Read({{0, fact}, {2, {"Overview"}}}));
}

// Where heads follow the line beside them, a head under a box level with the second
// paragraph's last line heads the third paragraph, as it would with no box over it:
// it was set after that line, not pushed down by the box.
TEST(SideHeadRegions, ReadsAHeadUnderABoxFollowingTheLineBesideItBeforeTheParagraphAfter) {
  RailPage rail;
  const Lines fact = rail.KeyFact(rail.starts[0], "1,384", "Offenders managed.");
  const double last = rail.starts[2] - 8 - kPitch;
  ASSERT_LT(rail.starts[0] + 12 + 10 * static_cast<double>(fact.size() - 2) + 2, last - 9);
  rail.page.Line(kMargin, last, "Overview", 9, kBold);
  EXPECT_EQ(ReadAll(SideHeadRegions(rail.page.words(), {kColumn, 0, true})),
            rail.Read({{0, fact}, {2, {"Overview"}}}));
}

}  // namespace
}  // namespace findings

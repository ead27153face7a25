#include "layout/side_heads.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::kBold;
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

TEST(TextColumnEdge, IsWhereTheBodyTextStartsWhateverStandsInTheMargin) {
  const PageBuilder with = SideHeadPage(true), without = SideHeadPage(false);
  EXPECT_EQ(TextColumnEdge({with.words(), without.words(), without.words()}), kColumn);
}

// On a page in columns, the column furthest left, though the others hold more lines.
TEST(TextColumnEdge, IsTheFirstColumnsEdgeOnAPageInColumns) {
  PageBuilder page;
  page.JustifiedLines(57, 197, 100, kPitch, Wrap(kSecond, 140, kSize), kSize);
  for (const double left : {240.0, 423.0})
    page.JustifiedLines(left, left + 140, 100, kPitch,
                        Wrap(std::string(kFirst) + " " + kSecond, 140, kSize), kSize);
  EXPECT_EQ(TextColumnEdge({page.words()}), 57);
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
  EXPECT_TRUE(SideHeadRegions(page.words(), kColumn).empty());
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
  EXPECT_EQ(ReadAll(SideHeadRegions(page.words(), kColumn)), expected);
}

TEST(SideHeadRegions, SeesNoneWhereTheMarginIsEmpty) {
  EXPECT_TRUE(SideHeadRegions(SideHeadPage(false).words(), kColumn).empty());
}

// A bold item hanging out into the margin and running on into the column wraps to a
// second line in the margin: that line is the item's, not a side head.
TEST(SideHeadRegions, ReadsTheLineAHangingItemWrapsToWithIt) {
  PageBuilder page = SideHeadPage(false);
  page.Line(kMargin, 300,
            "• Staff have manageable workloads and are supported to deliver innovative and", kSize,
            kBold);
  page.Line(kMargin, 313, "personal services", kSize, kBold);
  EXPECT_TRUE(SideHeadRegions(page.words(), kColumn).empty());
}

// A title in display type hanging out into the margin, its first word already
// running into the column, wraps to a last line in the margin ("Kent"): that line is
// the title's, not a side head.
TEST(SideHeadRegions, ReadsTheLastLineOfATitleWhoseWordsRunIntoTheColumnWithIt) {
  PageBuilder page = SideHeadPage(false);
  page.Line(kMargin, 400, "Effectiveness of probation work in", 26, kBold);
  page.Line(kMargin, 434, "Kent", 26, kBold);
  ASSERT_GT(page.words()[page.words().size() - 6].right, kColumn);
  EXPECT_TRUE(SideHeadRegions(page.words(), kColumn).empty());
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
  const std::vector<Region> regions = SideHeadRegions(page.words(), kColumn);
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
  EXPECT_EQ(ReadAll(SideHeadRegions(page.words(), kColumn)), expected);
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
  EXPECT_EQ(ReadAll(SideHeadRegions(page.words(), kColumn)), expected);
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
  EXPECT_EQ(ReadAll(SideHeadRegions(page.words(), kColumn)), expected);
}

// A side head wider than the margin runs up to the column, a fraction of a point
// short of it: it is still the margin's, not a heading run into the paragraph.
TEST(SideHeadRegions, ReadsASideHeadRunningUpToTheColumnApart) {
  PageBuilder page = SideHeadPage(false);
  const double baseline = 400;
  page.RightAligned(kColumn - 0.4, baseline, "Recommendations", 12, kBold);
  page.JustifiedLines(kColumn, kRight, baseline, kPitch, Wrap(kSecond, kRight - kColumn, kSize),
                      kSize);
  const Lines read = ReadAll(SideHeadRegions(page.words(), kColumn));
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
  const Lines read = ReadAll(SideHeadRegions(page.words(), kColumn));
  EXPECT_NE(std::find(read.begin(), read.end(), "Resettlement⁷"), read.end());
}

// Text of its own in the margin (a box, a column of body text) is no side head's:
// the page has none.
TEST(SideHeadRegions, SeesNoneWhereTheMarginHoldsTextOfItsOwn) {
  PageBuilder page = SideHeadPage(true);
  page.Lines(kMargin, 400, kPitch, Wrap("A note in the margin on its own.", 80, kSize), kSize);
  EXPECT_TRUE(SideHeadRegions(page.words(), kColumn).empty());
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
  EXPECT_EQ(ReadAll(SideHeadRegions(rail.page.words(), kColumn)), rail.Read({{1, fact}}));
}

// A word of a note in the margin, on one line in smaller type, is no box; nor are
// footnotes' numbers hanging out into the margin, however many: the page has none.
TEST(SideHeadRegions, SeesNoBoxInALineOfItsOwnInTheMargin) {
  RailPage rail;
  rail.page.Line(kMargin, rail.starts[1], "users", 9);
  EXPECT_TRUE(SideHeadRegions(rail.page.words(), kColumn).empty());
}

TEST(SideHeadRegions, SeesNoBoxInFootnoteNumbersHangingInTheMargin) {
  RailPage rail;
  for (int i = 0; i < 3; ++i) {
    rail.page.Line(kMargin + 40, 700 + 11 * i, std::to_string(i + 1), 5.2);
    rail.page.Line(kColumn, 700 + 11 * i, "Offender Management Caseload Statistics 2016", 8);
  }
  EXPECT_TRUE(SideHeadRegions(rail.page.words(), kColumn).empty());
}

// Footnotes set across the rail and the column, in smaller type, run on from the
// margin into the column: their lines are no box.
TEST(SideHeadRegions, SeesNoBoxInFootnotesSetAcrossTheMargin) {
  RailPage rail;
  rail.page.Line(kMargin, 700, "1 Offender Management Caseload Statistics as at 31 March 2016", 8);
  rail.page.Line(kMargin, 710, "2 Figure for the Derbyshire, Nottinghamshire, Leicestershire CRC",
                 8);
  EXPECT_TRUE(SideHeadRegions(rail.page.words(), kColumn).empty());
}

// A table's header row set out into the margin, in bold type level with the
// column's bold cells, is neither side heads nor a box: the page has none.
TEST(SideHeadRegions, SeesNoBoxInATableHeaderHangingInTheMargin) {
  RailPage rail;
  rail.page.Line(kMargin, 600, "Outcomes of", kSize, kBold);
  rail.page.Line(kColumn + 100, 600, "The proportion judged", kSize, kBold);
  rail.page.Line(kMargin, 613, "the work", kSize, kBold);
  rail.page.Line(kColumn + 100, 613, "done well enough", kSize, kBold);
  EXPECT_TRUE(SideHeadRegions(rail.page.words(), kColumn).empty());
}

// Two boxes with a head between them down the rail: each is read before the
// paragraph beside it, the head before its own.
TEST(SideHeadRegions, ReadsEachBoxBetweenTheHeadsBeforeItsOwnParagraph) {
  RailPage rail;
  const Lines first = rail.KeyFact(rail.starts[0], "1,384", "Offenders managed.");
  rail.page.Line(kMargin, rail.starts[1], "Overview", 10.5, kBold);
  const Lines second = rail.KeyFact(rail.starts[2], "12%", "Volume reduction.");
  EXPECT_EQ(ReadAll(SideHeadRegions(rail.page.words(), kColumn)),
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
  EXPECT_EQ(ReadAll(SideHeadRegions(rail.page.words(), kColumn)), rail.Read({{1, before}}));
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
  EXPECT_EQ(ReadAll(SideHeadRegions(rail.page.words(), kColumn)),
            rail.Read({{0, fact}, {1, {"Overview", "CRC effectiveness"}}}));
}

// A head under a box, level with the third paragraph's first line, stands where it
// was set: it heads that paragraph.
TEST(SideHeadRegions, ReadsAHeadUnderABoxLevelWithAParagraphsStartBeforeIt) {
  RailPage rail;
  const Lines fact = rail.KeyFact(rail.starts[0] + kPitch, "1,384", kFact);
  rail.page.Line(kMargin, rail.starts[2], "Overview", 10.5, kBold);
  EXPECT_EQ(ReadAll(SideHeadRegions(rail.page.words(), kColumn)),
            rail.Read({{0, fact}, {2, {"Overview"}}}));
}

}  // namespace
}  // namespace findings

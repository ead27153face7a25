#include "layout/key_figures.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "pipeline/layout/page_builder.h"
#include "pipeline/layout/read_blocks.h"

// Key facts as BuildBlocks reads them: each figure with its description as an item
// ("• 62% of cases …"), or tiles in a grid as cells under their figures.
namespace findings {
namespace {

using layout_test::Blocks;
using layout_test::kBold;
using layout_test::PageBuilder;
using namespace layout_test::block_page;

// The key-facts panel: a figure in 20 pt beside its description in 10 pt.
TEST(KeyFigures, ReadsAKeyFigureWithItsDescriptionAsAnItem) {
  PageBuilder page;
  page.Line(kLeft, 122, "62%", 20);
  page.Lines(140, 110, kPitch, {"of cases had a sufficient", "assessment of risk of harm"}, kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"• 62% of cases had a sufficient assessment of risk of harm"}));
}

// A figure broken over two lines by a narrow panel ("1 (of" / "21)"), in 20 pt 24 pt
// apart, beside its description's three lines: one fact.
TEST(KeyFigures, ReadsAKeyFigureBrokenOverTwoLinesWithItsDescriptionAsAnItem) {
  PageBuilder page;
  page.Line(kLeft, 122, "1 (of", 20);
  page.Line(kLeft + 8, 146, "21)", 20);
  page.Lines(140, 116, kPitch, {"The number of", "CRCs owned by", "Seetec."}, kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"\xE2\x80\xA2 1 (of 21) The number of CRCs owned by Seetec."}));
}

// A figure broken inside its digits by a cell too narrow for it ("258,74" / "8"): one
// figure, with no space in it, since a group of thousands holds three digits. A figure
// whose first line ends a group ("1,384" / "12%"), or whose next line opens with no
// digit ("1,38" / "(4%)"), keeps its space.
TEST(KeyFigures, ReadsAKeyFigureBrokenInsideAThousandsGroupAsOneNumber) {
  const auto read = [](const char* top, const char* under) {
    PageBuilder page;
    page.Line(kLeft, 122, top, 20);
    page.Line(kLeft + 20, 146, under, 20);
    page.Lines(140, 116, kPitch, {"The total number of", "offenders subject to", "supervision."},
               kSize);
    return Read(page, kSpaced);
  };
  EXPECT_EQ(read("258,74", "8"),
            (Blocks{"\xE2\x80\xA2 258,748 The total number of offenders subject to supervision."}));
  EXPECT_EQ(
      read("1,384", "12%"),
      (Blocks{"\xE2\x80\xA2 1,384 12% The total number of offenders subject to supervision."}));
  EXPECT_EQ(
      read("1,38", "(4%)"),
      (Blocks{"\xE2\x80\xA2 1,38 (4%) The total number of offenders subject to supervision."}));
}

// A panel of key facts one under the other, each description level with its figure
// and set right under the description above (a LaTeX list): each figure starts a fact.
TEST(KeyFigures, ReadsKeyFactsSetOneUnderTheOtherAtTheLinePitchAsItems) {
  PageBuilder page;
  page.Line(kLeft, 110.4, "251,170", 14);
  page.Lines(140, 110, kPitch, {"The total number of offenders", "across England & Wales."}, kSize);
  page.Line(kLeft, 110.4 + 2 * kPitch, "41%", 14);
  page.Lines(140, 110 + 2 * kPitch, kPitch,
             {"The proportion of the cases which", "relate to a custodial sentence."}, kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"• 251,170 The total number of offenders across England & Wales.",
                    "• 41% The proportion of the cases which relate to a custodial sentence."}));
}

// A panel of key facts set as a table whose cells align at their tops, under the
// panel's heading in the figures' type: each figure, 16 pt, stands with its top at
// its description's first line's, so reaching lower than that line's baseline, and
// the descriptions follow one another 2 pt apart (the cells' padding). Each figure
// starts a fact beside its description; the heading takes no figure.
TEST(KeyFigures, ReadsKeyFiguresSetAtTheTopOfTheirCellsBesideTheirDescriptions) {
  const std::pair<const char*, std::vector<std::string>> facts[] = {
      {"251,170", {"The total number of offenders subject to", "probation supervision."}},
      {"8,449", {"The number of offenders supervised by the CRC."}},
      {"41%",
       {"The proportion of the CRC cases which relate",
        "to a custodial sentence. The proportion for", "all England & Wales was 56%."}}};
  PageBuilder page;
  page.Line(kLeft, 90, "Key facts", 16, kBold);
  double baseline = 90 + 16;
  for (const auto& [figure, description] : facts) {
    // The figure's top at the description's: 0.95 of each size above its baseline.
    page.Line(kLeft + 10, baseline + layout_test::kAscent * (16 - kSize), figure, 16, kBold);
    baseline = page.Lines(kLeft + 90, baseline, kPitch, description, kSize) + 2;
  }
  EXPECT_EQ(Read(page, kUnspaced),
            (Blocks{"Key facts",
                    "• 251,170 The total number of offenders subject to probation supervision.",
                    "• 8,449 The number of offenders supervised by the CRC.",
                    "• 41% The proportion of the CRC cases which relate to a custodial sentence. "
                    "The proportion for all England & Wales was 56%."}));
}

// Key figures set right in their column, each level with its description's first
// line, the rows at the line pitch with a little space between: a figure beside a
// one-line description reaches down to the next figure's box, which still opens a
// fact of its own ("8,392" over "37%", not one figure "8,392 37%").
TEST(KeyFigures, ReadsAFigureUnderAFigureBesideItsOwnDescriptionAsAFactOfItsOwn) {
  const std::pair<const char*, std::vector<std::string>> facts[] = {
      {"8,392", {"The number of offenders supervised by the CRC."}},
      {"37%", {"The proportion of the CRC cases which relate", "to a custodial sentence."}},
      {"74%", {"The proportion of offenders who completed", "their licence."}}};
  PageBuilder page;
  double baseline = 100;
  for (const auto& [figure, description] : facts) {
    page.Line(kLeft + 60 - layout_test::TextWidth(figure, 14), baseline, figure, 14);
    baseline = page.Lines(kLeft + 70, baseline, kPitch, description, kSize) + 4;
  }
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"• 8,392 The number of offenders supervised by the CRC.",
                    "• 37% The proportion of the CRC cases which relate to a custodial sentence.",
                    "• 74% The proportion of offenders who completed their licence."}));
}

// A panel of key facts as tiles in a grid (a box each): a row of figures in 20 pt,
// each over its description's lines in 8 pt centred under it, the tiles wrapping
// their descriptions over as many lines as each needs; a paragraph under the panel.
// Each description reads whole in the cell under its figure, though the tiles' lines
// run out one after another.
TEST(KeyFigures, ReadsTheDescriptionsOfTilesInAGridEachInTheCellUnderItsFigure) {
  const std::pair<const char*, std::vector<std::string>> tiles[] = {
      {"251,170", {"The total number of", "offenders subject to", "supervision."}},
      {"8,449",
       {"The number of", "offenders supervised", "by the Derbyshire,", "Leicestershire &",
        "Rutland CRC."}},
      {"41%", {"The proportion of", "custodial cases."}}};
  PageBuilder page;
  double centre = kLeft + 40;
  for (const auto& [figure, description] : tiles) {
    page.Line(centre - layout_test::TextWidth(figure, 20) / 2, 120, figure, 20, kBold);
    double baseline = 134;
    for (const std::string& line : description) {
      page.Line(centre - layout_test::TextWidth(line, 8) / 2, baseline, line, 8);
      baseline += 10;
    }
    centre += 120;
  }
  page.Line(kLeft, 200, "The panel ends here.", kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"251,170\t8,449\t41%",
                    "The total number of offenders subject to supervision.\tThe number of "
                    "offenders supervised by the Derbyshire, Leicestershire & Rutland CRC.\tThe "
                    "proportion of custodial cases.",
                    "The panel ends here."}));
}

using Tile = std::pair<const char*, std::vector<std::string>>;

// Key-fact tiles set flush left, 118 pt apart: each figure in 20 pt bold at its tile's
// left edge on baseline 120, its description in 8 pt under it from `first_baseline(t)`
// down, `pitch` apart.
template <std::size_t N, typename FirstBaseline>
void SetTilesFlushLeft(PageBuilder& page, const Tile (&tiles)[N], double pitch,
                       FirstBaseline first_baseline) {
  for (std::size_t t = 0; t < N; ++t) {
    const double left = kLeft + 118 * static_cast<double>(t);
    page.Line(left, 120, tiles[t].first, 20, kBold);
    page.Lines(left, first_baseline(t), pitch, tiles[t].second, 8);
  }
}

// Tiles set flush left, each figure at its tile's left edge over its description's
// lines, 8 pt on 10.4 pt; the last tile's lines run further right of its figure than
// half the figures' spacing. A line holding a raised reference is set down 2.5 pt to
// make room for it. Each description reads whole under its figure.
TEST(KeyFigures, ReadsTilesSetFlushLeftWithALineSetDownForItsReference) {
  const std::pair<const char*, std::vector<std::string>> tiles[] = {
      {"251,170", {"The total number of", "offenders subject to", "supervision.^1"}},
      {"8,392", {"The number of offenders", "supervised by the CRC."}},
      {"37%", {"The proportion of the CRC", "cases which relate to a", "custodial sentence."}},
      {"74%", {"The proportion of offenders", "who completed their licence."}}};
  PageBuilder page;
  double left = kLeft;
  for (const auto& [figure, description] : tiles) {
    page.Line(left, 120, figure, 20, kBold);
    double baseline = 134;
    for (const std::string& line : description) {
      page.Line(left, baseline + (line.find('^') != std::string::npos ? 2.5 : 0), line, 8);
      baseline += 10.4;
    }
    left += 118;
  }
  // The last tile reaches past half the spacing right of its figure's middle.
  const double last_middle = kLeft + 3 * 118 + layout_test::TextWidth("74%", 20) / 2;
  ASSERT_GT(kLeft + 3 * 118 + layout_test::TextWidth(tiles[3].second[0], 8), last_middle + 59);
  ASSERT_LT(layout_test::TextWidth(tiles[3].second[1], 8), 114);
  page.Line(kLeft, 200, "The panel ends here.", kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"251,170\t8,392\t37%\t74%",
                    "The total number of offenders subject to supervision.¹\tThe number of "
                    "offenders supervised by the CRC.\tThe proportion of the CRC cases which "
                    "relate to a custodial sentence.\tThe proportion of offenders who completed "
                    "their licence.",
                    "The panel ends here."}));
}

// Tiles whose lines are not level with each other's (each box centres its text), in
// 8 pt on the body's 12 pt leading: the left tiles' lines stand 2.6 pt under the right
// ones'; the right tiles run on past the left ones' end. Each tile keeps its own pitch,
// so each description reads whole, however far apart its small type is set.
TEST(KeyFigures, ReadsTilesWhoseLinesStandBetweenEachOthersAtTheirOwnPitch) {
  const Tile tiles[] = {
      {"251,170", {"The total number of", "offenders subject to", "supervision."}},
      {"8,392", {"The number of", "offenders supervised", "by the CRC."}},
      {"37%",
       {"The proportion of the", "CRC cases which relate", "to a custodial sentence.",
        "The proportion for all", "England & Wales", "was 56%."}},
      {"74%", {"The proportion of", "offenders who", "completed their", "licence."}}};
  PageBuilder page;
  SetTilesFlushLeft(page, tiles, 12, [](std::size_t t) { return t < 2 ? 136.6 : 134; });
  page.Line(kLeft, 230, "The panel ends here.", kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"251,170\t8,392\t37%\t74%",
                    "The total number of offenders subject to supervision.\tThe number of "
                    "offenders supervised by the CRC.\tThe proportion of the CRC cases which "
                    "relate to a custodial sentence. The proportion for all England & Wales was "
                    "56%.\tThe proportion of offenders who completed their licence.",
                    "The panel ends here."}));
}

// Tiles level with each other's lines, their 8 pt type set on 11.6 pt (Typst's
// tiles: a loose leading, more than the body's paragraph pitch in the tiles' own
// type): under each tile's first line, before any pitch of its own is known, its
// second line is still its own.
TEST(KeyFigures, ReadsLevelTilesWhoseSmallTypeIsSetOnALooseLeading) {
  const Tile tiles[] = {
      {"251,170", {"The total number of", "offenders subject to", "supervision."}},
      {"8,392", {"The number of offenders", "supervised by the CRC."}},
      {"37%", {"The proportion of the", "custodial cases."}}};
  PageBuilder page;
  SetTilesFlushLeft(page, tiles, 11.6, [](std::size_t) { return 134.0; });
  page.Line(kLeft, 190, "The panel ends here.", kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"251,170\t8,392\t37%",
                    "The total number of offenders subject to supervision.\tThe number of "
                    "offenders supervised by the CRC.\tThe proportion of the custodial cases.",
                    "The panel ends here."}));
}

// Two columns' panels of tiles side by side, each two tiles wide, their second rows
// not level: the left column's longer descriptions set its figures 10 pt under the
// right's, so one line holds all four figures, the right's descriptions opening
// beside the left's figures. Each description reads whole under its figure.
TEST(KeyFigures, ReadsTilesUnderFiguresNotLevelWithEachOther) {
  const Tile tiles[] = {{"41%", {"The proportion of the", "custodial cases."}},
                        {"62%", {"The proportion of", "licences completed."}},
                        {"12%", {"The volume reduction", "for the CRC."}},
                        {"2 (of 21)", {"The number of CRCs", "owned by the RRP."}}};
  PageBuilder page;
  for (std::size_t t = 0; t < 4; ++t) {
    const double left = kLeft + 118 * static_cast<double>(t), figure = t < 2 ? 130 : 120;
    page.Line(left, figure, tiles[t].first, 20, kBold);
    page.Lines(left, figure + 14, 10.4, tiles[t].second, 8);
  }
  page.Line(kLeft, 200, "The panel ends here.", kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"41%\t62%\t12%\t2 (of 21)",
                    "The proportion of the custodial cases.\tThe proportion of licences "
                    "completed.\tThe volume reduction for the CRC.\tThe number of CRCs owned "
                    "by the RRP.",
                    "The panel ends here."}));
}

TEST(KeyFigures, ReadsKeyFactsSideBySideOneAfterTheOther) {
  PageBuilder page;
  page.Line(kLeft, 122, "62%", 20);
  page.Lines(140, 110, kPitch, {"of cases had a sufficient", "assessment of risk of harm"}, kSize);
  page.Line(320, 122, "4", 20);
  page.Lines(350, 110, kPitch, {"probation delivery units", "were inspected"}, kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"• 62% of cases had a sufficient assessment of risk of harm",
                    "• 4 probation delivery units were inspected"}));
}

// A one-line paragraph with a number in it beside a side note in smaller type (a
// sidebar's footnote level with the text it notes): two blocks, no key fact.
TEST(KeyFigures, ReadsAOneLineParagraphBesideASmallerSideNoteAsNoKeyFact) {
  PageBuilder page;
  page.Line(kLeft, 110, "Peter was 40 years old and had a long history of offending.^11", kSize);
  page.Lines(420, 110, 9,
             {"^11 Please note, all names in the practice", "examples have been amended."}, 7);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"Peter was 40 years old and had a long history of offending.¹¹",
                    "¹¹ Please note, all names in the practice examples have been amended."}));
}

// A key fact over footnotes in 10 pt: its figure in 20 pt beside its description in
// 12.5 pt over two lines, both larger than the footnotes. A key fact, not headings.
TEST(KeyFigures, ReadsAKeyFactInTypeLargerThanTheFootnotesUnderItAsAKeyFact) {
  PageBuilder page;
  page.Line(100, 106, "2 (of 21)", 20, kBold);
  page.Lines(215, 100, 16, {"The number of CRCs owned by the", "Reoffending Partnership."}, 12.5);
  page.Lines(kLeft, 160, kPitch + kParagraphGap,
             {"1 Offender Management Caseload Statistics, Ministry of Justice",
              "2 Figure for the Derbyshire CRC", "3 Community Performance Statistics",
              "4 MAPPA Annual Report", "5 National Audit Office"},
             kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"• 2 (of 21) The number of CRCs owned by the Reoffending Partnership.",
                    "1 Offender Management Caseload Statistics, Ministry of Justice",
                    "2 Figure for the Derbyshire CRC", "3 Community Performance Statistics",
                    "4 MAPPA Annual Report", "5 National Audit Office"}));
}

}  // namespace
}  // namespace findings

#include "layout/spacing.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/lines.h"
#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::kBold;
using layout_test::PageBuilder;

// 10 pt type: word boxes 12 pt tall, lines 13 pt apart (1.08 box heights), a
// paragraph 6 pt further (1.58).
constexpr double kSize = 10, kPitch = 13, kParagraphGap = 6;

const std::vector<std::string> kParagraph = {
    "Staff in the service had manageable caseloads and",
    "told us that their managers supported them well,",
    "although some said that training had been delayed",
    "by the changes to the structure of the service."};

// `paragraphs` paragraphs of four lines at 72 pt, `gap` points between them.
std::vector<PdfLine> Paragraphs(int paragraphs, double gap, double size = kSize, double pitch = kPitch) {
  PageBuilder page;
  double baseline = 100;
  for (int p = 0; p < paragraphs; ++p) baseline = page.Lines(72, baseline, pitch, kParagraph, size) + gap;
  return BuildLines(page.words());
}

struct TypeCase {
  double size, pitch;
};

// Body type at the sizes and leading the reports use: 10 pt on 13, 11 pt on 14,
// 9.5 pt on 12 (the two-column layout's); paragraphs 6 pt apart.
const TypeCase kTypeCases[] = {{10, 13}, {11, 14}, {9.5, 12}};

TEST(SpacingHistogram, FindsParagraphsSetFurtherApartThanLines) {
  for (const TypeCase& c : kTypeCases) {
    SpacingHistogram histogram;
    histogram.Add(Paragraphs(5, kParagraphGap, c.size, c.pitch));
    const LineSpacing spacing = histogram.Result();
    const double height = 1.2 * c.size;  // the word boxes'
    ASSERT_TRUE(spacing.spaced()) << c.size;
    EXPECT_FALSE(spacing.Breaks(100, 100 + c.pitch, height)) << c.size << ": the line pitch";
    EXPECT_TRUE(spacing.Breaks(100, 100 + c.pitch + kParagraphGap, height)) << c.size << ": the paragraph pitch";
    // The narrower space around a list or under a heading is a break too.
    EXPECT_TRUE(spacing.Breaks(100, 100 + c.pitch + 3, height)) << c.size;
  }
}

// Justified, hyphenated text whose hyphens (U+2010) come from a fallback font with a
// taller line box: each line holding one is set 3 pt lower (the second of each
// paragraph here), more often than paragraphs start. The paragraph pitch is still the
// paragraphs' (6 pt more than the line pitch), not the lowered lines' (3 pt more).
std::vector<PdfLine> ParagraphsWithLoweredLines() {
  PageBuilder page;
  double baseline = 100;
  for (int p = 0; p < 5; ++p) {
    page.Line(72, baseline, "Staff in the service had manageable caseloads", kSize);
    page.Line(72, baseline += kPitch + 3, "and told us that their managers sup\xE2\x80\x90", kSize);
    page.Line(72, baseline += kPitch, "ported them well, although some said that", kSize);
    page.Line(72, baseline += kPitch, "training had been delayed.", kSize);
    baseline += kPitch + kParagraphGap;
  }
  return BuildLines(page.words());
}

TEST(SpacingHistogram, LeavesOutLinesAFallbackHyphenSetsLower) {
  SpacingHistogram histogram;
  histogram.Add(ParagraphsWithLoweredLines());
  const LineSpacing spacing = histogram.Result();
  const double height = 1.2 * kSize;
  ASSERT_TRUE(spacing.spaced());
  EXPECT_NEAR(spacing.break_pitch * height, kPitch + 0.25 * kParagraphGap, 0.3)
      << "a quarter of the way";
}

// The same page: the lowered lines are set 3 pt lower than the line pitch, which the
// spacing measures, and a lowered line's bottom read without it is at the line pitch
// under the line above.
TEST(SpacingHistogram, MeasuresHowMuchLowerAFallbackHyphenSetsItsLine) {
  const std::vector<PdfLine> lines = ParagraphsWithLoweredLines();
  SpacingHistogram histogram;
  histogram.Add(lines);
  const LineSpacing spacing = histogram.Result();
  const double height = 1.2 * kSize;
  EXPECT_NEAR(spacing.fallback_drop * height, 3, 0.3);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_NEAR(spacing.BottomOf(lines[1].pieces[0]) - lines[0].bottom, kPitch, 0.3);
  EXPECT_DOUBLE_EQ(spacing.BottomOf(lines[2].pieces[0]), lines[2].bottom) << "no U+2010 in it";
}

// Lines holding U+2010 at the line pitch: nothing to measure.
TEST(SpacingHistogram, MeasuresNoDropWhereAFallbackHyphenLeavesItsLineAtThePitch) {
  SpacingHistogram histogram;
  PageBuilder page;
  double baseline = 100;
  for (int p = 0; p < 5; ++p) {
    page.Line(72, baseline, "Staff in the service had manageable caseloads", kSize);
    page.Line(72, baseline += kPitch, "and told us that their managers sup\xE2\x80\x90", kSize);
    page.Line(72, baseline += kPitch, "ported them well, although some said that", kSize);
    baseline += kPitch + kParagraphGap;
  }
  histogram.Add(BuildLines(page.words()));
  EXPECT_EQ(histogram.Result().fallback_drop, 0);
}

TEST(SpacingHistogram, FindsNoParagraphSpacingWhereParagraphsAreSetAtTheLinePitch) {
  SpacingHistogram histogram;
  histogram.Add(Paragraphs(5, 0));
  EXPECT_FALSE(histogram.Result().spaced());
}

// Unspaced, the line pitch is still measured: 13 pt in 12 pt boxes.
TEST(SpacingHistogram, MeasuresTheLinePitchWhereParagraphsAreNotSpaced) {
  SpacingHistogram histogram;
  histogram.Add(Paragraphs(5, 0));
  EXPECT_NEAR(histogram.Result().line_pitch, 13.0 / 12, 0.02);
}

TEST(SpacingHistogram, FindsNoParagraphSpacingInAnEmptyDocument) {
  SpacingHistogram histogram;
  histogram.Add({});
  EXPECT_FALSE(histogram.Result().spaced());
}

// A browser's Type 3 font gives boxes under half its line pitch (6 pt on 13.25), and
// rounds baselines to its pixels: the line pitch alternates 12.9 and 13.6 pt, 0.12 box
// heights apart. Lists set their lines 15.6 pt apart, paragraphs 18.4. The rounded
// pitch is the line pitch; the list's is a break.
TEST(SpacingHistogram, TakesALinePitchSpreadByRoundingForTheLinePitch) {
  PageBuilder page;
  double baseline = 100;
  for (int block = 0; block < 6; ++block) {
    for (const double pitch : {12.9, 13.6, 12.9}) {
      page.Line(72, baseline, kParagraph[0], 5);
      baseline += pitch;
    }
    page.Line(72, baseline, kParagraph[1], 5);
    baseline += 18.4;
    for (int item = 0; item < 3; ++item) {
      page.Line(72, baseline, kParagraph[2], 5);
      baseline += 15.6;
    }
    baseline += 18.4 - 15.6;
  }
  SpacingHistogram histogram;
  histogram.Add(BuildLines(page.words()));
  const LineSpacing spacing = histogram.Result();
  const double height = 1.2 * 5;
  ASSERT_TRUE(spacing.spaced());
  EXPECT_FALSE(spacing.Breaks(100, 100 + 12.9, height));
  EXPECT_FALSE(spacing.Breaks(100, 100 + 13.6, height));
  EXPECT_TRUE(spacing.Breaks(100, 100 + 15.6, height));
}

// A few narrower spaces round a list (1.8 pt more than the line pitch, 0.15 heights)
// among many lines at one pitch are no spread of the line pitch: still breaks.
TEST(SpacingHistogram, TakesAFewNarrowerSpacesForBreaksNotForTheLinePitchsSpread) {
  PageBuilder page;
  double baseline = page.Lines(72, 100, kPitch, kParagraph, kSize);
  for (int p = 0; p < 8; ++p)
    baseline = page.Lines(72, baseline + kParagraphGap, kPitch, kParagraph, kSize);
  for (int item = 0; item < 3; ++item)
    baseline = page.Lines(72, baseline + 1.8, kPitch, {kParagraph[0]}, kSize);
  SpacingHistogram histogram;
  histogram.Add(BuildLines(page.words()));
  const LineSpacing spacing = histogram.Result();
  const double height = 1.2 * kSize;
  EXPECT_FALSE(spacing.Breaks(100, 100 + kPitch, height));
  EXPECT_TRUE(spacing.Breaks(100, 100 + kPitch + 1.8, height));
}

// One wider gap in sixty lines (the space around a figure, say) is no paragraph
// spacing.
TEST(SpacingHistogram, TakesARareWiderGapForNoParagraphSpacing) {
  SpacingHistogram histogram;
  histogram.Add(Paragraphs(14, 0));
  PageBuilder page;
  const double baseline = page.Lines(72, 100, kPitch, kParagraph, kSize) + kParagraphGap;
  page.Lines(72, baseline, kPitch, kParagraph, kSize);
  histogram.Add(BuildLines(page.words()));
  EXPECT_FALSE(histogram.Result().spaced());
}

// Headings in larger type above each paragraph, and first lines indented: the pitch
// counted is the body lines' own, which here has no paragraph spacing.
TEST(SpacingHistogram, CountsOnlyLinesOfOneSizeAndMargin) {
  PageBuilder page;
  double baseline = 100;
  for (int p = 0; p < 6; ++p) {
    page.Line(72, baseline, "Leadership", 14, kBold);
    baseline += 24;  // the heading's space below
    page.Line(90, baseline, kParagraph[0], kSize);  // an indented first line
    baseline = page.Lines(72, baseline + kPitch, kPitch,
                          {kParagraph[1], kParagraph[2], kParagraph[3]}, kSize) + 14;
  }
  SpacingHistogram histogram;
  histogram.Add(BuildLines(page.words()));
  EXPECT_FALSE(histogram.Result().spaced());
}

// A table's rows, padded apart, are lines of several cells: they say nothing about
// the spacing of paragraphs.
TEST(SpacingHistogram, LeavesOutTheRowsOfTables) {
  PageBuilder page;
  double baseline = page.Lines(72, 100, kPitch, kParagraph, kSize);
  for (int row = 0; row < 12; ++row, baseline += kPitch + 8) {
    page.Line(72, baseline, "Implementation and delivery", kSize);
    page.Line(300, baseline, "Requires improvement", kSize);
  }
  page.Lines(72, baseline, kPitch, kParagraph, kSize);
  SpacingHistogram histogram;
  histogram.Add(BuildLines(page.words()));
  EXPECT_FALSE(histogram.Result().spaced());
}

// The body's boxes are 1.2 times its type size (kAscent + kDescent of page_builder).
TEST(SpacingHistogram, MeasuresTheBodysBoxHeightPerPointOfType) {
  for (const TypeCase& c : kTypeCases) {
    SpacingHistogram histogram;
    histogram.Add(Paragraphs(5, kParagraphGap, c.size, c.pitch));
    EXPECT_NEAR(histogram.Result().height_per_point, 1.2, 0.02) << c.size;
  }
}

struct HeightCase {
  const char* name;
  double height, font_size;  // the piece's box height and type size
  double measured_as;
};

// In a document whose boxes are 1.2 times the type: a piece in boxes of its own
// font's proportions (a title's in boxes 0.87 times its type, as pdfTeX's Latin
// Modern bold gives) is measured as if in the body's; one in the body's
// proportions, or within a tenth of them, by its own box; one without a type size
// by its box.
const HeightCase kHeightCases[] = {
    {"title in shorter boxes", 18, 20.7, 1.2 * 20.7},
    {"body type", 12, 10, 12},
    {"within a tenth", 12.5, 10, 12.5},
    {"no type size", 18, 0, 18},
};

TEST(LineSpacing, MeasuresAPieceInTheBodysBoxes) {
  LineSpacing spacing{1.2, 1.08};
  spacing.height_per_point = 1.2;
  for (const HeightCase& c : kHeightCases) {
    PdfPiece piece;
    piece.height = c.height;
    piece.font_size = c.font_size;
    EXPECT_DOUBLE_EQ(spacing.HeightOf(piece), c.measured_as) << c.name;
  }
}

}  // namespace
}  // namespace findings

#include "layout/blocks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "layout/lines.h"
#include "pipeline/layout/page_builder.h"
#include "pipeline/layout/read_blocks.h"

namespace findings {
namespace {

using layout_test::Blocks;
using layout_test::kBold;
using layout_test::PageBuilder;
using layout_test::TextWidth;
using namespace layout_test::block_page;

// A bulleted lead-in in bold small capitals wraps: its first line holds the capitals'
// size, its second small capitals alone, 15 pt under it (1.25 of the capitals' 12 pt
// boxes, more than the paragraph pitch in the small capitals' own). One paragraph, not
// a heading and another.
TEST(BuildBlocks, JoinsTheLinesOfAParagraphInSmallCapitals) {
  PageBuilder page;
  double x = page.Line(kLeft, 100, "•", 12, kBold);
  x = page.Line(x + 4, 100, "D", 12, kBold);
  x = page.Line(x + 0.9, 100, "URHAM", 9.6, kBold);
  x = page.Line(x + 4, 100, "CRC", 12, kBold);
  page.Line(x + 4, 100, "HAS A STRONG LEADERSHIP TEAM", 9.6, kBold);
  page.Line(kLeft, 115, "WHICH IS COMMITTED", 9.6, kBold);
  page.Line(kLeft, 115 + kPitch + kParagraphGap, "The CRC has experienced and committed leaders.",
            kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"• DURHAM CRC HAS A STRONG LEADERSHIP TEAM WHICH IS COMMITTED",
                    "The CRC has experienced and committed leaders."}));
}

TEST(BuildBlocks, JoinsTheLinesOfAParagraph) {
  PageBuilder page;
  page.JustifiedLines(kLeft, kRight, 100, kPitch,
                      {"The service had a clear vision and its", "leaders were visible to staff in every",
                       "office."},
                      kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"The service had a clear vision and its leaders were visible to staff in every office."}));
}

// The first paragraph's last line fills the measure: only the space tells.
TEST(BuildBlocks, StartsAParagraphWhereTheLinesAreSetApart) {
  PageBuilder page;
  page.Justified(kLeft, kRight, 100, "The service had a clear vision and its", kSize);
  page.Justified(kLeft, kRight, 100 + kPitch, "leaders were visible in every office.", kSize);
  page.Line(kLeft, 100 + 2 * kPitch + kParagraphGap, "Staff knew their cases well.", kSize);
  EXPECT_EQ(Read(page, kSpaced), (Blocks{"The service had a clear vision and its leaders were "
                                         "visible in every office.",
                                         "Staff knew their cases well."}));
}

// Without space between paragraphs, a last line stopping well short of the measure
// ends its paragraph.
TEST(BuildBlocks, StartsAParagraphAfterAShortLineWhereParagraphsAreNotSpaced) {
  PageBuilder page;
  page.JustifiedLines(kLeft, kRight, 100, kPitch,
                      {"The service had a clear vision and its", "leaders were visible."}, kSize);
  page.JustifiedLines(kLeft, kRight, 100 + 2 * kPitch, kPitch,
                      {"Staff knew their cases well and they", "had manageable caseloads."}, kSize);
  EXPECT_EQ(Read(page, kUnspaced),
            (Blocks{"The service had a clear vision and its leaders were visible.",
                    "Staff knew their cases well and they had manageable caseloads."}));
}

// Justified text whose paragraphs are neither spaced nor set in: a paragraph's last line
// ends its sentence 22.5 pt short of the measure (no "well short", and the next line's
// first word would not have fitted), where every other line of the block ends on the
// measure. It ends its paragraph.
TEST(BuildBlocks, StartsAParagraphAfterALineEndingASentenceShortOfAJustifiedMeasure) {
  PageBuilder page;
  page.JustifiedLines(
      kLeft, kRight, 100, kPitch,
      {"The service had a clear vision and its", "leaders were visible at all sites."}, kSize);
  ASSERT_NEAR(kRight - (kLeft + TextWidth("leaders were visible at all sites.", kSize)), 22.5, 0.1);
  page.JustifiedLines(kLeft, kRight, 100 + 2 * kPitch, kPitch,
                      {"Staff knew their cases well and they", "had manageable caseloads."}, kSize);
  EXPECT_EQ(Read(page, kUnspaced),
            (Blocks{"The service had a clear vision and its leaders were visible at all sites.",
                    "Staff knew their cases well and they had manageable caseloads."}));
}

// Justified text whose paragraphs are neither spaced nor set in, a paragraph's first
// line justified to a measure 12 pt short of the others' (its indent taken off its
// measure, not drawn), ending a sentence: its spaces stretched, so it carries its
// paragraph on. The line above, at its own spaces, still ends the paragraph before.
TEST(BuildBlocks, JoinsAStretchedLineEndingASentenceShortOfAJustifiedMeasure) {
  PageBuilder page;
  page.JustifiedLines(
      kLeft, kRight, 100, kPitch,
      {"The service had a clear vision and its", "leaders were visible at all sites."}, kSize);
  page.Justified(kLeft, kRight - 12, 100 + 2 * kPitch, "Staff morale was described as good.",
                 kSize);
  page.JustifiedLines(kLeft, kRight, 100 + 3 * kPitch, kPitch,
                      {"Most of the staff felt valued by the", "leaders."}, kSize);
  EXPECT_EQ(Read(page, kUnspaced),
            (Blocks{"The service had a clear vision and its leaders were visible at all sites.",
                    "Staff morale was described as good. Most of the staff felt valued by the "
                    "leaders."}));
}

// Ragged text whose paragraphs are not spaced: a line ending a sentence 15 pt short of
// the widest line carries the paragraph on, as ragged lines stop where their words do.
TEST(BuildBlocks, JoinsALineEndingASentenceShortOfTheWidestLineOfRaggedText) {
  PageBuilder page;
  page.Lines(kLeft, 100, kPitch,
             {"The service had a clear vision and its", "leaders were visible at all sites.",
              "Staff knew their cases well and had", "manageable caseloads."},
             kSize);
  EXPECT_EQ(Read(page, kUnspaced),
            (Blocks{"The service had a clear vision and its leaders were visible at all sites. "
                    "Staff knew their cases well and had manageable caseloads."}));
}

// A key fact's bold figure broken inside its brackets ("2 (of" / "21)"), the line under
// closing them and running on into the fact in plain type: one paragraph, though the
// line above is short and bold. A bold lead-in over a list item numbered "a)", and a
// short line with a bracket left open over one opening another, stay apart.
TEST(BuildBlocks, JoinsALineLeavingABracketOpenToTheLineClosingIt) {
  PageBuilder page;
  page.Line(kLeft, 100, "2 (of", kSize, kBold);
  page.Line(page.Line(kLeft, 100 + kPitch, "21)", kSize, kBold) + 2.5, 100 + kPitch,
            "The number of CRCs owned by the partnership.", kSize);
  page.Line(kLeft, 100 + 3 * kPitch, "The CRC should:", kSize, kBold);
  page.Line(kLeft, 100 + 4 * kPitch, "a) review its plans.", kSize);
  page.Line(kLeft, 100 + 6 * kPitch, "Outcomes (to", kSize, kBold);
  page.Line(kLeft, 100 + 7 * kPitch, "March (2016) and", kSize);
  EXPECT_EQ(Read(page, kUnspaced), (Blocks{"2 (of 21) The number of CRCs owned by the partnership.",
                                           "The CRC should:", "a) review its plans.",
                                           "Outcomes (to", "March (2016) and"}));
}

// A line that stops short of the measure before a long word that would not have fitted
// on it is wrapped, not broken early: the word's own width tells, not its share of its
// line's width (short words and their spaces make that share smaller than the word).
TEST(BuildBlocks, ReadsALineStoppingShortOfALongWordThatWouldNotFitAsWrapped) {
  PageBuilder page;
  page.Justified(kLeft, kRight, 100, "The inspectors read the cases of the", kSize);
  page.Line(kLeft, 100 + kPitch, "service and staff told us", kSize);  // ends at 187, 65 pt short
  page.Line(kLeft, 100 + 2 * kPitch, "reassessment of it as we do so by me.",
            kSize);  // a 60 pt word
  EXPECT_EQ(
      Read(page, kSpaced),
      (Blocks{
          "The inspectors read the cases of the service and staff told us reassessment of it as we "
          "do so by me."}));
}

// Where paragraphs are not spaced apart, a line ending mid-sentence well short of the
// measure is wrapped, not a paragraph's last, where the line under goes on in lower
// case with a long word that would not have fitted on it (a ragged bold item in a
// narrow column). A short line ending a sentence, or one over a line opening with a
// capital, still ends its paragraph.
TEST(BuildBlocks,
     ReadsAShortLineBeforeALongWordThatWouldNotFitAsWrappedWhereParagraphsAreNotSpaced) {
  PageBuilder page;
  page.Justified(kLeft, kRight, 100, "The inspectors read the cases and the", kSize);
  page.Lines(kLeft, 100 + kPitch, kPitch,
             {"staff we met all told us that",
              "reassessment was their priority.",  // 50 pt short, a 60 pt word
              "The inspectors heard it.", "Staff were told about it.", "reassessment is due soon.",
              "Leadership and management", "Reassessment of the risks"},
             kSize);
  EXPECT_EQ(Read(page, kUnspaced), (Blocks{"The inspectors read the cases and the staff we met all "
                                           "told us that reassessment was their "
                                           "priority.",
                                           "The inspectors heard it.", "Staff were told about it.",
                                           "reassessment is due soon.", "Leadership and management",
                                           "Reassessment of the risks"}));
}

struct HeadingCase {
  const char* name;
  double size;
  bool bold;
  LineSpacing spacing;
};

// A heading set at the line pitch right above its text: its type sets it apart.
const HeadingCase kHeadingCases[] = {
    {"bold, body size", kSize, true, kSpaced},
    {"bold, body size, paragraphs not spaced", kSize, true, kUnspaced},
    {"larger, not bold", 14, false, kSpaced},
    {"larger and bold, paragraphs not spaced", 14, true, kUnspaced},
};

// A book's paragraphs: no space between them, the first line set in by an em and a
// half; the first paragraph's last line fills the measure.
TEST(BuildBlocks, StartsAParagraphAtALineSetInWhereParagraphsAreNotSpaced) {
  PageBuilder page;
  page.Justified(kLeft, kRight, 100, "The service had a clear vision and its", kSize);
  page.Justified(kLeft, kRight, 113, "leaders were visible to staff in all of", kSize);
  page.Justified(kLeft, kRight, 126, "its offices across the whole region too.", kSize);
  page.Justified(kLeft + 15, kRight, 139, "Caseloads were manageable in most", kSize);
  page.Line(kLeft, 152, "teams.", kSize);
  EXPECT_EQ(Read(page, kUnspacedAtTheLinePitch),
            (Blocks{"The service had a clear vision and its leaders were visible to staff in all of its "
                    "offices across the whole region too.",
                    "Caseloads were manageable in most teams."}));
}

// A paragraph opening a block with its first line set in: the lines back at the
// margin under it are its own.
// Paragraphs marked by their first lines set in, not spaced: a headline of one line
// set in over its text, whose first line is set in the same way, is a paragraph of
// its own (the text's next line goes back to the margin).
TEST(BuildBlocks, StartsAParagraphAtALineSetInUnderAOneLineParagraphSetIn) {
  PageBuilder page;
  const double indent = kLeft + 15;
  page.Justified(kLeft, kRight, 100, "Staff have a clear understanding of the", kSize);
  page.Line(kLeft, 100 + kPitch, "operational model.", kSize);
  page.Justified(indent, kRight, 100 + 2 * kPitch, "Workloads for some staff are too high", kSize);
  page.Justified(indent, kRight, 100 + 3 * kPitch, "The division has many vacancies in", kSize);
  page.Line(kLeft, 100 + 4 * kPitch, "the units closest to London.", kSize);
  EXPECT_EQ(Read(page, kUnspaced),
            (Blocks{"Staff have a clear understanding of the operational model.",
                    "Workloads for some staff are too high",
                    "The division has many vacancies in the units closest to London."}));
}

// Footnotes whose numbers are set against their text, their wrapped lines hanging
// under it: each footnote is whole.
TEST(BuildBlocks, ReadsAFootnoteNumberedAgainstItsTextWithItsHangingLines) {
  PageBuilder page;
  const double size = 8, pitch = 10;
  page.Line(kLeft, 700, "11Offender Management Caseload Statistics,", size);
  page.Line(kLeft + 8, 700 + pitch, "as at 31 March 2016, Ministry of", size);
  page.Line(kLeft + 8, 700 + 2 * pitch, "Justice.", size);
  page.Line(kLeft, 700 + 3 * pitch, "12Figure for the CRC.", size);
  EXPECT_EQ(
      Read(page, kUnspaced),
      (Blocks{
          "11Offender Management Caseload Statistics, as at 31 March 2016, Ministry of Justice.",
          "12Figure for the CRC."}));
}

TEST(BuildBlocks, ReadsTheLinesUnderAFirstLineSetInAsItsParagraph) {
  PageBuilder page;
  page.Line(kLeft, 100, "Staffing", kSize, kBold);
  page.Justified(kLeft + 15, kRight, 119, "The service had a clear vision and", kSize);
  page.Justified(kLeft, kRight, 132, "its leaders were visible to staff in all of", kSize);
  page.Line(kLeft, 145, "its offices.", kSize);
  EXPECT_EQ(Read(page, kUnspacedAtTheLinePitch),
            (Blocks{"Staffing", "The service had a clear vision and its leaders were visible to staff in all of "
                                "its offices."}));
}

// A font whose boxes stand 1.63 of its size tall (a large ascent and descent), its
// lines 15 pt apart and its paragraphs marked by a first-line indent of 1.3 em (13 pt,
// less than 0.8 of such a box), the line over it full: the indent is measured in ems,
// and the indented line starts a paragraph.
TEST(BuildBlocks, StartsAParagraphAtAnIndentMeasuredInEmsOfATallFont) {
  PageBuilder page;
  const double pitch = 15;
  page.Justified(kLeft, kRight, 100, "As a result of our inspection we have made ten", kSize);
  page.Justified(kLeft, kRight, 100 + pitch, "recommendations for the service here.", kSize);
  page.Line(kLeft + 13, 100 + 2 * pitch, "The NPS delivering services should:", kSize);
  std::vector<PdfWord> words = page.words();
  for (PdfWord& w : words) {
    w.top -= 0.25 * w.font_size;
    w.bottom += 0.18 * w.font_size;
  }
  ASSERT_LT(13, 0.8 * words.front().height());
  const LineSpacing spacing{0, pitch / words.front().height()};
  EXPECT_EQ(
      BuildBlocks(BuildLines(words), {}, spacing),
      (Blocks{
          "As a result of our inspection we have made ten recommendations for the service here.",
          "The NPS delivering services should:"}));
}

// A typescript's paragraphs: double-spaced 12 pt type in a font whose boxes stand
// just under an em tall, each paragraph's first line set in half an inch (3 ems, more
// than three of its boxes' heights). The indent is measured in ems: each first line
// carries on under it, and the next indented line starts a paragraph.
TEST(BuildBlocks, JoinsAParagraphUnderAFirstLineSetInThreeEms) {
  PageBuilder page;
  const double size = 12, pitch = 24, indent = 36, right = 540;  // Letter, 1 in margins
  page.Line(kLeft + indent, 100,
            "This inspection was the fourth in our Quality and Impact inspection run,", size);
  page.Line(kLeft, 100 + pitch,
            "designed to assess the effectiveness of the work done by the local probation", size);
  page.Line(kLeft, 100 + 2 * pitch, "services with people who have offended.", size);
  page.Line(kLeft + indent, 100 + 3 * pitch,
            "Without relevant reoffending data it is not possible to know for sure how", size);
  page.Line(kLeft, 100 + 4 * pitch, "effective the services are.", size);
  std::vector<PdfWord> words = page.words();
  for (PdfWord& w : words) {
    ASSERT_LT(w.right, right);
    w.top += 0.17 * size;
    w.bottom -= 0.07 * size;
  }
  ASSERT_GT(indent, 3 * words.front().height());
  const LineSpacing spacing{0, pitch / words.front().height()};
  EXPECT_EQ(BuildBlocks(BuildLines(words), {}, spacing),
            (Blocks{"This inspection was the fourth in our Quality and Impact inspection run, "
                    "designed to assess the effectiveness of the work done by the local probation "
                    "services with people who have offended.",
                    "Without relevant reoffending data it is not possible to know for sure how "
                    "effective the services are."}));
}

// A font whose boxes stand taller (2 ems) than its lines are apart (1.2 ems), each
// line's box reaching well over the one above: the lines are one paragraph, and a
// line a paragraph's space further down starts the next.
TEST(BuildBlocks, JoinsTheLinesOfAParagraphInBoxesTallerThanTheirPitch) {
  PageBuilder page;
  const double pitch = 12;
  page.JustifiedLines(kLeft, kRight, 100, pitch,
                      {"The service had a clear vision and its",
                       "leaders were visible to staff in every", "office."},
                      kSize);
  page.Line(kLeft, 100 + 3 * pitch + kParagraphGap, "Staff knew their cases well.", kSize);
  std::vector<PdfWord> words = page.words();
  for (PdfWord& w : words) {
    w.top -= 0.5 * w.font_size;
    w.bottom += 0.3 * w.font_size;
  }
  ASSERT_GT(words.front().height(), 1.6 * pitch);
  const LineSpacing spacing{(pitch + kParagraphGap / 2) / words.front().height(),
                            pitch / words.front().height()};
  EXPECT_EQ(BuildBlocks(BuildLines(words), {}, spacing),
            (Blocks{"The service had a clear vision and its leaders were visible to staff in every "
                    "office.",
                    "Staff knew their cases well."}));
}

// A heading over a table in a font whose boxes stand taller (2 ems) than its lines
// are apart (1.2 ems), the ratings in type a little larger than the questions': each
// rating's box reaches over the line above it, the heading's for the first. Each
// rating stays in its own row, level with its question, not a line up.
TEST(BuildBlocks, KeepsACellWhoseBoxReachesOverTheLineAboveInItsRow) {
  PageBuilder page;
  const double pitch = 12, heading = 100;
  page.Line(kLeft, heading, "Organisational delivery", 14, kBold);
  const char* const rows[][3] = {
      {"1.1", "Leadership", "Outstanding"}, {"1.2", "Staff", "Good"}, {"1.3", "Services", "Good"}};
  double baseline = heading + pitch;
  for (const auto& row : rows) {
    page.Line(kLeft, baseline, row[0], kSize);
    page.Line(kLeft + 40, baseline, row[1], kSize);
    page.Line(kLeft + 200, baseline, row[2], 1.05 * kSize);
    baseline += pitch;
  }
  std::vector<PdfWord> words = page.words();
  for (PdfWord& w : words) {
    w.top -= 0.5 * w.font_size;
    w.bottom += 0.3 * w.font_size;
  }
  const double box = 2 * kSize;
  const LineSpacing spacing{(pitch + kParagraphGap) / box, pitch / box};
  EXPECT_EQ(BuildBlocks(BuildLines(words), {}, spacing),
            (Blocks{"Organisational delivery", "1.1\tLeadership\tOutstanding", "1.2\tStaff\tGood",
                    "1.3\tServices\tGood"}));
}

// A run-in head (BuildLines notes it) over a paragraph of sentences, or one leading
// into a list, is a heading of its own; one over words that end no sentence (a
// glossary's term and its meaning, set in line) stays in its paragraph.
TEST(BuildBlocks, ReadsARunInHeadOverSentencesAsAHeading) {
  const struct {
    const char* second_line;
    Blocks read;
  } cases[] = {
      {"recommendations for the service here.¹",
       {"Recommendations",
        "As a result of our inspection we have made ten recommendations for "
        "the service here.¹"}},
      {"recommendations for the service:",
       {"Recommendations",
        "As a result of our inspection we have made ten recommendations for the service:"}},
      {"recommendations for the service",
       {"Recommendations As a result of our inspection we have made ten recommendations for the "
        "service"}},
  };
  for (const auto& c : cases) {
    PageBuilder page;
    const double x = page.Line(kLeft, 100, "Recommendations", kSize, kBold);
    page.Line(x + 3, 100, "As a result of our inspection we have made ten", kSize);
    page.Line(kLeft, 100 + kPitch, c.second_line, kSize);
    EXPECT_EQ(Read(page, kSpaced), c.read) << c.second_line;
  }
}

// Lines set in under an item's first line are the item's: a hanging indent.
TEST(BuildBlocks, KeepsTheLinesSetInUnderAnItemWithIt) {
  PageBuilder page;
  page.Line(kLeft, 100, "• The service had a clear vision and", kSize);
  page.Line(kLeft + 10, 113, "its leaders were visible to staff.", kSize);
  page.Line(kLeft, 126, "¹ Ministry of Justice statistics, as at", kSize);
  page.Line(kLeft + 10, 139, "31 March 2016.", kSize);
  EXPECT_EQ(Read(page, kUnspacedAtTheLinePitch),
            (Blocks{"• The service had a clear vision and its leaders were visible to staff.",
                    "¹ Ministry of Justice statistics, as at 31 March 2016."}));
}

// A numbered list whose wrapped lines hang under the items' text, then the lead-in of
// the next list back at the margin under a one-line item, set closer under it than the
// items are apart (short of the paragraph break: 14 pt, the line pitch 13, the items
// 17), the lead-in's first word short enough for the item's line: the item has ended,
// as the list's hanging first item shows. Under a full item, a line back under its
// number carries it on (a list that does not hang).
TEST(BuildBlocks, EndsAOneLineItemAtALineBackUnderItsNumberWhereTheListHangs) {
  PageBuilder page;
  const double text = kLeft + 22;
  page.Line(kLeft + 2, 100, "1.", kSize);
  page.Line(text, 100, "produce easily accessible information to enable all", kSize);
  page.Line(text, 100 + kPitch, "staff to make swift contact", kSize);
  page.Line(kLeft + 2, 100 + 2 * kPitch + 4, "2.", kSize);
  page.Line(text, 100 + 2 * kPitch + 4, "require all staff to work together.", kSize);
  page.Line(kLeft, 100 + 3 * kPitch + 4 + 1, "The CRC should:", kSize);
  page.Line(kLeft + 2, 100 + 5 * kPitch, "3.", kSize);
  page.Line(text, 100 + 5 * kPitch, "obtain and regularly scrutinise relevant", kSize);
  page.Line(kLeft + 2, 100 + 6 * kPitch, "management information", kSize);
  EXPECT_EQ(
      Read(page, kSpaced),
      (Blocks{"1.\tproduce easily accessible information to enable all staff to make swift contact",
              "2.\trequire all staff to work together.", "The CRC should:",
              "3.\tobtain and regularly scrutinise relevant management information"}));
}

// The same list where the document's line pitch is known and each item's line is
// full, so no first word tells: the lead-in set off the line pitch (14 pt, the pitch
// 13) under its item's full stop has ended it; a line as far down under an item
// ending mid-sentence carries it on.
TEST(BuildBlocks, EndsAFullOneLineItemAtALineBackUnderItsNumberSetOffTheLinePitch) {
  constexpr LineSpacing kSpacedAtTheLinePitch{1.2, kPitch / 12};
  PageBuilder page;
  const double text = kLeft + 22;
  page.Line(kLeft + 2, 100, "1.", kSize);
  page.Justified(text, kRight, 100, "produce easily accessible information to", kSize);
  page.Line(text, 100 + kPitch, "enable all staff", kSize);
  page.Line(kLeft + 2, 100 + 2 * kPitch + 4, "2.", kSize);
  page.Justified(text, kRight, 100 + 2 * kPitch + 4, "require all staff to work together well.",
                 kSize);
  page.Line(kLeft, 100 + 3 * kPitch + 4 + 1, "The CRC should:", kSize);
  page.Line(kLeft + 2, 100 + 5 * kPitch, "3.", kSize);
  page.Justified(text, kRight, 100 + 5 * kPitch, "obtain and regularly scrutinise relevant", kSize);
  page.Line(kLeft + 2, 100 + 6 * kPitch + 1, "management information", kSize);
  EXPECT_EQ(Read(page, kSpacedAtTheLinePitch),
            (Blocks{"1.\tproduce easily accessible information to enable all staff",
                    "2.\trequire all staff to work together well.", "The CRC should:",
                    "3.\tobtain and regularly scrutinise relevant management information"}));
}

// Items whose numbers stand far out from their text, a cell of their own on each line,
// and the next list's lead-in back at the margin close under the last: no line of the
// number's, which carries nothing on.
TEST(BuildBlocks, CarriesNothingOnUnderAnItemsNumberStandingApartFromItsText) {
  PageBuilder page;
  const double text = kLeft + 40;
  page.Line(kLeft, 100, "1.", kSize);
  page.Line(text, 100, "produce easily accessible information", kSize);
  page.Line(kLeft, 100 + kPitch + 4, "2.", kSize);
  page.Line(text, 100 + kPitch + 4, "require all staff to work together.", kSize);
  page.Line(kLeft, 100 + 2 * kPitch + 5, "The CRC should:", kSize);
  const Blocks blocks = Read(page, kSpaced);
  ASSERT_FALSE(blocks.empty());
  EXPECT_EQ(blocks.back(), "The CRC should:");
  EXPECT_TRUE(std::none_of(blocks.begin(), blocks.end() - 1, [](const std::string& block) {
    return block.find("should") != std::string::npos;
  }));
}

// A cover's lines, set apart by more than the line pitch in a document whose
// paragraphs are not spaced: each is a block of its own.
TEST(BuildBlocks, SetsApartLinesSpacedWiderThanTheLinePitchWhereParagraphsAreNotSpaced) {
  PageBuilder page;
  page.Line(kLeft, 100, "Inspection of services", kSize);
  page.Line(kLeft, 120, "Durham Tees Valley CRC", kSize);
  page.Line(kLeft, 140, "Published March 2019", kSize);
  EXPECT_EQ(Read(page, kUnspacedAtTheLinePitch),
            (Blocks{"Inspection of services", "Durham Tees Valley CRC", "Published March 2019"}));
}

// A title in 26 pt type, its lines at the line pitch, and its date 6 pt further down:
// a paragraph's space after, a fifth of the title's height, that starts a block. The
// date would not have fitted on the line above.
TEST(BuildBlocks, SetsATitlesDateApartFromItBySpaceAfterTheTitle) {
  PageBuilder page;
  constexpr double kTitle = 26, kTitlePitch = 1.2 * kTitle * kPitch / 12;
  page.Line(kLeft, 200, "Durham Tees Valley", kTitle, kBold);
  page.Line(kLeft, 200 + kTitlePitch, "Rehabilitation CRC", kTitle, kBold);
  page.Line(kLeft, 200 + 2 * kTitlePitch + 6, "MARCH 2019", kTitle, kBold);
  EXPECT_EQ(Read(page, kUnspacedAtTheLinePitch),
            (Blocks{"Durham Tees Valley Rehabilitation CRC", "MARCH 2019"}));
}

// Lines 13 pt apart, paragraphs 19: the break a quarter of the way, at 14.5 pt.
constexpr LineSpacing kSpacedMeasured{(kPitch + kParagraphGap / 4) / 12, kPitch / 12};

// A justified paragraph whose second line a glyph from a taller font set 1.8 pt
// lower, past the break but short of halfway to the paragraph pitch: one paragraph,
// its sentence carried on. A list of short items set as far apart stays a list, and
// so does a paragraph set the paragraph pitch below.
TEST(BuildBlocks, ReadsASentenceOnOverALineSetALittleLower) {
  PageBuilder page;
  page.Justified(kLeft, kRight, 100, "The service had a clear vision and its", kSize);
  page.Justified(kLeft, kRight, 100 + kPitch + 1.8, "leaders were visible in every office,", kSize);
  page.Line(kLeft, 100 + 2 * kPitch + 1.8, "and staff knew them.", kSize);
  const double list = 100 + 3 * kPitch + 1.8 + kParagraphGap;
  page.Line(kLeft, list, "The list of what they did:", kSize);
  page.Line(kLeft, list + kPitch + 1.8, "supervised the cases of people", kSize);
  page.Line(kLeft, list + 2 * kPitch + 3.6, "visited the approved premises", kSize);
  const double after = list + 3 * kPitch + 3.6 + kParagraphGap;
  page.Justified(kLeft, kRight, after, "Its partners worked with the service", kSize);
  page.Line(kLeft, after + kPitch + kParagraphGap, "in every area of the region.", kSize);
  EXPECT_EQ(Read(page, kSpacedMeasured),
            (Blocks{"The service had a clear vision and its leaders were visible in every office, and "
                    "staff knew them.",
                    "The list of what they did:", "supervised the cases of people",
                    "visited the approved premises", "Its partners worked with the service",
                    "in every area of the region."}));
}

// A box of text set in by its padding, its lines 15 pt apart where the body's are 13:
// past the break, and its first line, full, carries its sentence on. The line under
// the second keeps that pitch: the box's own leading, one paragraph. Where it does
// not (back at the body's pitch), the space above the second line is a paragraph's.
TEST(BuildBlocks, ReadsABoxsLinesAtItsOwnWiderPitchAsOneParagraph) {
  const double box = kLeft + 8, box_pitch = kPitch + 2;
  for (const double third : {box_pitch, kPitch}) {
    PageBuilder page;
    page.Justified(kLeft, kRight, 100, "The service had a clear vision and its", kSize);
    page.Line(kLeft, 100 + kPitch, "leaders were visible.", kSize);
    const double top = 100 + 2 * kPitch + kParagraphGap;
    page.Justified(box, kRight - 8, top, "Good practice: the NPS had a Learning", kSize);
    page.Justified(box, kRight - 8, top + box_pitch, "Disability Pathway, and a team of", kSize);
    page.Line(box, top + box_pitch + third, "champions trained its staff.", kSize);
    const Blocks read = Read(page, kSpacedMeasured);
    ASSERT_GE(read.size(), 2u);
    EXPECT_EQ(
        read[1] ==
            "Good practice: the NPS had a Learning Disability Pathway, and a team of champions "
            "trained its staff.",
        third == box_pitch)
        << read[1];
  }
}

// The same box, its third line holding a footnote reference that stands a point above
// the body's type: within the box's wide leading it lowers nothing, so the pitch the
// third line keeps is the one measured from its body text's foot, not set down by
// the reference's height. One paragraph.
TEST(BuildBlocks, ReadsABoxsOwnPitchOverALineWithAReferenceStandingAboveIt) {
  const double box = kLeft + 8, box_pitch = kPitch + 2;
  PageBuilder page;
  page.Justified(kLeft, kRight, 100, "The service had a clear vision and its", kSize);
  page.Line(kLeft, 100 + kPitch, "leaders were visible.", kSize);
  const double top = 100 + 2 * kPitch + kParagraphGap, third = top + 2 * box_pitch;
  page.Justified(box, kRight - 8, top, "Good practice: the NPS had a Learning", kSize);
  page.Justified(box, kRight - 8, top + box_pitch, "Disability Pathway, and a team of", kSize);
  const double x = page.Line(box, third, "champions", kSize);
  // A 6 pt digit raised 4.8 pt: its top a point above the 10 pt type's.
  page.Line(x, third - 4.8, "3", 6);
  page.Line(x + 6, third, "trained its staff.", kSize);
  const Blocks read = Read(page, kSpacedMeasured);
  ASSERT_GE(read.size(), 2u);
  EXPECT_EQ(read[1],
            "Good practice: the NPS had a Learning Disability Pathway, and a team of "
            "champions\xC2\xB3 trained its staff.");
}

// A box whose first two lines keep its own wider pitch goes on at that pitch: a full
// line ending a sentence, over one starting another, is no paragraph's end. A line
// set further down than the box's pitch (though short of halfway to the paragraph
// pitch), or under a line that stops short of the measure, starts a paragraph.
TEST(BuildBlocks, ReadsABoxsLinesOnAtTheBoxsOwnPitch) {
  const double box = kLeft + 8, box_pitch = kPitch + 2;
  struct Case {
    const char* name;
    const char* second;
    double fourth_pitch;
    bool whole;
  };
  for (const Case& c :
       {Case{"at the box's pitch", "Disability Pathway for all its staff.", box_pitch, true},
        Case{"set further down", "Disability Pathway for all its staff.", box_pitch + 0.9, false},
        Case{"under a short line", "Disability Pathway.", box_pitch, false}}) {
    PageBuilder page;
    page.Justified(kLeft, kRight, 100, "The service had a clear vision and its", kSize);
    page.Line(kLeft, 100 + kPitch, "leaders were visible.", kSize);
    const double top = 100 + 2 * kPitch + kParagraphGap;
    page.Justified(box, kRight - 8, top, "Good practice: the NPS had a Learning", kSize);
    page.Justified(box, kRight - 8, top + box_pitch, "and a team of champions trained its", kSize);
    page.Justified(box, kRight - 8, top + 2 * box_pitch, c.second, kSize);
    page.Line(box, top + 2 * box_pitch + c.fourth_pitch, "Managers knew it well.", kSize);
    const Blocks read = Read(page, kSpacedMeasured);
    ASSERT_GE(read.size(), 2u) << c.name;
    EXPECT_EQ(read.size() == 2, c.whole) << c.name << ": " << ::testing::PrintToString(read);
  }
}

// Lines set the paragraph pitch apart, the first two joined by the word broken across
// them: past halfway from the line pitch to the paragraph pitch, the third line's
// space is a paragraph's, though it keeps the pitch of the two above.
TEST(BuildBlocks, StartsAParagraphAtTheParagraphPitchUnderTwoLinesKeepingIt) {
  const double apart = kPitch + kParagraphGap;
  PageBuilder page;
  page.Justified(kLeft, kRight, 100, "The service had a clear vision and its lea-", kSize);
  page.Justified(kLeft, kRight, 100 + apart, "ders were visible in every one of the", kSize);
  page.Line(kLeft, 100 + 2 * apart, "Managers knew it well.", kSize);
  EXPECT_EQ(
      Read(page, kSpacedMeasured),
      (Blocks{"The service had a clear vision and its lea-ders were visible in every one of the",
              "Managers knew it well."}));
}

// The same in a bulleted item: its second line, under the item's text (not its
// bullet), set 1.8 pt lower, carries its sentence on.
TEST(BuildBlocks, ReadsAnItemsSentenceOnOverALineSetALittleLower) {
  PageBuilder page;
  const double text = kLeft + 10;
  page.Line(kLeft, 100, "\xE2\x80\xA2", kSize);
  page.Justified(text, kRight, 100, "There are gaps in the services, and", kSize);
  page.Justified(text, kRight, 100 + kPitch + 1.8, "the division does not make full use", kSize);
  page.Line(text, 100 + 2 * kPitch + 1.8, "of them.", kSize);
  page.Line(kLeft, 100 + 3 * kPitch + 1.8 + kParagraphGap, "The volume of services was low.",
            kSize);
  EXPECT_EQ(Read(page, kSpacedMeasured), (Blocks{"\xE2\x80\xA2 There are gaps in the services, and "
                                                 "the division does not make full use of them.",
                                                 "The volume of services was low."}));
}

// A ragged item wraps back under its bullet, its second line 1.8 pt lower (its type's
// own wider leading): its first line, full for the region's measure (the body's
// justified lines show it), carries its sentence on. Where the first line stops short
// enough for the next word to have fitted, the line under it starts a block.
TEST(BuildBlocks, ReadsARaggedItemsSentenceOnBackUnderItsBullet) {
  for (const bool full : {true, false}) {
    PageBuilder page;
    page.JustifiedLines(kLeft, kRight, 100, kPitch,
                        {"The service had a clear vision and its", "leaders were visible."}, kSize);
    const double item = 100 + 2 * kPitch + kParagraphGap;
    page.Line(kLeft, item, "\xE2\x80\xA2", kSize);
    page.Line(kLeft + 10, item,
              full ? "There are gaps in services and the" : "There are gaps in the", kSize);
    page.Line(kLeft, item + kPitch + 1.8, "division does not use them.", kSize);
    const Blocks read = Read(page, kSpacedMeasured);
    EXPECT_EQ(read.size(), full ? 2u : 3u) << ::testing::PrintToString(read);
    if (full) {
      EXPECT_EQ(read.back(),
                "\xE2\x80\xA2 There are gaps in services and the division does not use them.");
    }
  }
}

// A list whose bullets did not fit before their text (groff's tag wider than its
// indent): each bullet alone on its line, its item's text starting on the line under
// it, right of the bullet, at the line pitch. Each bullet and its text are one item;
// a bullet over a bulleted line is an item of its own, left empty.
TEST(BuildBlocks, ReadsABulletAloneOnItsLineWithTheItemsTextUnderIt) {
  PageBuilder page;
  page.Line(kLeft, 100, "Strengths:", kSize, kBold);
  double baseline = 100 + kPitch + kParagraphGap;
  for (const char* item :
       {"The operating model is well understood.", "Staff are well supported."}) {
    page.Line(kLeft, baseline, "\xE2\x80\xA2", kSize);
    page.Line(kLeft + 10, baseline + kPitch, item, kSize);
    baseline += 2 * kPitch + kParagraphGap;
  }
  page.Line(kLeft, baseline, "\xE2\x80\xA2", kSize);
  page.Line(kLeft, baseline + kPitch, "\xE2\x80\xA2 Managers are visible.", kSize);
  EXPECT_EQ(Read(page, kSpacedMeasured),
            (Blocks{"Strengths:", "\xE2\x80\xA2 The operating model is well understood.",
                    "\xE2\x80\xA2 Staff are well supported.", "\xE2\x80\xA2",
                    "\xE2\x80\xA2 Managers are visible."}));
}

// A table of key facts whose figures are centred in their column, or set right in
// it, each beside its description, the rows set at the line pitch (ruled apart, no
// space between): a row starts at each figure, though only the first row's starts at
// the table's left edge.
TEST(BuildBlocks, StartsARowAtEachFigureCentredOrSetRightInItsColumn) {
  const std::pair<const char*, const char*> facts[] = {
      {"251,170", "The total number of offenders subject to probation supervision."},
      {"8,449", "The number of offenders supervised by the CRC."},
      {"41%", "The proportion of the CRC cases which relate to a custodial sentence."}};
  for (const bool centred : {true, false}) {
    PageBuilder page;
    double baseline = 100;
    Blocks expected;
    for (const auto& [figure, description] : facts) {
      const double width = layout_test::TextWidth(figure, kSize);
      page.Line(centred ? kLeft + 25 - width / 2 : kLeft + 50 - width, baseline, figure, kSize);
      baseline = page.Lines(kLeft + 60, baseline, kPitch,
                            layout_test::Wrap(description, 170, kSize), kSize);
      expected.push_back(std::string(figure) + "\t" + description);
    }
    EXPECT_EQ(Read(page, kSpacedMeasured), expected) << (centred ? "centred" : "set right");
  }
}

TEST(BuildBlocks, SetsAHeadingApartFromTheTextUnderIt) {
  for (const HeadingCase& c : kHeadingCases) {
    PageBuilder page;
    page.Line(kLeft, 100, "Leadership and governance", c.size, c.bold ? kBold : layout_test::kPlain);
    page.JustifiedLines(kLeft, kRight, 100 + 1.3 * c.size, kPitch,
                        {"The service had a clear vision and its", "leaders were visible."}, kSize);
    EXPECT_EQ(Read(page, c.spacing),
              (Blocks{"Leadership and governance",
                      "The service had a clear vision and its leaders were visible."}))
        << c.name;
  }
}

// A table under a paragraph: a bold header row and rows padded 4 pt above and below
// their text, the second column at 220 pt; a paragraph under it.
TEST(BuildBlocks, ReadsATableRowAcrossItsCells) {
  for (const LineSpacing& spacing : {kSpaced, kUnspaced}) {
    PageBuilder page;
    page.Line(kLeft, 100, "The ratings of the standards were:", kSize);
    double baseline = 100 + kPitch + kParagraphGap + 4;
    page.Line(kLeft, baseline, "Standard", kSize, kBold);
    page.Line(220, baseline, "Rating", kSize, kBold);
    const char* rows[][2] = {{"Leadership", "Good"},
                             {"Staffing", "Requires improvement"},
                             {"Partnerships and services", "Outstanding"}};
    for (const auto& row : rows) {
      baseline += kPitch + 8;
      page.Line(kLeft, baseline, row[0], kSize);
      page.Line(220, baseline, row[1], kSize);
    }
    page.Line(kLeft, baseline + kPitch + kParagraphGap + 4, "Staff knew their cases well.", kSize);
    EXPECT_EQ(Read(page, spacing),
              (Blocks{"The ratings of the standards were:", "Standard\tRating", "Leadership\tGood",
                      "Staffing\tRequires improvement", "Partnerships and services\tOutstanding",
                      "Staff knew their cases well."}))
        << (spacing.spaced() ? "spaced" : "not spaced");
  }
}

// A cell whose text fills its column wraps onto a second line at the line pitch;
// the next row starts after the row padding.
TEST(BuildBlocks, ReadsACellWrappedOntoTwoLinesAsOneCell) {
  PageBuilder page;
  const double column = 200;
  double baseline = 100;
  page.Line(kLeft, baseline, "Partnerships and services", kSize);  // ends at 197
  page.Line(column, baseline, "Requires improvement", kSize);
  page.Line(kLeft, baseline + kPitch, "for young adults", kSize);
  baseline += 2 * kPitch + 8;
  page.Line(kLeft, baseline, "Staffing", kSize);
  page.Line(column, baseline, "Good", kSize);
  EXPECT_EQ(Read(page, kSpaced), (Blocks{"Partnerships and services for young adults\tRequires improvement",
                                         "Staffing\tGood"}));
}

// The second column's cell wraps: "Requires" / "improvement" in a narrow column.
TEST(BuildBlocks, ReadsASecondCellWrappedOntoTwoLinesAsOneCell) {
  PageBuilder page;
  page.Line(kLeft, 100, "Leadership", kSize);
  page.Line(200, 100, "Requires", kSize);
  page.Line(200, 100 + kPitch, "improvement", kSize);
  page.Line(kLeft, 100 + 2 * kPitch + 8, "Staffing", kSize);
  page.Line(200, 100 + 2 * kPitch + 8, "Good", kSize);
  EXPECT_EQ(Read(page, kSpaced), (Blocks{"Leadership\tRequires improvement", "Staffing\tGood"}));
}

// Rows set at the line pitch (a LaTeX tabular): a line under a last cell that stops
// short of its column's right edge, as far as that column's widest cell reaches,
// starts a row, however full the cells before it look.
TEST(BuildBlocks, StartsARowUnderALastCellShortOfItsColumnsEdge) {
  for (const LineSpacing& spacing : {kSpaced, kUnspacedAtTheLinePitch}) {
    PageBuilder page;
    const double column = 150;
    const char* rows[][2] = {{"Lead Inspector", "Mark Boother, Inspector"},
                             {"Deputy Lead", "Tony Rolley, Inspector"},
                             {"Inspection Team", "Joe Coleshill, Assistant Inspector Jo Dowling,"},
                             {"", "Assistant Inspector Ruth Johnson, Inspector"},
                             {"Report Editor", "Helen Rinaldi, Assistant Chief Inspector"}};
    double baseline = 100;
    for (const auto& row : rows) {
      if (*row[0]) page.Line(kLeft, baseline, row[0], kSize);
      page.Line(column, baseline, row[1], kSize);
      baseline += kPitch;
    }
    EXPECT_EQ(
        Read(page, spacing),
        (Blocks{"Lead Inspector\tMark Boother, Inspector", "Deputy Lead\tTony Rolley, Inspector",
                "Inspection Team\tJoe Coleshill, Assistant Inspector Jo Dowling, Assistant "
                "Inspector Ruth "
                "Johnson, Inspector",
                "Report Editor\tHelen Rinaldi, Assistant Chief Inspector"}))
        << (spacing.spaced() ? "spaced" : "not spaced");
  }
}

// A contents page set as a table at the line pitch (groff's tbl): titles that stop
// near the page numbers' column, one wrapped onto three lines. A page number under a
// page number starts a row, however full the title above looks: a figure does not
// wrap onto a figure.
TEST(BuildBlocks, StartsARowAtEachFigureUnderAFigure) {
  PageBuilder page;
  const double numbers = 232;
  const char* rows[][2] = {{"Reducing reoffending", "8"},
                           {"Abiding by the sentence", "9"},
                           {"Recommendations", "10"},
                           {"2. The arrangements for", "11"},
                           {"delivering probation services", ""},
                           {"in Kent", ""},
                           {"National context", "12"}};
  double baseline = 100;
  for (const auto& row : rows) {
    page.Line(kLeft, baseline, row[0], kSize);
    if (*row[1]) page.Line(numbers, baseline, row[1], kSize);
    baseline += kPitch;
  }
  EXPECT_EQ(Read(page, kUnspacedAtTheLinePitch),
            (Blocks{"Reducing reoffending\t8", "Abiding by the sentence\t9", "Recommendations\t10",
                    "2. The arrangements for delivering probation services in Kent\t11",
                    "National context\t12"}));
}

// Questions of a results table at the line pitch, one row leaving its figure cell
// empty: each numbered question starts its row, the empty one too.
TEST(BuildBlocks, StartsARowAtEachNumberedQuestionThoughItsFigureCellIsEmpty) {
  PageBuilder page;
  const double figures = 300;
  page.Line(kLeft, 100, "3.2.2. Is the personal contact with", kSize);
  page.Line(figures, 100, "73%", kSize);
  page.Line(kLeft, 100 + kPitch, "the victim timely?", kSize);
  page.Line(kLeft, 100 + 2 * kPitch, "3.2.3. Does pre-release contact with", kSize);
  page.Line(kLeft, 100 + 3 * kPitch, "the victim allow contributions?", kSize);
  page.Line(kLeft, 100 + 4 * kPitch, "3.2.4. Is there good communication?", kSize);
  page.Line(figures, 100 + 4 * kPitch, "94%", kSize);
  EXPECT_EQ(Read(page, kUnspacedAtTheLinePitch),
            (Blocks{"3.2.2. Is the personal contact with the victim timely?\t73%",
                    "3.2.3. Does pre-release contact with the victim allow contributions?",
                    "3.2.4. Is there good communication?\t94%"}));
}

// Both cells of a row wrap; the next row starts after the row padding.
void ExpectBothCellsWrapInOneRow(const LineSpacing& spacing) {
  PageBuilder page;
  page.Line(kLeft, 100, "Partnerships and services", kSize);  // ends at 197
  page.Line(200, 100, "Requires improvement in", kSize);
  page.Line(kLeft, 100 + kPitch, "for young adults", kSize);
  page.Line(200, 100 + kPitch, "most areas", kSize);
  page.Line(kLeft, 100 + 2 * kPitch + 8, "Staffing", kSize);
  page.Line(200, 100 + 2 * kPitch + 8, "Good", kSize);
  EXPECT_EQ(Read(page, spacing),
            (Blocks{"Partnerships and services for young adults\tRequires improvement in most areas",
                    "Staffing\tGood"}));
}

TEST(BuildBlocks, ReadsARowWhoseCellsBothWrapAsOneRow) { ExpectBothCellsWrapInOneRow(kSpaced); }

// Without paragraph spacing, the rows padded apart by more than the line pitch.
TEST(BuildBlocks, ReadsARowWhoseCellsBothWrapAsOneRowWhereParagraphsAreNotSpaced) {
  ExpectBothCellsWrapInOneRow(kUnspacedAtTheLinePitch);
}

// A cell's line ending in a broken word, set a little further down than the line
// pitch over the line that carries the word on (a glyph from a taller font on it),
// is still one cell, where paragraphs are spaced by little more than that (the
// hyphens are the hyphenation stage's to repair).
TEST(BuildBlocks, ReadsACellsWordBrokenOverALineSetFurtherDownAsOneCell) {
  const LineSpacing spacing{1.2, kPitch / 12};
  PageBuilder page;
  double baseline = 100;
  page.Line(kLeft, baseline, "4.1.1.", kSize);
  page.Line(120, baseline, "Does assessment focus on the key issues?", kSize);
  page.Line(400, baseline, "61%", kSize);
  baseline += kPitch + 8;
  page.Line(kLeft, baseline, "4.1.2.", kSize);
  page.Line(120, baseline, "Do arrangements for unpaid work suffi-", kSize);
  page.Line(400, baseline, "83%", kSize);
  page.Line(120, baseline + kPitch + 2, "ciently support the user's en-", kSize);
  page.Line(120, baseline + 2 * kPitch + 2, "gagement with the sentence?", kSize);
  baseline += 2 * kPitch + 2 + 8 + kPitch;
  page.Line(kLeft, baseline, "4.1.3.", kSize);
  page.Line(120, baseline, "Is the sentence implemented?", kSize);
  page.Line(400, baseline, "74%", kSize);
  EXPECT_EQ(Read(page, spacing),
            (Blocks{"4.1.1.\tDoes assessment focus on the key issues?\t61%",
                    "4.1.2.\tDo arrangements for unpaid work suffi-ciently support the user's en-gagement with "
                    "the sentence?\t83%",
                    "4.1.3.\tIs the sentence implemented?\t74%"}));
}

// A footnote set as a side note in the margin, level with a heading and beside the
// text under it: no cell of the heading's row, but a footnote of its own after it.
TEST(BuildBlocks, ReadsASideNoteLevelWithAHeadingApartFromIt) {
  PageBuilder page;
  page.Line(kLeft, 100, "Recommendations", 12, kBold);
  page.Lines(420, 99, 9, {"1 CRC aspects of domain", "three work are listed", "in the standards."}, 7);
  page.Lines(kLeft, 118, kPitch, {"As a result of our inspection we", "made ten recommendations."}, kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"Recommendations", "1 CRC aspects of domain three work are listed in the standards.",
                    "As a result of our inspection we made ten recommendations."}));
}

// A side note in the margin, in type a size smaller than the body's (8.5 pt beside
// 10 pt, close enough in size to share the text's lines), whose later lines stand
// level with the text's: the note is read whole after the text, and its lines are
// no cells of the text's lines, which are read whole too.
struct PlacedLine {
  double left, baseline;
  const char* text;
  double size;
};

struct SideNoteCase {
  const char* name;
  std::vector<PlacedLine> lines;
  Blocks expected;
};

constexpr double kNote = 8.5, kMargin = 420;

const SideNoteCase kSideNoteCases[] = {
    {"beside a boxed paragraph, the note opening above it",
     {{kLeft, 100, "No cases in our sample had been", kSize},
      {kLeft, 113, "escalated.", kSize},
      {kMargin, 126, "^9 An RSR score of 6.90 or", kNote},
      {kLeft + 9, 139, "Poor practice example: Eric was", kSize},
      {kMargin, 137.5, "higher should have led to", kNote},
      {kLeft + 9, 152, "released on licence in January 2016.", kSize},
      {kMargin, 149, "automatic allocation.", kNote},
      {kLeft + 9, 165, "He had not been assessed since.", kSize}},
     {"No cases in our sample had been escalated.",
      "Poor practice example: Eric was released on licence in January 2016. He had not been assessed since.",
      "⁹ An RSR score of 6.90 or higher should have led to automatic allocation."}},
    {"beside a table's rows, a note ending level with one row and the next opening level with it",
     {{kMargin, 88.5, "^18 In arriving at the rating for", kNote},
      {kLeft, 100, "2.4.1. Does reviewing focus on the", kSize},
      {300, 100, "65%", kSize},
      {kMargin, 99, "this particular aspect.", kNote},
      {kLeft, 113, "service user's engagement?", kSize},
      {kMargin, 114.5, "^19 Please note: percentages", kNote},
      {kMargin, 126, "relate to a sub-sample.", kNote},
      {kLeft, 139, "2.4.2. Is reviewing good?", kSize},
      {300, 139, "46%", kSize}},
     {"2.4.1. Does reviewing focus on the service user's engagement?\t65%",
      "¹⁸ In arriving at the rating for this particular aspect.",
      "¹⁹ Please note: percentages relate to a sub-sample.", "2.4.2. Is reviewing good?\t46%"}},
};

TEST(BuildBlocks, ReadsASideNoteWhoseLinesStandLevelWithTheTextApartFromIt) {
  for (const SideNoteCase& c : kSideNoteCases) {
    PageBuilder page;
    for (const PlacedLine& line : c.lines) page.Line(line.left, line.baseline, line.text, line.size);
    EXPECT_EQ(Read(page, kSpaced), c.expected) << c.name;
  }
}

// Footnotes in 8 pt at the page foot, each starting with its raised number; the
// first runs onto a second line.
TEST(BuildBlocks, ReadsEachFootnoteApartFromTheBody) {
  PageBuilder page;
  page.JustifiedLines(kLeft, kRight, 100, kPitch,
                      {"The service supervised 2,300 people^1", "in the community.^2"}, kSize);
  page.Lines(kLeft, 760, 10, {"^1 Ministry of Justice, Offender management", "statistics quarterly, 2019."}, 8);
  page.Line(kLeft, 780, "^2 At 31 March 2019.", 8);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"The service supervised 2,300 people¹ in the community.²",
                    "¹ Ministry of Justice, Offender management statistics quarterly, 2019.",
                    "² At 31 March 2019."}));
}

// Footnotes as word processors set them: the number (read as a footnote's, raised by
// footnote_numbers.cc) at the margin, its text at a tab stop. A short footnote's
// text stops well short of the measure, so only the number starts the next one.
TEST(BuildBlocks, ReadsEachFootnoteNumberedAtATabStopApart) {
  PageBuilder page;
  page.JustifiedLines(kLeft, kRight, 100, kPitch,
                      {"The service supervised 2,300 people^1", "in the community.^2 ^3"}, kSize);
  const double text = kLeft + 12;
  page.Line(kLeft, 740, "\xC2\xB9", 8);
  page.Lines(text, 740, 10, {"Offender Management Caseload Statistics", "as at 31 March 2016"}, 8);
  page.Line(kLeft, 760, "\xC2\xB2", 8);
  page.Line(text, 760, "Figure for the Kent, Surrey & Sussex CRC", 8);
  page.Line(kLeft, 770, "\xC2\xB3", 8);
  page.Lines(text, 770, 10, {"CRC Service Level 9, Community Performance", "Statistics, 2016"}, 8);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"The service supervised 2,300 people¹ in the community.² ³",
                    "¹\tOffender Management Caseload Statistics as at 31 March 2016",
                    "²\tFigure for the Kent, Surrey & Sussex CRC",
                    "³\tCRC Service Level 9, Community Performance Statistics, 2016"}));
}

// Bullets at the line pitch under the sentence that introduces them; the second
// item wraps to the text's indent.
TEST(BuildBlocks, StartsAParagraphAtEachBullet) {
  PageBuilder page;
  page.Line(kLeft, 100, "Staff told us that:", kSize);
  const char* bullet = "\xEF\x82\xB7";  // the Symbol font's, as Word sets it
  const double indent = kLeft + 18;
  page.Line(kLeft, 100 + kPitch, bullet, kSize);
  page.Line(indent, 100 + kPitch, "they had manageable caseloads", kSize);
  page.Line(kLeft, 100 + 2 * kPitch, bullet, kSize);
  page.Line(indent, 100 + 2 * kPitch, "their managers supported them", kSize);
  page.Line(indent, 100 + 3 * kPitch, "well", kSize);
  page.Line(kLeft, 100 + 4 * kPitch, bullet, kSize);
  page.Line(indent, 100 + 4 * kPitch, "training had been delayed.", kSize);
  EXPECT_EQ(Read(page, kSpaced), (Blocks{"Staff told us that:", "• they had manageable caseloads",
                                         "• their managers supported them well",
                                         "• training had been delayed."}));
}

// A heading set in italic in the text's size, full to the measure, with its
// paragraph right under it at the line pitch: the change from italic to upright ends
// the heading. An italic run filling a line inside a paragraph does not, nor does an
// italic line running on into one with italic words of its own.
TEST(BuildBlocks, EndsAnItalicHeadingWhereUprightTextFollowsIt) {
  constexpr layout_test::Style kItalic{false, true};
  PageBuilder page;
  page.Justified(kLeft, kRight, 100, "Staff have manageable workloads and", kSize, kItalic);
  page.Justified(kLeft, kRight, 100 + kPitch, "are supported to deliver good services", kSize, kItalic);
  page.Justified(kLeft, kRight, 100 + 2 * kPitch, "Staff morale is positive and there is a", kSize);
  page.Line(kLeft, 100 + 3 * kPitch, "culture of learning.", kSize);
  page.Justified(kLeft, kRight, 150, "The Offender Rehabilitation Act 2014", kSize);
  page.Justified(kLeft, kRight, 150 + kPitch, "accompanies the Transforming", kSize);
  page.Justified(kLeft, kRight, 150 + 2 * kPitch, "Rehabilitation Programme of 2013 and", kSize, kItalic);
  page.Line(kLeft, 150 + 3 * kPitch, "its reforms.", kSize);
  page.Justified(kLeft, kRight, 200, "Offender Rehabilitation Act 2014 and", kSize, kItalic);
  const double act = page.Line(kLeft, 200 + kPitch, "Guidance", kSize, kItalic);
  page.Line(act + kSize * layout_test::kSpaceWidth, 200 + kPitch, "for probation.", kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"Staff have manageable workloads and are supported to deliver good services",
                    "Staff morale is positive and there is a culture of learning.",
                    "The Offender Rehabilitation Act 2014 accompanies the Transforming Rehabilitation Programme of "
                    "2013 and its reforms.",
                    "Offender Rehabilitation Act 2014 and Guidance for probation."}));
}

// A list whose bullets the PDF draws as small discs, not as text (as Chromium's
// Skia sets an HTML list): the items hang 18 pt in from the text above and below
// them, and the page's drawing shows a mark 3 pt across before each item's first
// line, in the middle of its letters' height.
class DrawnMarks {
 public:
  void Disc(double left, double baseline, double size) {
    marks_.push_back({left, baseline - 0.5 * size, left + 0.3 * size, baseline - 0.2 * size});
  }
  void Rule(double left, double top, double bottom) { marks_.push_back({left, top, left + 1, bottom}); }
  InkProbe Probe() const {
    return [marks = marks_](const PdfBox& box) -> std::optional<PdfBox> {
      std::optional<PdfBox> ink;
      for (const PdfBox& m : marks) {
        if (m.right <= box.left || m.left >= box.right || m.bottom <= box.top || m.top >= box.bottom) continue;
        const PdfBox in{std::max(m.left, box.left), std::max(m.top, box.top), std::min(m.right, box.right),
                        std::min(m.bottom, box.bottom)};
        if (!ink) ink = in;
        ink = PdfBox{std::min(ink->left, in.left), std::min(ink->top, in.top), std::max(ink->right, in.right),
                     std::max(ink->bottom, in.bottom)};
      }
      return ink;
    };
  }

 private:
  std::vector<PdfBox> marks_;
};

// "Strengths:", three items with drawn bullets (the first wrapped), then the text
// going on at the margin. The items' gaps are the list's own, wider than the line
// pitch, as an HTML list's.
double DrawnList(PageBuilder& page, DrawnMarks& marks) {
  const double indent = kLeft + 18;
  page.Line(kLeft, 100, "Strengths:", kSize, kBold);
  double baseline = 100 + kPitch + kParagraphGap;
  marks.Disc(kLeft + 8, baseline, kSize);
  baseline = page.Lines(indent, baseline, kPitch,
                        {"There is a committed and skilled senior", "management team."}, kSize);
  baseline += kParagraphGap;
  marks.Disc(kLeft + 8, baseline, kSize);
  baseline = page.Lines(indent, baseline, kPitch, {"The operating model is well understood."}, kSize);
  baseline += kParagraphGap;
  marks.Disc(kLeft + 8, baseline, kSize);
  baseline = page.Lines(indent, baseline, kPitch, {"Staff are included and supported."}, kSize);
  page.Line(kLeft, baseline + kParagraphGap, "Leaders were clear about their vision.", kSize);
  return baseline;
}

TEST(BuildBlocks, ReadsTheItemsOfAListWhoseBulletsAreDrawnAsBullets) {
  PageBuilder page;
  DrawnMarks marks;
  DrawnList(page, marks);
  EXPECT_EQ(BuildBlocks(BuildLines(page.words()), {}, kSpaced, marks.Probe()),
            (Blocks{"Strengths:", "• There is a committed and skilled senior management team.",
                    "• The operating model is well understood.", "• Staff are included and supported.",
                    "Leaders were clear about their vision."}));
}

// The items at the line pitch under their heading, which they share a block with:
// each item is looked at on its own.
TEST(BuildBlocks, ReadsDrawnBulletsOfItemsRightUnderTheirHeading) {
  PageBuilder page;
  DrawnMarks marks;
  const double indent = kLeft + 18;
  page.Line(kLeft, 100, "Areas for improvement:", kSize, kBold);
  marks.Disc(kLeft + 8, 100 + kPitch, kSize);
  page.Line(indent, 100 + kPitch, "Some staff lack knowledge.", kSize);
  marks.Disc(kLeft + 8, 100 + 2 * kPitch, kSize);
  page.Line(indent, 100 + 2 * kPitch, "Quality assurance of practice is not effective.", kSize);
  EXPECT_EQ(BuildBlocks(BuildLines(page.words()), {}, kSpaced, marks.Probe()),
            (Blocks{"Areas for improvement:", "• Some staff lack knowledge.",
                    "• Quality assurance of practice is not effective."}));
}

// Items at the line pitch whose lines are full, so that nothing in the text breaks
// them apart: the drawing shows a bullet before each item's first line, and none
// before the first item's wrapped line.
TEST(BuildBlocks, StartsAnItemAtEachDrawnBulletOfAParagraphSetInFull) {
  const std::vector<std::vector<std::string>> items{
      {"The management structure and plans", "are clear to staff at every grade."},
      {"Staff understand the delivery model."}};
  PageBuilder page;
  DrawnMarks marks;
  page.Line(kLeft, 100, "Strengths:", kSize, kBold);
  double baseline = 100 + kPitch;
  for (const std::vector<std::string>& item : items) {
    marks.Disc(kLeft + 8, baseline, kSize);
    for (const std::string& line : item) {
      page.Justified(kLeft + 18, kRight, baseline, line, kSize);
      baseline += kPitch;
    }
  }
  EXPECT_EQ(BuildBlocks(BuildLines(page.words()), {}, kSpaced, marks.Probe()),
            (Blocks{"Strengths:", "• The management structure and plans are clear to staff at every grade.",
                    "• Staff understand the delivery model."}));
}

// A list flush with the text's edge (pdfmake's): each disc drawn at the margin itself,
// the items set in by 8 pt, two thirds of their 12 pt line. Still a list.
TEST(BuildBlocks, ReadsDrawnBulletsStandingAtTheMarginBeforeItemsSetInByLessThanALine) {
  PageBuilder page;
  DrawnMarks marks;
  page.Line(kLeft, 100, "Strengths:", kSize, kBold);
  double baseline = 100 + kPitch + kParagraphGap;
  for (const char* item : {"The operating model is well understood.", "Staff are supported."}) {
    marks.Disc(kLeft, baseline, kSize);
    page.Line(kLeft + 8, baseline, item, kSize);
    baseline += kPitch;
  }
  page.Line(kLeft, baseline + kParagraphGap, "Leaders were clear about their vision.", kSize);
  EXPECT_EQ(BuildBlocks(BuildLines(page.words()), {}, kSpaced, marks.Probe()),
            (Blocks{"Strengths:", "• The operating model is well understood.",
                    "• Staff are supported.", "Leaders were clear about their vision."}));
}

// The same lines where nothing is drawn before them (a quotation set in), or where a
// box's edge runs beside them: no bullets.
TEST(BuildBlocks, ReadsLinesSetInWithoutADrawnMarkAsTheyAre) {
  const Blocks plain{"Strengths:", "There is a committed and skilled senior management team.",
                     "The operating model is well understood.", "Staff are included and supported.",
                     "Leaders were clear about their vision."};
  PageBuilder page;
  DrawnMarks none;
  DrawnList(page, none);
  DrawnMarks rule;
  rule.Rule(kLeft + 6, 100 + kPitch, 100 + 6 * kPitch);
  EXPECT_EQ(BuildBlocks(BuildLines(page.words()), {}, kSpaced, DrawnMarks().Probe()), plain);
  EXPECT_EQ(BuildBlocks(BuildLines(page.words()), {}, kSpaced, rule.Probe()), plain);
  EXPECT_EQ(BuildBlocks(BuildLines(page.words()), {}, kSpaced), plain);  // the drawing unknown
}

// The same list on a page with a wide left margin (Chromium's side-note layout): the
// chapter's heading in display type hangs out across the margin over the text, and a
// side note in smaller type and a wide table's first cells stand in it. The items
// are still set in from the text's own margin, each with its drawn bullet.
TEST(BuildBlocks, ReadsDrawnBulletsSetInFromTheTextsMarginPastAHeadingHangingIntoIt) {
  PageBuilder page;
  DrawnMarks marks;
  page.Line(kLeft - 60, 70, "1. Organisational delivery", 17, kBold);
  DrawnList(page, marks);
  EXPECT_EQ(
      BuildBlocks(BuildLines(page.words()), {}, kSpaced, marks.Probe()),
      (Blocks{"1. Organisational delivery",
              "Strengths:", "• There is a committed and skilled senior management team.",
              "• The operating model is well understood.", "• Staff are included and supported.",
              "Leaders were clear about their vision."}));
}

TEST(BuildBlocks, ReadsDrawnBulletsSetInFromTheTextsMarginPastTableCellsInSmallerTypeOutInIt) {
  PageBuilder page;
  DrawnMarks marks;
  const double foot = DrawnList(page, marks) + 3 * kPitch;
  for (int row = 0; row < 3; ++row) {
    const std::string number = "1." + std::to_string(row + 1);
    page.Line(kLeft - 60, foot + row * 2 * kPitch, number, 8.5);
    page.Line(kLeft - 30, foot + row * 2 * kPitch, row == 0 ? "Leadership" : "Staff", 8.5);
    page.Line(kLeft + 120, foot + row * 2 * kPitch, "Good", 8.5);
  }
  EXPECT_EQ(BuildBlocks(BuildLines(page.words()), {}, kSpaced, marks.Probe()),
            (Blocks{"Strengths:", "• There is a committed and skilled senior management team.",
                    "• The operating model is well understood.",
                    "• Staff are included and supported.", "Leaders were clear about their vision.",
                    "1.1\tLeadership\tGood", "1.2\tStaff\tGood", "1.3\tStaff\tGood"}));
}

// Fonts whose word boxes are not their type's size (Chromium's Type 3 fonts): each
// word's box scaled by `scale` about its baseline, the type and the lines' pitch
// unchanged.
std::vector<PdfWord> ScaledBoxes(std::vector<PdfWord> words, double scale) {
  for (PdfWord& word : words) {
    const double baseline = word.bottom - layout_test::kDescent * word.font_size;
    word.top = baseline - scale * (baseline - word.top);
    word.bottom = baseline + scale * (word.bottom - baseline);
  }
  return words;
}

// The spacing SpacingHistogram measures on such boxes: the 13 pt line pitch and 19 pt
// paragraph pitch in box heights, the break a quarter of the way between.
LineSpacing SpacingInBoxes(double scale) {
  const double box = scale * (layout_test::kAscent + layout_test::kDescent) * kSize;
  return LineSpacing{(kPitch + kParagraphGap / 4) / box, kPitch / box};
}

// "Areas for improvement:", two items at the line pitch (the first wrapped) and one
// after a paragraph's gap, their text `indent` in, each with a disc `disc` across
// drawn 8 pt in, in the middle of its letters' height.
Blocks ReadDrawnListInBoxes(double scale, double indent, double disc) {
  PageBuilder page;
  DrawnMarks marks;
  const auto item = [&](double baseline) {
    marks.Disc(kLeft + 8, baseline, kSize);
    if (disc > 0.3 * kSize) marks.Disc(kLeft + 8 + disc - 0.3 * kSize, baseline, kSize);
  };
  page.Line(kLeft, 100, "Areas for improvement:", kSize, kBold);
  item(100 + kPitch);
  page.Lines(kLeft + indent, 100 + kPitch, kPitch,
             {"Workloads are too high in some", "parts of the division."}, kSize);
  item(100 + 3 * kPitch);
  page.Line(kLeft + indent, 100 + 3 * kPitch, "Services are not fully used.", kSize);
  item(100 + 4 * kPitch + kParagraphGap);
  page.Line(kLeft + indent, 100 + 4 * kPitch + kParagraphGap, "Induction is mixed.", kSize);
  return BuildBlocks(BuildLines(ScaledBoxes(page.words(), scale)), {}, SpacingInBoxes(scale),
                     marks.Probe());
}

const Blocks kDrawnListInBoxes{
    "Areas for improvement:", "• Workloads are too high in some parts of the division.",
    "• Services are not fully used.", "• Induction is mixed."};

// Boxes nearly twice as tall as the type (Inter as Chromium embeds it: 23 pt boxes for
// 9 pt type, lines 12 pt apart): the list's 14 pt indent is under a box height, and a
// box reaches over the line above's bullet. Measured in the line pitch, the indent
// holds a bullet, and each line's slot holds its own bullet only, so the wrapped line
// starts no item.
TEST(BuildBlocks, ReadsDrawnBulletsBeforeLinesWhoseBoxesStandTallerThanTheirPitch) {
  EXPECT_EQ(ReadDrawnListInBoxes(1.9, 14, 3), kDrawnListInBoxes);
}

// Boxes under half as tall as the type (Roboto Slab as Chromium embeds it: 6 pt boxes
// for 9 pt type): a bullet 4 pt across, as the page's drawing measures it, is wider
// than most of a box's height, not than most of the line pitch.
TEST(BuildBlocks, ReadsDrawnBulletsBeforeLinesWhoseBoxesStandShorterThanTheirType) {
  EXPECT_EQ(ReadDrawnListInBoxes(0.45, 14, 4), kDrawnListInBoxes);
}

// The same list in ordinary boxes reads the same; where the ink before the lines is
// the last letters of a column to their left, reaching into the room from its edge,
// there is no bullet.
TEST(BuildBlocks, TakesNoInkReachingTheMarginForADrawnBullet) {
  EXPECT_EQ(ReadDrawnListInBoxes(1, 18, 3), kDrawnListInBoxes);
  PageBuilder page;
  page.Line(kLeft, 100, "Other observations included:", kSize);
  page.Lines(kLeft + 18, 100 + kPitch, kPitch,
             {"we noted that a man came early", "and was seen at once."}, kSize);
  DrawnMarks letters;  // the column before's letters, ending 1 pt past the margin
  for (int line = 0; line < 3; ++line) letters.Disc(kLeft - 2, 100 + line * kPitch, kSize);
  const Blocks plain{"Other observations included:",
                     "we noted that a man came early and was seen at once."};
  EXPECT_EQ(BuildBlocks(BuildLines(page.words()), {}, SpacingInBoxes(1), letters.Probe()), plain);
}

// Two numbered paragraphs, their text at a tab stop 20 pt in: the first item's
// wrapped line at `wrapped_left`, and `last_line` at `last_left` under the second
// item's full first line.
constexpr double kItemText = kLeft + 20;
void NumberedItems(PageBuilder& page, double wrapped_left, double last_left,
                   const char* last_line) {
  page.Line(kLeft, 100, "1.", kSize);
  page.Justified(kItemText, kRight, 100, "The service had a clear vision and", kSize);
  page.Line(wrapped_left, 100 + kPitch, "its leaders were visible to staff.", kSize);
  page.Line(kLeft, 100 + 2 * kPitch, "2.", kSize);
  page.Justified(kItemText, kRight, 100 + 2 * kPitch, "Staff knew their cases well and had", kSize);
  page.Line(last_left, 100 + 3 * kPitch, last_line, kSize);
}

// The wrapped lines under the text, in a document that sets its paragraphs at the
// line pitch.
TEST(BuildBlocks, StartsAParagraphAtEachNumberedItem) {
  PageBuilder page;
  NumberedItems(page, kItemText, kItemText, "manageable caseloads.");
  EXPECT_EQ(Read(page, kUnspaced),
            (Blocks{"1.\tThe service had a clear vision and its leaders were visible to staff.",
                    "2.\tStaff knew their cases well and had manageable caseloads."}));
}

// A list whose items hang their wrapped lines under their text: a line back under
// the numbers, set at the line pitch under the last item's full line, is no wrapped
// line of it but the lead-in of what follows. Where the items' wrapped lines go back
// under the numbers, such a line is the item's.
TEST(BuildBlocks, StartsAParagraphBackUnderTheNumbersOfItemsThatHang) {
  PageBuilder hanging;
  NumberedItems(hanging, kItemText, kLeft, "The Ministry of Justice should:");
  EXPECT_EQ(Read(hanging, kUnspacedAtTheLinePitch),
            (Blocks{"1.\tThe service had a clear vision and its leaders were visible to staff.",
                    "2.\tStaff knew their cases well and had", "The Ministry of Justice should:"}));
  PageBuilder flush;
  NumberedItems(flush, kLeft, kLeft, "manageable caseloads.");
  EXPECT_EQ(Read(flush, kUnspacedAtTheLinePitch),
            (Blocks{"1.\tThe service had a clear vision and its leaders were visible to staff.",
                    "2.\tStaff knew their cases well and had manageable caseloads."}));
}

// The same with section numbers, "2.1" and "2.2", the first paragraph's last line
// full. Reads one paragraph "2.1\t… 2.2\t…" instead: only a number mark of digits
// and one '.' ("12. ") starts a paragraph (StartsWithNumberMark).
TEST(BuildBlocks, DISABLED_StartsAParagraphAtEachSectionNumberedItem) {
  PageBuilder page;
  const double indent = kLeft + 25;
  page.Line(kLeft, 100, "2.1", kSize);
  page.Justified(indent, kRight, 100, "The service had a clear vision", kSize);
  page.Justified(indent, kRight, 100 + kPitch, "and its leaders were well known.", kSize);
  page.Line(kLeft, 100 + 2 * kPitch, "2.2", kSize);
  page.Justified(indent, kRight, 100 + 2 * kPitch, "Staff knew their cases well and", kSize);
  page.Line(indent, 100 + 3 * kPitch, "had manageable caseloads.", kSize);
  EXPECT_EQ(Read(page, kUnspaced),
            (Blocks{"2.1\tThe service had a clear vision and its leaders were well known.",
                    "2.2\tStaff knew their cases well and had manageable caseloads."}));
}

// Section-numbered paragraphs as Word sets them: "2.1" at the margin, the text at a
// tab stop half an inch in, further than any word space.
TEST(BuildBlocks, ReadsASectionNumberAtAWideTabStopWithItsParagraph) {
  PageBuilder page;
  const double indent = kLeft + 36;
  page.Line(kLeft, 100, "2.1", kSize);
  page.Justified(indent, kRight, 100, "The service had a clear vision", kSize);
  page.Line(indent, 100 + kPitch, "and its leaders were visible to staff.", kSize);
  page.Line(kLeft, 100 + 2 * kPitch + kParagraphGap, "2.2", kSize);
  page.Line(indent, 100 + 2 * kPitch + kParagraphGap, "Staff knew their cases well.", kSize);
  EXPECT_EQ(Read(page, kSpaced),
            (Blocks{"2.1\tThe service had a clear vision and its leaders were visible to staff.",
                    "2.2\tStaff knew their cases well."}));
}

// A practice example in a box: padded 8 pt inside its border and indented 10 pt,
// with a bold title; paragraphs above and below it.
TEST(BuildBlocks, ReadsABoxedPracticeExampleApartFromTheTextAroundIt) {
  PageBuilder page;
  double baseline = page.JustifiedLines(kLeft, kRight, 100, kPitch,
                                        {"Managers had good oversight of the work", "of their teams."}, kSize);
  baseline += kParagraphGap + 8;
  page.Line(kLeft + 10, baseline, "Good practice example", kSize, kBold);
  baseline = page.JustifiedLines(kLeft + 10, kRight - 10, baseline + kPitch, kPitch,
                                 {"Sam was supported to find a job and", "a home before his release."}, kSize);
  page.Line(kLeft, baseline + kParagraphGap + 8, "Staff knew their cases well.", kSize);
  EXPECT_EQ(Read(page, kSpaced), (Blocks{"Managers had good oversight of the work of their teams.",
                                         "Good practice example",
                                         "Sam was supported to find a job and a home before his release.",
                                         "Staff knew their cases well."}));
}

// "proba-" / "tion" in a document that spells "probation": one word again.
TEST(BuildBlocks, JoinsAWordHyphenatedAtALineEnd) {
  Vocabulary vocabulary;
  AddToVocabulary("the probation service", vocabulary);
  vocabulary.breaks_words = true;
  PageBuilder page;
  page.JustifiedLines(kLeft, kRight, 100, kPitch,
                      {"Staff we met in the National Proba-", "tion Service knew their cases."}, kSize);
  EXPECT_EQ(Read(page, kSpaced, vocabulary),
            (Blocks{"Staff we met in the National Probation Service knew their cases."}));
}

struct BrokenTitleCase {
  const char* name;
  const char* first;
  const char* second;
  Blocks expected;
  bool centred = false;  // each line centred on the page, not set from the left
};

// A title in 18 pt type, its lines 27 pt apart: 1.25 box heights, beyond the body's
// paragraph pitch. A word broken across its lines holds them together, where its
// lines start at one x or are centred on one; a line ending whole, or a hyphen before
// a capital (a compound's), does not.
const BrokenTitleCase kBrokenTitleCases[] = {
    {"word broken by a hyphen",
     "Community Rehabilita-",
     "tion Company",
     {"Community Rehabilitation Company"}},
    {"line ending whole",
     "Community Rehabilitation",
     "company",
     {"Community Rehabilitation", "company"}},
    {"compound's hyphen",
     "Durham Tees Multi-",
     "Agency Team",
     {"Durham Tees Multi-", "Agency Team"}},
    {"centred, a word broken",
     "Durham Tees Valley Community Rehabili-",
     "tation Company",
     {"Durham Tees Valley Community Rehabilitation Company"},
     true},
    {"centred, the line ending whole",
     "Durham Tees Valley Community",
     "rehabilitation company",
     {"Durham Tees Valley Community", "rehabilitation company"},
     true},
    // Set in by an em and a half under the first: as a first line's indent would be.
    {"centred, the second line set in",
     "Quality and Impact inspection The effective-",
     "ness of probation work in North London",
     {"Quality and Impact inspection The effectiveness of probation work in North London"},
     true},
};

TEST(BuildBlocks, JoinsTheLinesOfATitleAcrossAWordBrokenAtTheirEnd) {
  Vocabulary vocabulary;
  AddToVocabulary("the rehabilitation company and the effectiveness of its work", vocabulary);
  vocabulary.breaks_words = true;
  for (const BrokenTitleCase& c : kBrokenTitleCases) {
    PageBuilder page;
    const double centre = 297;
    page.Line(c.centred ? centre - TextWidth(c.first, 18) / 2 : kLeft, 100, c.first, 18, kBold);
    page.Line(c.centred ? centre - TextWidth(c.second, 18) / 2 : kLeft, 127, c.second, 18, kBold);
    EXPECT_EQ(Read(page, kSpaced, vocabulary), c.expected) << c.name;
  }
}

// A cover's centred lines at the body's line pitch, the first ending whole: two
// paragraphs (the publication month is a line of its own). Only a word broken across
// them holds centred lines together.
TEST(BuildBlocks, KeepsCentredLinesEndingWholeApart) {
  PageBuilder page;
  const double centre = 297;
  const char* lines[] = {"An inspection by HM Inspectorate of Probation", "September 2016"};
  page.Line(centre - TextWidth(lines[0], kSize) / 2, 100, lines[0], kSize);
  page.Line(centre - TextWidth(lines[1], kSize) / 2, 100 + kPitch, lines[1], kSize);
  EXPECT_EQ(Read(page, kSpaced), (Blocks{lines[0], lines[1]}));
}

// A title in 20 pt type whose font gives boxes 0.87 times its size (the body's are
// 1.2 times), its lines 25 pt apart: 1.44 of its own box heights, beyond the body's
// paragraph pitch, 1.04 of the body's boxes for its size, a line pitch. Its two
// lines are one paragraph; the same lines 40 pt apart are two.
struct ShortBoxCase {
  const char* name;
  double pitch;
  Blocks expected;
};

const ShortBoxCase kShortBoxCases[] = {
    {"at the title's line pitch", 25, {"The effectiveness of probation work in the north of London"}},
    {"set apart", 40, {"The effectiveness of probation work in the", "north of London"}},
};

TEST(BuildBlocks, MeasuresATitlesLinePitchByTheBodysBoxesForItsSize) {
  LineSpacing spacing = kSpaced;
  spacing.height_per_point = 1.2;
  for (const ShortBoxCase& c : kShortBoxCases) {
    PageBuilder page(842, 595);
    page.Line(kLeft, 100, "The effectiveness of probation work in the", 20, kBold);
    page.Line(kLeft, 100 + c.pitch, "north of London", 20, kBold);
    std::vector<PdfWord> words = page.words();
    for (PdfWord& w : words) w.top = w.bottom - 0.87 * w.font_size;  // the title font's boxes
    EXPECT_EQ(BuildBlocks(BuildLines(words), {}, spacing), c.expected) << c.name;
  }
}

// A paragraph whose second line holds U+2010 from a fallback font, which sets that line
// 1.8 pt lower, past halfway to a paragraph pitch 3 pt wider than the line pitch: the
// document shows the drop (LineSpacing::fallback_drop), so the line is read at the
// line pitch, the paragraph's.
TEST(BuildBlocks, ReadsALineAFallbackHyphenSetsLowerAtTheLinePitch) {
  LineSpacing spacing = kSpaced;
  spacing.line_pitch = kPitch / 12;
  spacing.break_pitch = (kPitch + 0.25 * 3) / 12;
  PageBuilder page;
  page.Justified(kLeft, kRight, 100, "The service had a clear vision and its", kSize);
  page.Justified(kLeft, kRight, 100 + kPitch + 1.8, "leaders were visible in the self\xE2\x80\x90",
                 kSize);
  page.Line(kLeft, 100 + 2 * kPitch + 1.8, "governing trust.", kSize);
  const Blocks expected = {
      "The service had a clear vision and its leaders were visible in the "
      "self-governing trust."};
  EXPECT_NE(Read(page, spacing), expected) << "without the drop measured, a break";
  spacing.fallback_drop = 1.8 / 12;
  EXPECT_EQ(Read(page, spacing), expected);
}

// A paragraph whose first line is upright and whose other lines are italic, all in
// 10 pt, 12 pt apart; the italic font gives boxes 0.88 times its size, the upright
// one 1.2 times (LaTeX's Latin Modern fonts do). The italic lines are the same type,
// measured by the body's boxes for their size: one paragraph.
TEST(BuildBlocks, ReadsItalicLinesInShorterBoxesAsTheParagraphsType) {
  LineSpacing spacing = kSpaced;
  spacing.height_per_point = 1.2;
  PageBuilder page;
  page.Justified(kLeft, kRight, 100, "Good practice example: Julie had a long", kSize);
  page.Justified(kLeft, kRight, 112, "record of previous convictions. She was", kSize,
                 layout_test::Style{false, true});
  page.Line(kLeft, 124, "vulnerable.", kSize, layout_test::Style{false, true});
  page.Line(kLeft, 142, "The responsible officer met her.", kSize);
  std::vector<PdfWord> words = page.words();
  for (PdfWord& w : words) {
    if (w.italic) w.top = w.bottom - 0.88 * w.font_size;  // the italic font's boxes
  }
  EXPECT_EQ(
      BuildBlocks(BuildLines(words), {}, spacing),
      (Blocks{"Good practice example: Julie had a long record of previous convictions. She was "
              "vulnerable.",
              "The responsible officer met her."}));
}

// A heading in 16 pt bold at the left margin, over `left` (its lines 20 pt apart),
// beside `right` at x = `right_x` on its first line; under them a table in 10 pt,
// its ratings at x = `ratings`.
Blocks ReadDisplayRowOverTable(const std::vector<std::string>& left, const std::string& right,
                               double right_x, double ratings, double size = 16) {
  PageBuilder page;
  double baseline = page.Lines(kLeft, 100, 1.25 * size, left, size, kBold);
  page.Line(right_x, 100, right, size, kBold);
  const char* rows[][2] = {{"Standard", "Rating"},
                           {"Assessment", "Outstanding"},
                           {"Planning", "Good"},
                           {"Reviewing", "Requires improvement"}};
  for (const auto& row : rows) {
    baseline += kPitch + 8;
    page.Line(kLeft, baseline, row[0], kSize);
    page.Line(ratings, baseline, row[1], kSize);
  }
  return Read(page, kSpaced);
}

// The headings of a page's two columns, side by side in display type, the left one
// over two lines (a section in two columns, the table under it across them): each a
// heading of its own, the left one first, not one table row.
TEST(BuildBlocks, ReadsHeadingsSideBySideInDisplayTypeOneAfterTheOther) {
  EXPECT_EQ(ReadDisplayRowOverTable({"Annex 2: Inspection", "results for the division"},
                                    "2. Case supervision", 300, 400),
            (Blocks{"Annex 2: Inspection results for the division", "2. Case supervision",
                    "Standard\tRating", "Assessment\tOutstanding", "Planning\tGood",
                    "Reviewing\tRequires improvement"}));
}

// The row in the table's own type: a row of the table, its first cell wrapped.
TEST(BuildBlocks, ReadsAWrappedRowInTheTablesTypeAsARow) {
  EXPECT_EQ(
      ReadDisplayRowOverTable({"Partnerships and", "services for adults"}, "Requires improvement",
                              300, 400, kSize),
      (Blocks{"Partnerships and services for adults\tRequires improvement", "Standard\tRating",
              "Assessment\tOutstanding", "Planning\tGood", "Reviewing\tRequires improvement"}));
}

// A label and its value on one line in display type over a table: a row, though its
// value stands over none of the table's columns.
TEST(BuildBlocks, ReadsALabelAndItsValueInDisplayTypeOnOneLineAsARow) {
  EXPECT_EQ(ReadDisplayRowOverTable({"Overall rating"}, "Good", 300, 400),
            (Blocks{"Overall rating\tGood", "Standard\tRating", "Assessment\tOutstanding",
                    "Planning\tGood", "Reviewing\tRequires improvement"}));
}

// A table's first row in display type, its first cell over two lines, its rating
// over the ratings of the rows under it: a row of the table.
TEST(BuildBlocks, ReadsARowInDisplayTypeOverTheTablesColumnsAsARow) {
  EXPECT_EQ(
      ReadDisplayRowOverTable({"Overall rating for", "the division"}, "Good", 400, 400),
      (Blocks{"Overall rating for the division\tGood", "Standard\tRating",
              "Assessment\tOutstanding", "Planning\tGood", "Reviewing\tRequires improvement"}));
}

}  // namespace
}  // namespace findings

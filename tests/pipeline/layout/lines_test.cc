#include "layout/lines.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::kBold;
using layout_test::PageBuilder;
using layout_test::TextWidth;

std::vector<std::string> Read(const std::vector<PdfLine>& lines) {
  return layout_test::ReadLines(lines);
}
std::vector<std::string> Read(const PageBuilder& page) { return Read(BuildLines(page.words())); }

// Text set at `left` on `baseline`.
struct Placed {
  double left, baseline;
  const char* text;
};

TEST(BuildLines, ReadsEachLineLeftToRightAndTheLinesTopToBottom) {
  PageBuilder page;
  page.Line(72, 100, "The inspection found that staff", 10);
  page.Line(72, 113, "knew their cases well.", 10);
  std::vector<PdfWord> words = page.words();
  std::reverse(words.begin(), words.end());  // whatever order the PDF gave them in
  EXPECT_EQ(Read(BuildLines(words)),
            (std::vector<std::string>{"The inspection found that staff", "knew their cases well."}));
}

TEST(BuildLines, ReadsAContentsEntrysTitleAndPageAsTwoCellsPastItsLeader) {
  // Each title's leader: stops on a grid of the page 9 pt apart (a stop 5 pt wide and
  // 4 pt of space), from the first grid point after the title to 480; then the page
  // number set flush right at 532.
  PageBuilder page;
  const std::vector<std::pair<const char*, const char*>> entries = {
      {"Abiding by the sentence", "9"}, {"Recommendations", "10"}, {"Appendix 4: Glossary", "61"}};
  double baseline = 100;
  for (const auto& [title, number] : entries) {
    const double end = page.Line(72, baseline, title, 10);
    const double first = 9 * std::ceil((end + 1) / 9);
    std::string stops = ".";
    for (double x = first + 9; x + 5 <= 480; x += 9) stops += " .";
    page.Line(first, baseline, stops, 10, layout_test::kPlain, 4);
    page.RightAligned(532, baseline, number, 10);
    baseline += 13;
  }
  EXPECT_EQ(Read(page),
            (std::vector<std::string>{"Abiding by the sentence | 9", "Recommendations | 10",
                                      "Appendix 4: Glossary | 61"}));
}

TEST(BuildLines, KeepsABoldWordOnItsLine) {
  PageBuilder page;
  double x = page.Line(72, 100, "Staff were", 10);
  x = page.Line(x + 2.5, 100, "not", 10, kBold);
  page.Line(x + 2.5, 100, "supervised.", 10);
  const std::vector<PdfLine> lines = BuildLines(page.words());
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(Read(lines)[0], "Staff were not supervised.");
  EXPECT_FALSE(lines[0].pieces[0].bold) << "bold only when every word is";
}

TEST(BuildLines, MarksALineOfBoldWordsBold) {
  PageBuilder page;
  page.Line(72, 100, "Key findings", 10, kBold);
  const std::vector<PdfLine> lines = BuildLines(page.words());
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].pieces.size(), 1u);
  EXPECT_TRUE(lines[0].pieces[0].bold);
  EXPECT_DOUBLE_EQ(lines[0].pieces[0].font_size, 10);
}

// A run-in head: words in bold or italic opening a line, the first a capitalised
// word, ending without punctuation, then a capital in plain type and more words. The
// piece notes the head's bytes.
TEST(BuildLines, NotesARunInHeadOpeningALine) {
  constexpr layout_test::Style kItalic{false, true}, kBoldItalic{true, true};
  const struct {
    const char* head;
    layout_test::Style style;
    const char* rest;
    layout_test::Style rest_style;
    std::size_t run_in;
  } cases[] = {
      {"Recommendations", kBoldItalic, "As a result of our inspection we have made", {}, 15},
      {"CRC effectiveness", kBold, "In too many instances, CRC staff did not", {}, 17},
      {"Good practice example:", kBold, "Eric had been given a community order", {}, 0},
      {"Protecting the public", kBold, "and reducing reoffending were the aims", {}, 0},
      {"Inspector", kItalic, "Nicola McCloskey, Assistant Inspector", kBold, 0},
      {"1", kBold, "Offender Management Caseload Statistics", {}, 0},
      {"The quality of the work with people on probation in the north",
       kBold,
       "Was good overall",
       {},
       0},
      {"Staff morale", kBold, "High", {}, 0},
  };
  for (const auto& c : cases) {
    PageBuilder page;
    page.Line(page.Line(72, 100, c.head, 10, c.style) + 2.5, 100, c.rest, 10, c.rest_style);
    const std::vector<PdfLine> lines = BuildLines(page.words());
    ASSERT_EQ(lines.size(), 1u) << c.head;
    ASSERT_EQ(lines[0].pieces.size(), 1u) << c.head;
    EXPECT_EQ(lines[0].pieces[0].run_in, c.run_in) << c.head;
  }
}

struct RaisedCase {
  const char* name;
  const char* line;  // "word^3": a raised 3 after the word
  const char* read;
};

// A footnote reference, small digits raised above the baseline, is written in
// superscript digits where it stands.
const RaisedCase kRaisedCases[] = {
    {"after a word", "supervised offenders^3 were seen", "supervised offenders³ were seen"},
    {"two digits", "supervised offenders^12 were seen", "supervised offenders¹² were seen"},
    {"after a full stop", "the service.^5 Staff were seen", "the service.⁵ Staff were seen"},
    {"all the digits", "a b^1 c^2 d^3 e^4 f^5 g^6 h^7 i^8 j^9 k^0 l", "a b¹ c² d³ e⁴ f⁵ g⁶ h⁷ i⁸ j⁹ k⁰ l"},
};

TEST(BuildLines, WritesRaisedFootnoteReferencesAsSuperscripts) {
  for (const RaisedCase& c : kRaisedCases) {
    PageBuilder page;
    page.Line(72, 100, c.line, 10);
    const std::vector<PdfLine> lines = BuildLines(page.words());
    ASSERT_EQ(lines.size(), 1u) << c.name;
    ASSERT_EQ(lines[0].pieces.size(), 1u) << c.name;
    EXPECT_EQ(lines[0].pieces[0].text, c.read) << c.name;
    // The raised digits are no part of the text's height.
    EXPECT_DOUBLE_EQ(lines[0].pieces[0].height, 12) << c.name;
  }
}

// Two references side by side, each digit a word of its own: set a word space apart
// in their own 6 pt type (1.5 pt, narrower than any of the line's 10 pt spaces) they
// are two, "¹ ²", as the text's "^{1 2}"; closer, they are one number, "¹²".
TEST(BuildLines, ReadsRaisedDigitsAWordSpaceApartInTheirOwnTypeAsTwoReferences) {
  for (const auto& [gap, read] : {std::pair<double, const char*>{1.5, "offenders¹ ² were seen"},
                                  std::pair<double, const char*>{0.3, "offenders¹² were seen"}}) {
    PageBuilder page;
    const double end = page.Line(72, 100, "offenders^1", 10);
    const double after = page.Line(end + gap, 100, "^2", 10);
    page.Line(after + 2.5, 100, "were seen", 10);
    std::vector<PdfWord> words = page.words();
    for (PdfWord& w : words) w.space_after = false;
    words[2].space_after = true;  // after the "2"
    EXPECT_EQ(Read(BuildLines(words)), std::vector<std::string>{read}) << gap;
  }
}

struct AfterReferenceCase {
  const char* name;
  const char* next;  // the text after the raised reference
  double gap;        // how far after it, in points (10 pt type)
  const char* read;
};

// The PDF's text puts a space after a raised reference (some producers do, however
// close the next glyph): punctuation set against the reference follows it without
// one; a word, or punctuation a word space on, keeps it.
const AfterReferenceCase kAfterReferenceCases[] = {
    {"comma against the reference", ", but work", 0.5, "contract value\xE2\x81\xB8, but work"},
    {"word against the reference", "but work", 0.5, "contract value\xE2\x81\xB8 but work"},
    {"comma a word space on", ", but work", 3, "contract value\xE2\x81\xB8 , but work"},
};

TEST(BuildLines, SetsPunctuationAgainstARaisedReferenceWithoutASpace) {
  for (const AfterReferenceCase& c : kAfterReferenceCases) {
    PageBuilder page;
    const double end = page.Line(72, 100, "contract value^8", 10);
    page.Line(end + c.gap, 100, c.next, 10);
    std::vector<PdfWord> words = page.words();
    words[2].space_after = true;  // after the reference "8"
    EXPECT_EQ(Read(BuildLines(words)), std::vector<std::string>{c.read}) << c.name;
  }
}

// A reference a DTP tool raises but barely shrinks (Scribus: 7.92 pt in 8 pt text,
// raised 3.7 pt, in a fallback font whose box stands taller than the text's), set
// against the word it marks, or a word space after another: a superscript on the
// word's line, not a line of its own.
PdfWord RaisedDigit(const char* text, double left, double baseline) {
  PdfWord w;
  w.text = text;
  w.left = left;
  w.right = left + 5.04;
  w.top = baseline - 3.7 - 9.22 * 0.8;
  w.bottom = baseline - 3.7 + 9.22 * 0.2;
  w.font_size = 7.92;
  return w;
}

TEST(BuildLines, ReadsAReferenceRaisedButBarelySmallerAsASuperscript) {
  PageBuilder page;
  page.Line(54, 100, "subject to probation", 8);
  const double wales = page.Line(54, 110, "Wales", 8);
  page.AddWord(RaisedDigit("1", wales, 110));
  page.Line(wales + 5.02, 110, ".", 8);
  const double closed = page.Line(54, 120, "post-release supervision)", 8);
  page.AddWord(RaisedDigit("1", closed, 120));
  page.AddWord(RaisedDigit("2", closed + 7.5, 120));
  page.Line(closed + 12.54, 120, ".", 8);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"subject to probation", "Wales¹.",
                                                  "post-release supervision)¹ ²."}));
}

TEST(BuildLines, KeepsDigitsOfTheTextsOwnSizeOnTheBaseline) {
  PageBuilder page;
  page.Line(72, 100, "In 2019 the service supervised 3 of 4 cases", 10);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"In 2019 the service supervised 3 of 4 cases"}));
}

// A contents page whose page numbers are set a point smaller than its 9 pt entries,
// in cells aligned at their tops (so the numbers' baseline stands a little higher):
// each number is the entry's, on its line, not a footnote reference of a line of
// its own.
TEST(BuildLines, KeepsANumberInSlightlySmallerTypeOnItsEntrysLine) {
  PageBuilder page;
  const char* entries[] = {"Foreword", "Key facts", "Overview", "Protecting the public"};
  for (int i = 0; i < 4; ++i) {
    const double baseline = 120 + 15 * i;
    page.Line(43, baseline, entries[i], 9);
    page.RightAligned(552, baseline - 0.9, std::to_string(4 + i), 8);
  }
  EXPECT_EQ(Read(page), (std::vector<std::string>{"Foreword | 4", "Key facts | 5", "Overview | 6",
                                                  "Protecting the public | 7"}));
}

// A footnote in 8 pt at the page foot under 10 pt body text: its number is smaller
// than the body's type but it stands on the footnote's own baseline.
TEST(BuildLines, ReadsAFootnoteNumberOnItsBaselineAsAPlainNumber) {
  PageBuilder page;
  page.Lines(72, 100, 13, {"The service supervised offenders^2 in the", "community and in custody."}, 10);
  page.Line(72, 770, "2 Ministry of Justice statistics, 2019.", 8);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"The service supervised offenders² in the",
                                                  "community and in custody.",
                                                  "2 Ministry of Justice statistics, 2019."}));
}

TEST(BuildLines, ReadsAFootnoteNumberRaisedBeforeItsTextAsASuperscript) {
  PageBuilder page;
  page.Lines(72, 100, 13, {"The service supervised offenders^2 in the", "community and in custody."}, 10);
  page.Line(72, 770, "^2 Ministry of Justice statistics, 2019.", 8);
  EXPECT_EQ(Read(page).back(), "² Ministry of Justice statistics, 2019.");
}

// Footnotes in a font whose boxes stand taller (2.1 ems, deep below the baseline)
// than their lines are apart (9 pt at 7 pt): each raised number stands within its own
// line's boxes and the line's over it, as near the words of both. It joins the line
// whose centre is nearer its own.
TEST(BuildLines, ReadsARaisedFootnoteNumberOnItsOwnLineWhereTallBoxesOverlap) {
  PageBuilder page;
  page.Lines(72, 770, 9,
             {"^1 Offender Management Caseload Statistics, 2016.", "^2 Figure for the CRC.",
              "^3 Community Performance Quarterly Statistics."},
             7);
  std::vector<PdfWord> words = page.words();
  for (PdfWord& w : words) {
    w.top -= 0.3 * 7;
    w.bottom += 0.6 * 7;
  }
  EXPECT_EQ(Read(BuildLines(words)),
            (std::vector<std::string>{"¹ Offender Management Caseload Statistics, 2016.",
                                      "² Figure for the CRC.",
                                      "³ Community Performance Quarterly Statistics."}));
}

TEST(BuildLines, SplitsALineAtAWideGapIntoCells) {
  PageBuilder page;
  page.Line(72, 100, "Leadership", 10);
  page.Line(250, 100, "Good", 10);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"Leadership | Good"}));
}

// A table whose columns come within a word space and a half of each other (the
// longest cell of the first column) still has its cells: the rows agree on where
// the second column starts.
TEST(BuildLines, ReadsCellsAWordSpaceAndAHalfApartWhereTheRowsAlign) {
  const double size = 10, close = 1.5 * 0.25 * size;
  const double column = 72 + TextWidth("Leadership and governance", size) + close;
  PageBuilder page;
  const double pitch = 21;  // rows padded
  const char* rows[][2] = {{"Leadership and governance", "Requires improvement"},
                           {"Staffing", "Good"},
                           {"Partnerships and services", "Requires improvement"},
                           {"Information", "Outstanding"}};
  double baseline = 100;
  for (const auto& row : rows) {
    page.Line(72, baseline, row[0], size);
    page.Line(column, baseline, row[1], size);
    baseline += pitch;
  }
  EXPECT_EQ(Read(page), (std::vector<std::string>{"Leadership and governance | Requires improvement",
                                                  "Staffing | Good",
                                                  "Partnerships and services | Requires improvement",
                                                  "Information | Outstanding"}));
}

// Key facts, each a bold figure run in with its description after a gap twice a word
// space, the descriptions' first words on one x. Between them, the first description's
// wrapped line has a word centred on that x by chance, set a word space after the
// line's first word: running text across the gap, so no column of cells there.
TEST(BuildLines, KeepsRunInFiguresWithTheirTextWhereAWrappedLinesWordIsCentredOnTheGap) {
  const double size = 10, gap = 2 * 0.25 * size;
  PageBuilder page;
  page.Line(page.Line(72, 100, "41%", size, kBold) + gap, 100, "The proportion of the cases", size);
  page.Line(72, 114, "or prison supervision.", size);
  page.Line(page.Line(72, 128, "62%", size, kBold) + gap, 128, "The proportion of offenders", size);
  EXPECT_EQ(Read(page),
            (std::vector<std::string>{"41% The proportion of the cases", "or prison supervision.",
                                      "62% The proportion of offenders"}));
}

// Two key facts so set on consecutive lines, their descriptions' first words on one
// x, the second's last word broken by a hyphen and carried on at the start of the
// line under it: text run back to the margin, not a cell's, which runs on inside it.
TEST(BuildLines, KeepsRunInFiguresWithTheirTextWhereABrokenWordRunsBackToTheMargin) {
  const double size = 10, gap = 2 * 0.25 * size;
  PageBuilder page;
  page.Line(page.Line(72, 100, "15,563", size, kBold) + gap, 100,
            "The number of offenders supervised", size);
  page.Line(page.Line(72, 114, "10,071", size, kBold) + gap, 114, "The number managed in Lon-",
            size);
  page.Line(72, 128, "don.", size);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"15,563 The number of offenders supervised",
                                                  "10,071 The number managed in Lon-", "don."}));
}

// Tables whose rows' first cells wrap: onto a line of their own ("and governance"),
// beside the second cell's broken word carried on in its cell ("rutland" beside
// "don."), or a little higher than that word's end ("Disorder" over "formed
// services"), no broken word's end itself. Cells still, the second column's words all
// on one x.
TEST(BuildLines, ReadsCellsWhoseFirstCellWrapsUnderTheRowsStart) {
  const struct {
    double size;
    std::vector<Placed> pieces;
    std::vector<std::string> read;
  } cases[] = {
      // clang-format off: a row of the table per line
      {10,
       {{72, 100, "Leadership"},
        {200, 100, "Good"},
        {72, 114, "and governance"},
        {72, 128, "Leicestershire and"},
        {200, 128, "The number managed in Lon-"},
        {72, 142, "rutland"},
        {200, 142, "don."},
        {72, 156, "Staffing"},
        {200, 156, "Outstanding"}},
       {"Leadership | Good", "and governance", "Leicestershire and | The number managed in Lon-",
        "rutland | don.", "Staffing | Outstanding"}},
      {8,
       {{42, 468, "Partners"},
        {90, 468, "Partners include statutory bodies"},
        {42, 501, "Personality"},
        {90, 501, "A pathway of psychologically-in-"},
        {42, 511, "Disorder"},
        {90, 514, "formed services"}},
       {"Partners | Partners include statutory bodies",
        "Personality | A pathway of psychologically-in-", "Disorder", "formed services"}},
      // clang-format on
  };
  for (const auto& c : cases) {
    PageBuilder page;
    for (const Placed& p : c.pieces) page.Line(p.left, p.baseline, p.text, c.size);
    EXPECT_EQ(Read(page), c.read) << c.read[0];
  }
}

// A table whose columns are a word space and a half apart, its second cell's word
// broken and run on alone inside the cell: the rows' cells still.
TEST(BuildLines, ReadsCellsWhoseBrokenWordRunsOnInsideTheCell) {
  const double size = 10, close = 1.5 * 0.25 * size;
  const double column = 72 + TextWidth("Leadership and governance", size) + close;
  PageBuilder page;
  page.Line(72, 100, "Leadership and governance", size);
  page.Line(column, 100, "Good", size);
  page.Line(72, 121, "Staffing", size);
  page.Line(column, 121, "Managed in Lon-", size);
  page.Line(column, 135, "don.", size);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"Leadership and governance | Good",
                                                  "Staffing | Managed in Lon-", "don."}));
}

// A table of one row in a narrow column, its first cell's word broken by a hyphen
// ("Lead In-" / "spector"), its second cell one line: the row's cells, though no
// other line shows where the second starts. A line with the same wide gap whose word
// before it is whole, or whose next line runs across the gap, is no row.
TEST(BuildLines, ReadsACellWhoseWordItsNarrowCellBrokeBesideTheNextCell) {
  PageBuilder page;
  page.Line(72, 100, "Lead In-", 9);
  page.Line(115, 100, "Mark Boother, Inspector", 9);
  page.Line(72, 111, "spector", 9);
  const double pre = page.Line(72, 140, "The inspection of pre-", 9);
  page.Line(pre + 12, 140, "and post-sentence work was led by", 9);
  page.Line(72, 151, "the regional team, who were supported by", 9);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"Lead In- | Mark Boother, Inspector", "spector",
                                                  "The inspection of pre- and post-sentence work was led by",
                                                  "the regional team, who were supported by"}));
}

// Rows of a question table: a number, the question's first line, a figure. Of the
// four gaps of the second row's first line, two are word spaces and two part cells:
// the word space is measured on the narrower half, and the figure set a little
// closer to a broken word than in the row above is still its own cell.
TEST(BuildLines, ReadsAFigureCloseToTheQuestionsLineAsACell) {
  const double size = 9, pitch = 11;
  PageBuilder page;
  const double broken = 416 + TextWidth("Does resettlement activ-", size);
  const double figures = broken + 1.3 * size + TextWidth("50%", size);  // their right edge
  page.Line(318, 100, "4.2.1.", size);
  page.Line(416, 100, "Does resettlement plan-", size);
  page.RightAligned(figures, 100, "50%", size);
  page.Line(416, 100 + pitch, "ning focus sufficiently?", size);
  page.Line(318, 130, "4.2.2.", size);
  page.Line(416, 130, "Does resettlement activ-", size);
  page.RightAligned(figures, 130, "50%", size);
  page.Line(416, 130 + pitch, "ity focus sufficiently?", size);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"4.2.1. | Does resettlement plan- | 50%",
                                                  "ning focus sufficiently?",
                                                  "4.2.2. | Does resettlement activ- | 50%",
                                                  "ity focus sufficiently?"}));
}

// Two rows whose first cells are narrow and justified: "Lead In-" spread to the
// cell's width, its broken word's rest under the row's start. The wide space before
// "In-" parts no cells, though both rows set "In-" at one x after it.
TEST(BuildLines, KeepsAWordANarrowCellsJustifiedLineSpreadInItsCell) {
  const double size = 8, pitch = 11;
  PageBuilder page;
  double baseline = 100;
  for (const auto& [role, name] : {std::pair{"Lead", "Mark Boother, Inspector"},
                                    std::pair{"Chief", "Tony Rolley, Inspector"}}) {
    page.Line(70, baseline, role, size);
    page.Line(99, baseline, "In-", size);
    page.Line(122, baseline, name, size);
    page.Line(70, baseline + pitch, "spector", size);
    baseline += 2 * pitch + 4;
  }
  EXPECT_EQ(Read(page), (std::vector<std::string>{"Lead In- | Mark Boother, Inspector", "spector",
                                                  "Chief In- | Tony Rolley, Inspector", "spector"}));
}

// The same, spread wider than cells are apart (LaTeX's narrow p-columns), the second
// row's broken word on a line of its own under its first: "In-" is in its row's first
// cell. A second cell's broken word, its rest under it, is a cell.
TEST(BuildLines, KeepsAWordANarrowCellsJustifiedLineSpreadWiderThanCellsAreApart) {
  const double size = 8, pitch = 11;
  PageBuilder page;
  page.Line(70, 100, "Lead", size);
  page.Line(104, 100, "In-", size);  // 18 pt after "Lead": 1.9 line heights
  page.Line(126, 100, "Mark Boother, Inspector", size);
  page.Line(70, 100 + pitch, "spector", size);
  page.Line(70, 100 + 2 * pitch, "Deputy", size);
  page.Line(126, 100 + 2 * pitch, "Tony Rolley, Inspector", size);
  page.Line(70, 100 + 3 * pitch, "Lead", size);
  page.Line(104, 100 + 3 * pitch, "In-", size);
  page.Line(70, 100 + 4 * pitch, "spector", size);
  page.Line(70, 100 + 5 * pitch, "Leadership", size);
  page.Line(126, 100 + 5 * pitch, "Well-", size);
  page.Line(70, 100 + 6 * pitch, "governance", size);
  page.Line(126, 100 + 6 * pitch, "led", size);
  EXPECT_EQ(Read(page),
            (std::vector<std::string>{"Lead In- | Mark Boother, Inspector", "spector",
                                      "Deputy | Tony Rolley, Inspector", "Lead In-", "spector",
                                      "Leadership | Well-", "governance | led"}));
}

// A justified paragraph spreads its spaces evenly, however wide: no cells.
TEST(BuildLines, KeepsTheLinesOfJustifiedTextWhole) {
  PageBuilder page;
  const std::vector<std::string> lines = {
      "The service had a clear vision and its", "leaders were visible to staff in every",
      "office, but the quality of the work was", "not good enough."};
  page.JustifiedLines(72, 252, 100, 13, lines, 10);
  EXPECT_EQ(Read(page), lines);
}

// A narrow justified column: a line of two words (after a bullet, or not) spread to
// the measure leaves one gap, wider than cells are apart, that no evenness measures.
// The justified lines over and under it show the paragraph's measure: it is their
// paragraph's line, whole. A label and its figure set flush with the measure under a
// paragraph are a table's row, and so are a label and a word short of the measure,
// indented from it, in smaller type, or under another row.
TEST(BuildLines, KeepsAJustifiedLineOfTwoWordsInANarrowColumnWhole) {
  PageBuilder page;
  const double left = 72, right = 232;
  page.Justified(left, right, 100, "delivering services through the", 10);
  page.Justified(left, right, 113, "Community Rehabilitation", 10);
  page.Justified(left, right, 126, "Companies (CRCs) in the area", 10);
  page.Line(left - 9, 150, "\xE2\x80\xA2", 10);
  page.Justified(left, right, 150, "Management information", 10);
  page.Justified(left, right, 163, "is comprehensive and relevant", 10);
  page.Justified(left, right, 200, "The division has a clear strategy", 10);
  page.Line(left, 213, "Vacancies", 10);
  page.RightAligned(right, 213, "41%", 10);
  page.Justified(left, right, 250, "The inspection found ratings", 10);
  page.Line(left, 263, "Leadership", 10);
  page.Line(right - 40, 263, "Good", 10);
  page.Justified(left, right, 300, "and the division's other ratings", 10);
  page.Line(left + 20, 313, "Accommodation", 10);
  page.RightAligned(right, 313, "Good", 10);
  page.Justified(left, right, 350, "and in smaller type these ones", 10);
  page.Line(left, 361, "Services", 8);
  page.RightAligned(right, 361, "Inadequate", 8);
  page.Line(left, 400, "Staff", 10);
  page.RightAligned(right, 400, "Requires improvement", 10);
  page.Line(left, 413, "Leadership", 10);
  page.RightAligned(right, 413, "Outstanding", 10);
  EXPECT_EQ(Read(page), (std::vector<std::string>{
                            "delivering services through the", "Community Rehabilitation",
                            "Companies (CRCs) in the area", "• Management information",
                            "is comprehensive and relevant", "The division has a clear strategy",
                            "Vacancies | 41%", "The inspection found ratings", "Leadership | Good",
                            "and the division's other ratings", "Accommodation | Good",
                            "and in smaller type these ones", "Services | Inadequate",
                            "Staff | Requires improvement", "Leadership | Outstanding"}));
}

// Justified text that sets a sentence space after a full stop (groff, TeX: a stretched
// word space and a plain one): two lines whose sentences happen to end on one x are
// no table's rows, their gaps there no cells'.
TEST(BuildLines, KeepsJustifiedLinesWithSentenceSpacesOnOneXWhole) {
  PageBuilder page;
  const double left = 90, plain = layout_test::kSpaceWidth * 10;
  page.Justified(left, 486, 100,
                 "Assessments were a strength of the division's work, and individuals", 10);
  // "with their assessments." then a sentence space, the line stretched to 486.
  const std::string first = "with their assessments.",
                    rest = "Practitioners obtained and used information";
  const double words = layout_test::TextWidth(first + " " + rest, 10) - 6 * plain;
  const double space = (486 - left - words - plain) / 6;
  const double x = page.Line(left, 113, first, 10, layout_test::kPlain, space) + space + plain;
  page.Line(x, 113, rest, 10, layout_test::kPlain, space);
  // "from other services." ends its sentence on the same x.
  const std::string second = "from other services.", more = "They recorded specific concerns about";
  const double second_space =
      (x - plain - left - layout_test::TextWidth(second, 10) + 2 * plain) / 3;
  page.Line(left, 126, second, 10, layout_test::kPlain, second_space);
  page.Line(x, 126, more, 10, layout_test::kPlain, second_space);
  page.Line(left, 139, "victims.", 10);
  EXPECT_EQ(Read(page), (std::vector<std::string>{
                            "Assessments were a strength of the division's work, and individuals",
                            first + " " + rest, second + " " + more, "victims."}));
}

// TeX stretches the space after a full stop three times as much as a word space: in a
// loose line of a narrow column it stands over twice as wide as the line's word spaces
// (here 2.3 times), still no cell gap (pdfTeX, three columns of Times).
TEST(BuildLines, KeepsALooseLineWithItsSentenceSpaceStretchedMoreWhole) {
  PageBuilder page;
  const double left = 43.2, plain = layout_test::kSpaceWidth * 10;
  const std::string first = "tims' units.", rest = "These were formed re-";
  const double words = layout_test::TextWidth(first + " " + rest, 10) - 4 * plain;
  const double space = 3.2 * plain;  // a loose line: its sentence space wider than a cell gap
  ASSERT_GT(2.3 * space, kCellGapInHeights * (layout_test::kAscent + layout_test::kDescent) * 10);
  const double right = left + words + (4 + 2.3) * space;
  page.Justified(left, right, 100, "The division has three dedicated vic-", 10);
  const double x = page.Line(left, 113, first, 10, layout_test::kPlain, space) + 2.3 * space;
  page.Line(x, 113, rest, 10, layout_test::kPlain, space);
  page.Justified(left, right, 126, "cently and are managed by a senior lead", 10);
  EXPECT_EQ(Read(page),
            (std::vector<std::string>{"The division has three dedicated vic-", first + " " + rest,
                                      "cently and are managed by a senior lead"}));
}

// Justified in a narrow column, a line of a few long words has word spaces wider
// than a table's cells are apart (here 19.5 pt in 10 pt type); evenly so.
TEST(BuildLines, KeepsALooselyJustifiedLineWhole) {
  PageBuilder page;
  page.Justified(306, 524, 100, "northern offices was high, and cover", 10);
  page.Justified(306, 524, 113, "arrangements had put pressure on", 10);
  page.Line(306, 126, "experienced staff.", 10);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"northern offices was high, and cover",
                                                  "arrangements had put pressure on", "experienced staff."}));
}

// A numbered heading justified over two lines: its number is spread with its words,
// no item's tab after it.
TEST(BuildLines, KeepsAJustifiedNumberedHeadingWhole) {
  PageBuilder page;
  page.Justified(72, 380, 100, "1. Overall judgements and", 16, kBold);
  page.Line(72, 120, "recommendations", 16, kBold);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"1. Overall judgements and", "recommendations"}));
}

// A heading in display type justified in a narrow column, with its number in its
// first line ("Annex 2:"), above a paragraph in body type: kept whole, as a heading
// whose number comes first is. A row of figures in the same type is still cells.
TEST(BuildLines, KeepsAJustifiedHeadingWithItsNumberInsideWhole) {
  PageBuilder page;
  page.Justified(72, 420, 100, "Annex 2: Inspection results:", 16, kBold);
  page.Line(72, 120, "domains two and three", 16, kBold);
  page.JustifiedLines(72, 420, 140, 13, {"We examined 100 cases from across six local", "delivery units in the area."}, 10);
  page.Justified(72, 420, 190, "63% 57% 47% 61%", 16, kBold);
  page.Line(72, 210, "36%", 16, kBold);
  page.JustifiedLines(72, 420, 230, 13, {"of the cases we inspected across the whole", "of the area's six units."}, 10);
  const std::vector<std::string> lines = Read(page);
  ASSERT_EQ(lines.size(), 8u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines[0], "Annex 2: Inspection results:");
  EXPECT_EQ(lines[4], "63% | 57% | 47% | 61%");
}

struct NumberGapCase {
  const char* name;
  double word_space;    // the line's spaces, in points (16 pt type: 4 natural)
  double after_number;  // the space after the number, in points
  std::vector<std::string> expected;
};

// A numbered heading justified over two lines whose space after the number is
// wider than its word spaces, as TeX sets the space after a full stop: spread with
// its words up to twice their width, no item's tab; wider, a tab stop.
const NumberGapCase kNumberGapCases[] = {
    {"sentence space after the number", 9, 16.2,
     {"3. An evaluation of the quality of", "probation services in Derbyshire"}},
    {"tab stop after the number", 4, 24,
     {"3.\tAn evaluation of the quality of", "probation services in Derbyshire"}},
};

TEST(BuildLines, KeepsAJustifiedNumberedHeadingWithAWiderSpaceAfterItsNumberWhole) {
  for (const NumberGapCase& c : kNumberGapCases) {
    PageBuilder page;
    page.Line(72, 100, "3.", 16, kBold);
    page.Line(72 + TextWidth("3.", 16) + c.after_number, 100, "An evaluation of the quality of", 16, kBold,
              c.word_space);
    page.Line(72, 120, "probation services in Derbyshire", 16, kBold);
    EXPECT_EQ(Read(page), c.expected) << c.name;
  }
}

// A key figure in large type set level with a description's loosely justified
// second line, its bottom below that line's: the description's next line, not the
// figure, is what tells the spread line from a row of cells.
TEST(BuildLines, KeepsALooselyJustifiedLineBesideAKeyFigureWhole) {
  PageBuilder page;
  page.Justified(150, 330, 100, "The number of offenders supervised", 10);
  page.Justified(150, 330, 113, "by the Derbyshire, Notting-", 10);
  page.Line(150, 126, "hamshire and Rutland CRC.", 10);
  page.Line(72, 117, "8,449", 16, kBold);
  const std::vector<std::string> lines = Read(page);
  EXPECT_NE(std::find(lines.begin(), lines.end(), "by the Derbyshire, Notting-"), lines.end())
      << ::testing::PrintToString(lines);
}

// The same line as the last of its column, the paragraph running on into the next
// column: cut into cells ("arrangements | had | put | pressure | on"), as only a
// line with the paragraph's next line under it is taken for an evenly spread one.
TEST(BuildLines, KeepsALooselyJustifiedLineWholeAtTheFootOfAColumn) {
  PageBuilder page;
  page.Justified(72, 290, 100, "northern offices was high, and cover", 10);
  page.Justified(72, 290, 113, "arrangements had put pressure on", 10);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"northern offices was high, and cover",
                                                  "arrangements had put pressure on"}));
}

struct BulletCase {
  const char* name;
  const char* glyph;
};

const BulletCase kBulletCases[] = {
    {"Symbol font's private-use bullet", "\xEF\x82\xB7"},
    {"black small square", "\xE2\x96\xAA"},
    {"black circle", "\xE2\x97\x8F"},
    {"bullet operator", "\xE2\x88\x99"},
    {"bullet itself", "\xE2\x80\xA2"},
};

// A bullet glyph at the margin and its item's text at an indent (a quarter or half
// an inch on, further than a table's cells are apart): one piece, the bullet
// written "•".
TEST(BuildLines, ReadsABulletWithItsItemsText) {
  for (const BulletCase& c : kBulletCases) {
    for (const double indent : {18.0, 36.0}) {
      PageBuilder page;
      page.Line(72, 100, c.glyph, 10);
      page.Line(72 + indent, 100, "staff had manageable caseloads", 10);
      page.Line(72 + indent, 113, "in every office", 10);
      EXPECT_EQ(Read(page), (std::vector<std::string>{"• staff had manageable caseloads", "in every office"}))
          << c.name << ", indent " << indent;
    }
  }
}

// A word processor's bullet font set smaller than the item's text ("•" in 9 pt at the
// margin, the text in 12 pt a tab stop on, their boxes' centres a point apart): each
// bullet marks its item, one piece with its text and the line as tall as the text, not
// a line of its own beside the items.
TEST(BuildLines, ReadsABulletInSmallerTypeWithItsItemsText) {
  PageBuilder page;
  page.Line(90, 100, "\xE2\x80\xA2", 9);
  page.Line(108, 100, "Staff at all grades understand the delivery model.", 12);
  page.Line(90, 114, "\xE2\x80\xA2", 9);
  page.Line(108, 114, "All staff understand how their performance contributes", 12);
  page.Line(108, 128, "to the division's overall performance.", 12);
  const std::vector<PdfLine> lines = BuildLines(page.words());
  EXPECT_EQ(Read(lines), (std::vector<std::string>{
                             "\xE2\x80\xA2 Staff at all grades understand the delivery model.",
                             "\xE2\x80\xA2 All staff understand how their performance contributes",
                             "to the division's overall performance."}));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_DOUBLE_EQ(lines[1].height, 14.4) << "the text's height, so its pitch is the text's";
}

// A bulleted item justified in a narrow column: the bullet a little way before its
// text, its words spread wider than cells are apart, its next line hanging under its
// text, not under the bullet. The line is the item's, whole.
TEST(BuildLines, KeepsALooselyJustifiedBulletedLineWhole) {
  PageBuilder page;
  page.Line(66, 100, "\xE2\x80\xA2", 10);
  page.Justified(75, 344, 100, "Management information is comprehensive. The", 10);
  page.Line(75, 113, "management of facilities requires an urgent review", 10);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"• Management information is comprehensive. The",
                                                  "management of facilities requires an urgent review"}));
}

// A numbered item of a bulleted list, justified (groff's ms writes "• 1. text"): the
// bullet at the margin, the number at the item's indent, the space after the number a
// sentence space (a stretched word space and a plain one), the next line hanging under
// the number. The line is the item's, whole: no cell of "• 1." whose text the line
// below would carry on.
TEST(BuildLines, KeepsAJustifiedNumberedItemAfterItsBulletWhole) {
  PageBuilder page;
  const std::vector<std::string> texts = {
      "improve the exchange of information about sentencing options by supplementing",
      "prepare a joint response to health service commissioners of substance misuse"};
  const double right = 495;  // the two texts start within a point of each other
  double baseline = 100;
  std::vector<std::string> expected;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    page.Line(90, baseline, "\xE2\x80\xA2", 10);
    const std::string mark = std::to_string(i + 1) + ".";
    const double number = page.Line(105, baseline, mark, 10);
    // The stretched word space s that ends the line at `right`, with s and a plain
    // word space w after the number.
    const double gaps = static_cast<double>(std::count(texts[i].begin(), texts[i].end(), ' '));
    const double w = layout_test::kSpaceWidth * 10;
    const double space =
        ((gaps - 1) * w + right - number - layout_test::TextWidth(texts[i], 10)) / (gaps + 1);
    page.Line(number + space + w, baseline, texts[i], 10, layout_test::kPlain, space);
    page.Line(105, baseline + 13, "the high quality information leaflets produced locally", 10);
    expected.push_back("\xE2\x80\xA2 " + mark + " " + texts[i]);
    expected.push_back("the high quality information leaflets produced locally");
    baseline += 30;
  }
  EXPECT_EQ(Read(page), expected);
}

// A numbered paragraph's number with its text at a tab stop: "12.\t" as the text
// renditions write it; a number followed by a word space keeps its space.
TEST(BuildLines, WritesTheTabAfterAParagraphNumber) {
  PageBuilder page;
  page.Line(72, 100, "12.", 10);
  page.Line(72 + 15 + 12, 100, "The service had a clear vision.", 10);
  page.Line(72, 130, "13. Leaders were visible.", 10);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"12.\tThe service had a clear vision.",
                                                  "13. Leaders were visible."}));
}

// A key fact's description justified beside its figure: a line of three words spread
// wide (23 pt apart in 10 pt type) because the next word did not fit, the figure's
// baseline between it and the next line. The two gaps are the same: no cells.
TEST(BuildLines, KeepsAJustifiedLineOfThreeWordsWholeBesideAKeyFigure) {
  PageBuilder page;
  page.Justified(124, 320, 110, "The number of offenders supervised by the", 10);
  page.Justified(124, 320, 122, "the Derbyshire, Nottinghamshire,", 10);
  page.Line(124, 134, "Leicestershire & Rutland CRC.", 10);
  page.Line(64, 126, "8,449", 16);
  std::vector<std::string> read = Read(page);
  std::sort(read.begin(), read.end());
  EXPECT_EQ(read, (std::vector<std::string>{"8,449", "Leicestershire & Rutland CRC.",
                                            "The number of offenders supervised by the",
                                            "the Derbyshire, Nottinghamshire,"}));
}

// A justified line whose words are spread 23 pt apart, one of them followed by a
// raised footnote reference and a full stop set without a space: the spacing is the
// line's, not a row's cells.
TEST(BuildLines, KeepsAJustifiedLineWithAReferenceAndAFullStopWhole) {
  PageBuilder page;
  const double gap = 23;
  double x = page.Line(124, 110, "post-release", 10) + gap;
  x = page.Line(x, 110, "supervision)^3", 10);
  x = page.Line(x, 110, ".", 10) + gap;
  page.Line(x, 110, "The", 10);
  page.Line(124, 122, "proportion for all England & Wales was", 10);
  EXPECT_EQ(Read(page),
            (std::vector<std::string>{"post-release supervision)³. The", "proportion for all England & Wales was"}));
}

// A justified line of three words spread 32.5 pt apart, the first carrying a footnote's
// number the text does not raise ("participants1"), over the paragraph's next line: a
// word with a digit after its letters is no figure, so the spacing is the line's, not a
// row's cells.
TEST(BuildLines, KeepsAJustifiedLineWithAnUnraisedReferenceAfterAWordWhole) {
  PageBuilder page;
  page.Justified(72, 252, 110, "hubs support engagement by", 10);
  page.Justified(72, 252, 122, "participants1 and partner", 10);
  page.Line(72, 134, "organisations. They provide", 10);
  EXPECT_EQ(Read(page),
            (std::vector<std::string>{"hubs support engagement by", "participants1 and partner",
                                      "organisations. They provide"}));
}

// A key figure in 20 pt beside its description in 10 pt: the figure is a line of its
// own, whichever of the description's lines its baseline is nearest.
TEST(BuildLines, ReadsAKeyFigureApartFromItsDescription) {
  PageBuilder page;
  page.Line(72, 122, "62%", 20);
  page.Lines(140, 110, 13, {"of cases had a sufficient", "assessment of risk of harm"}, 10);
  const std::vector<PdfLine> lines = BuildLines(page.words());
  std::vector<std::string> read = Read(lines);
  std::sort(read.begin(), read.end());
  EXPECT_EQ(read, (std::vector<std::string>{"62%", "assessment of risk of harm", "of cases had a sufficient"}));
}

// Key-fact tiles set flush left, 96 pt apart: each figure in 20 pt bold at its tile's
// left edge, its description in 8 pt under it. "251,170" all but fills its tile, so
// "8,449" stands under 1.4 of the figures' line height after it, as near as the row's
// other figures stand apart (no wider a gap than theirs); the descriptions' lines start
// their cells on the figures' lefts. Each figure is a cell of its own.
TEST(BuildLines, ReadsFiguresAsFarApartAsTheirRowsOtherGapsAsCellsOverTheirColumns) {
  const std::pair<const char*, std::vector<std::string>> tiles[] = {
      {"251,170", {"The total number", "of offenders on", "supervision."}},
      {"8,449", {"The number of", "offenders with", "the CRC."}},
      {"41%", {"The proportion", "of custodial", "cases."}},
      {"62%", {"The proportion", "who completed", "their licence."}}};
  PageBuilder page;
  double left = 60;
  for (const auto& [figure, description] : tiles) {
    page.Line(left, 120, figure, 20, kBold);
    page.Lines(left, 134, 10, description, 8);
    left += 96;
  }
  ASSERT_LT(96 - TextWidth("251,170", 20), 1.4 * 1.2 * 20);
  EXPECT_EQ(Read(page), (std::vector<std::string>{
                            "251,170 | 8,449 | 41% | 62%",
                            "The total number | The number of | The proportion | The proportion",
                            "of offenders on | offenders with | of custodial | who completed",
                            "supervision. | the CRC. | cases. | their licence."}));
}

// A heading in small capitals: each word's capital in 12 pt, the rest in capitals of
// 9.6 pt on the same baseline, set against it. One line, its words whole.
TEST(BuildLines, ReadsALineInSmallCapitalsAsOneLine) {
  PageBuilder page;
  double x = 72;
  for (const auto& [capital, rest] : std::vector<std::pair<std::string, std::string>>{
           {"T", "HE"}, {"CRC", ""}, {"", "AND"}, {"NPS", ""}, {"W", "ORKING"}}) {
    if (!capital.empty()) x = page.Line(x, 100, capital, 12, kBold);
    if (!rest.empty()) x = page.Line(x, 100, rest, 9.6, kBold);
    x += 3;
  }
  EXPECT_EQ(Read(page), (std::vector<std::string>{"THE CRC AND NPS WORKING"}));
}

// A bullet in the capitals' size before a lead-in in small capitals: the words in
// small capitals are on its line, though not in its size.
TEST(BuildLines, ReadsABulletedLeadInInSmallCapitalsAsOneLine) {
  PageBuilder page;
  double x = page.Line(72, 100, "•", 12);
  x = page.Line(x + 4, 100, "S", 12, kBold);
  x = page.Line(x + 0.9, 100, "TAFF", 9.6, kBold);
  page.Line(x + 4, 100, "HAVE MANAGEABLE WORKLOADS", 9.6, kBold);
  EXPECT_EQ(Read(page), (std::vector<std::string>{"• STAFF HAVE MANAGEABLE WORKLOADS"}));
}

// Numbered items whose numbers are set in 17 pt before text in 10 pt: each number is
// its item's line's, not a column of figures beside the text.
TEST(BuildLines, ReadsAnItemsNumberInDisplayTypeOnItsLine) {
  PageBuilder page;
  page.Line(60, 100, "3.", 17);
  page.Line(94, 98.5, "make sure that all functional departments prioritise delivery", 10);
  page.Line(60, 124, "4.", 17);
  page.Line(94, 122.5, "obtain and regularly scrutinise relevant management", 10);
  page.Line(94, 135.5, "information to support effective operational delivery", 10);
  const std::vector<PdfLine> lines = BuildLines(page.words());
  EXPECT_EQ(Read(lines), (std::vector<std::string>{
                             "3.\tmake sure that all functional departments prioritise delivery",
                             "4.\tobtain and regularly scrutinise relevant management",
                             "information to support effective operational delivery"}));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_DOUBLE_EQ(lines[1].height, 12) << "the text's height, so its pitch is the text's";
  EXPECT_DOUBLE_EQ(lines[1].pieces[0].font_size, 10);
}

// Type whose boxes stand twice as tall as its size (a browser's Type 3 fonts) sets its
// word spaces (1.8 pt) under a fifth of a box's height. Where the PDF's flow put a
// word's neighbour elsewhere, it marks no space after the word ("The"), but its gap is
// as wide as the line's marked spaces: a space. A word cut in two closer than that
// ("manag" "ed", 1.3 pt) stays one word.
TEST(BuildLines, ReadsAGapAsWideAsTheLinesMarkedSpacesAsASpace) {
  PageBuilder page;
  page.Line(72, 100, "The number of CRCs owned by Seetec.", 10, layout_test::kPlain, 1.8);
  const double end = page.Line(72, 130, "offenders manag", 10, layout_test::kPlain, 1.8);
  page.Line(end + 1.3, 130, "ed by the NPS", 10, layout_test::kPlain, 1.8);
  std::vector<PdfWord> words = page.words();
  for (PdfWord& w : words) {
    w.top -= 12;  // boxes 24 pt tall
    if (w.text == "The" || w.text == "manag") w.space_after = false;
  }
  EXPECT_EQ(Read(BuildLines(words)),
            (std::vector<std::string>{"The number of CRCs owned by Seetec.",
                                      "offenders managed by the NPS"}));
}

// A heading's number in the heading's display type hangs in the margin, a gap and a
// half of the heading's height before its text: one heading, its number written with
// a space as the text renditions write it. A table row's number in that type, with a
// cell after its text, is a cell of its own.
TEST(BuildLines, ReadsAHeadingsNumberHangingInTheMarginWithItsHeading) {
  PageBuilder page;
  page.Line(40, 100, "1.", 17);  // ends at 57: 33 pt, 1.6 heights of 17 pt type, before the text
  page.Line(90, 100, "Overall judgements and recommendations", 17);
  page.Line(90, 130, "In our March 2014 inspection of Kent we found much room for", 10);
  page.Line(90, 143, "improvement in certain areas of practice, most notably in", 10);
  page.Line(90, 156, "assessment of the risks that people on probation posed.", 10);
  page.Line(32, 190, "2.3", 17);
  page.Line(90, 190, "Reviewing", 17);
  page.Line(300, 190, "Inadequate", 17);
  EXPECT_EQ(Read(page),
            (std::vector<std::string>{"1. Overall judgements and recommendations",
                                      "In our March 2014 inspection of Kent we found much room for",
                                      "improvement in certain areas of practice, most notably in",
                                      "assessment of the risks that people on probation posed.",
                                      "2.3 | Reviewing | Inadequate"}));
}

// A heading's number after the word naming what it numbers ("Annex 2:") hangs in the
// margin as a number alone does: one heading, written with spaces. A row of cells in
// that type after such a label (a title, then a page number) stays a row.
TEST(BuildLines, ReadsAHeadingsLabelledNumberHangingInTheMarginWithItsHeading) {
  PageBuilder page;
  page.Line(23, 100, "Annex 2:", 17);  // ends at 86.75: 33 pt, 1.6 heights, before the text
  page.Line(120, 100, "Inspection results: domains two and three", 17);
  page.Line(120, 130, "In our March 2014 inspection of Kent we found much room for", 10);
  page.Line(120, 143, "improvement in certain areas of practice, most notably in", 10);
  page.Line(120, 156, "assessment of the risks that people on probation posed.", 10);
  page.Line(23, 190, "Annex 4:", 17);
  page.Line(120, 190, "Glossary", 17);
  page.Line(400, 190, "39", 17);
  EXPECT_EQ(Read(page),
            (std::vector<std::string>{"Annex 2: Inspection results: domains two and three",
                                      "In our March 2014 inspection of Kent we found much room for",
                                      "improvement in certain areas of practice, most notably in",
                                      "assessment of the risks that people on probation posed.",
                                      "Annex 4: | Glossary | 39"}));
}

// The same in bold type of the text's size, over a table whose cells start where the
// heading's text does: the heading's text starts no cell.
TEST(BuildLines, ReadsABoldHeadingsLabelledNumberWithItsHeadingOverATable) {
  PageBuilder page;
  page.Line(40, 100, "Annex 2:", 11, kBold);  // ends at 81.25
  page.Line(90, 100, "Inspection results: domains two and three", 11, kBold);
  page.Line(40, 130, "2.1.1.", 10);
  page.Line(90, 130, "Does assessment focus on engagement?", 10);
  page.Line(400, 130, "63%", 10);
  page.Line(40, 150, "2.1.2.", 10);
  page.Line(90, 150, "Does assessment focus on desistance?", 10);
  page.Line(400, 150, "57%", 10);
  EXPECT_EQ(Read(page),
            (std::vector<std::string>{"Annex 2: Inspection results: domains two and three",
                                      "2.1.1. | Does assessment focus on engagement? | 63%",
                                      "2.1.2. | Does assessment focus on desistance? | 57%"}));
}

// The same heading read alone, as a line across a page in columns is: its own type is
// no measure of display type, the text's round it is.
TEST(BuildLines, ReadsAHeadingsNumberWithItsHeadingReadAloneInTheTextsType) {
  PageBuilder page;
  page.Line(40, 100, "1.", 17);
  page.Line(90, 100, "Overall judgements and recommendations", 17);
  EXPECT_EQ(Read(BuildLines(page.words(), 10)),
            (std::vector<std::string>{"1. Overall judgements and recommendations"}));
  EXPECT_EQ(Read(page), (std::vector<std::string>{"1. | Overall judgements and recommendations"}));
}

// Capitals in a size between a key figure's and its description's do not draw the
// description's first word onto the figure's line.
TEST(BuildLines, ReadsAKeyFigureApartFromADescriptionOpeningInCapitals) {
  PageBuilder page;
  page.Line(72, 110, "2,361", 13);
  page.Line(115, 110, "NPS cases in the division", 10);
  page.Line(115, 123, "at the end of March 2016", 10);
  std::vector<std::string> read = Read(page);
  EXPECT_EQ(read.size(), 3u);
}

}  // namespace
}  // namespace findings

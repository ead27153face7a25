#include "normalise/text_normaliser.h"

#include <gtest/gtest.h>

#include <string>

namespace findings {
namespace {

struct LineCase {
  const char* name;
  std::string input;
  std::string expected;
};

// Named after the function it tests, which the tests below therefore call as
// findings::NormaliseLine.
class NormaliseLine : public ::testing::TestWithParam<LineCase> {};

TEST_P(NormaliseLine, Normalises) {
  EXPECT_EQ(findings::NormaliseLine(GetParam().input), GetParam().expected);
}

// Inputs are lines of corpus/text/*.txt (or made the way they are made).
INSTANTIATE_TEST_SUITE_P(
    Markup, NormaliseLine,
    ::testing::Values(
        LineCase{"BoldDate", "**MARCH 2019** ", "MARCH 2019"},
        LineCase{"HeadingMarks", "## **Overall findings**", "Overall findings"},
        LineCase{"DeepHeading", "###### Six", "Six"},
        LineCase{"SevenHashesAreText", "####### x", "####### x"},
        LineCase{"HashInsideText", "Room #4", "Room #4"},
        LineCase{"HeadingBeforeBullet", "# \xE2\x80\xA2 Staff have manageable workloads",
                 "\xE2\x80\xA2 Staff have manageable workloads"},
        LineCase{"PracticeExample",
                 "***Poor practice example:** In Patrick's case, the documentation*",
                 "Poor practice example: In Patrick's case, the documentation"},
        LineCase{"StarsInsideAWord", "*\xE2\x80\x9CI\xE2\x80\x99m well p***ed off.\xE2\x80\x9D*",
                 "\"I'm well p***ed off.\""},
        LineCase{"KeyFact", "- 251,170** The total number of offenders",
                 "\xE2\x80\xA2 251,170 The total number of offenders"},
        LineCase{"KeyFactOf", "- 2 (of 21)** The number of CRCs",
                 "\xE2\x80\xA2 2 (of 21) The number of CRCs"},
        LineCase{"NegativePercentages", "ranged from -6% to -36%.", "ranged from -6% to -36%."},
        LineCase{"StarListMark", "* item", "\xE2\x80\xA2 item"},
        LineCase{"BulletGlyph", "\xE2\x80\xA2   spaced   out", "\xE2\x80\xA2 spaced out"},
        LineCase{"DashWithoutSpaceIsText", "-6% change", "-6% change"},
        LineCase{"HtmlTags", "<i>Offender</i> <i>Management Act 2007</i> , managed",
                 "Offender Management Act 2007 , managed"},
        LineCase{"BoldInCell", "\t<b>Planning</b> ng is well-informed\tInadequate\t",
                 "Planning ng is well-informed\tInadequate"},
        LineCase{"Underline", "visit <u>www.example.org/x</u> or", "visit www.example.org/x or"},
        LineCase{"Autolink", "<http://www.justiceinspectorates.gov.uk/hmiprobation/>",
                 "http://www.justiceinspectorates.gov.uk/hmiprobation/"},
        LineCase{"Entities", "R&amp;D &lt;b&gt; &#8217;x&#x2019; &quot;q&quot;",
                 "R&D <b> 'x' \"q\""},
        LineCase{"BareAmpersand", "England & Wales & more", "England & Wales & more"},
        LineCase{"LessThanIsText", "a < b and 3<4", "a < b and 3<4"}),
    [](const ::testing::TestParamInfo<LineCase>& info) { return info.param.name; });

INSTANTIATE_TEST_SUITE_P(
    Footnotes, NormaliseLine,
    ::testing::Values(
        LineCase{"SuperscriptDigit", "across England & Wales\xC2\xB9.",
                 "across England & Wales[^1]."},
        LineCase{"SuperscriptNumber", "The MTCnovo operating model is unusual\xC2\xB9\xE2\x81\xB0, in",
                 "The MTCnovo operating model is unusual[^10], in"},
        LineCase{"CaretGroup", "supervision)^{1 2}. The", "supervision)[^1][^2]. The"},
        LineCase{"SupTag", "Good<sup>15</sup>", "Good[^15]"},
        LineCase{"SupTagAfterSpaceInCell", "keeping other people safe? <sup>19</sup>\t36%\t",
                 "keeping other people safe?[^19]\t36%"},
        LineCase{"SupInHeading", "## 4.<sup>2</sup> CRC specific work", "4.[^2] CRC specific work"},
        LineCase{"SuperscriptInRatingRow", "3.1 \xC2\xB2\tCourt reports and case allocation\tGood",
                 "3.1[^2]\tCourt reports and case allocation\tGood"},
        LineCase{"DoubleEscapedSupOpensFootnoteText",
                 "<sup>&</sup>lt;sup>1</sup> Durham Tees Valley CRC uses the term",
                 "1 Durham Tees Valley CRC uses the term"},
        LineCase{"SuperscriptOpensFootnoteText", "\xC2\xB2 Offender Management Caseload",
                 "2 Offender Management Caseload"},
        LineCase{"ListedFootnoteText", "- \xE2\x81\xB6 Multi-Agency Public Protection",
                 "6 Multi-Agency Public Protection"},
        LineCase{"CaretWithLettersIsText", "x^{a} y", "x^{a} y"},
        LineCase{"SupWithNonDigitsKeepsText", "Forewor\t<sup>.</sup> d\t4", "Forewor\t. d\t4"}),
    [](const ::testing::TestParamInfo<LineCase>& info) { return info.param.name; });

INSTANTIATE_TEST_SUITE_P(
    Characters, NormaliseLine,
    ::testing::Values(
        LineCase{"Ligatures", "\xEF\xAC\x81nd e\xEF\xAC\x80" "ect \xEF\xAC\x82ow o\xEF\xAC\x83" "ce",
                 "find effect flow office"},
        LineCase{"Quotes", "\xE2\x80\x98Transition\xE2\x80\x99 \xE2\x80\x9Cwhole\xE2\x80\x9D",
                 "'Transition' \"whole\""},
        LineCase{"DashesKept", "2015\xE2\x80\x93" "2016 \xE2\x80\x94 done",
                 "2015\xE2\x80\x93" "2016 \xE2\x80\x94 done"},
        LineCase{"OddSpaces", "a\xC2\xA0" "b\xE2\x80\x89" "c\xE2\x80\xAF" "d", "a b c d"},
        LineCase{"SoftHyphenAndZeroWidth", "re\xC2\xAD" "offend\xE2\x80\x8B" "ing", "reoffending"},
        LineCase{"Nfc", "Cafe\xCC\x81", "Caf\xC3\xA9"},
        LineCase{"CollapsedSpaces", "  many    spaces\there  ", "many spaces\there"},
        LineCase{"EmptyCellsDropped", "\t\tA\t\t B \t", "A\tB"},
        LineCase{"PercentAndPound", "60% of \xC2\xA3" "3.7bn", "60% of \xC2\xA3" "3.7bn"}),
    [](const ::testing::TestParamInfo<LineCase>& info) { return info.param.name; });

TEST(NormaliseText, OneBlockPerLineWithoutEmptyLines) {
  Document doc = NormaliseText("# Title\n\n  \nFirst paragraph.\n- item\n");
  EXPECT_EQ(doc.text, "Title\nFirst paragraph.\n\xE2\x80\xA2 item");
  ASSERT_EQ(doc.lines.size(), 3u);
  EXPECT_EQ(doc.line_text(1), "First paragraph.");
  EXPECT_EQ(doc.lines[1].start, 6u);
  EXPECT_TRUE(doc.page_starts.empty());
  EXPECT_EQ(doc.page_at(0), std::nullopt);
}

TEST(NormaliseText, CrLfAndCrEndLines) {
  EXPECT_EQ(NormaliseText("a\r\nb\rc\nd").text, "a\nb\nc\nd");
}

TEST(NormaliseText, FormFeedsMakeThePageMap) {
  Document doc = NormaliseText("one\ntwo\fthree\f\ffive\f");
  EXPECT_EQ(doc.text, "one\ntwo\nthree\nfive");
  ASSERT_EQ(doc.page_starts.size(), 4u);  // the form feed at the very end opens no page
  EXPECT_EQ(doc.page_at(0), 1);
  EXPECT_EQ(doc.page_at(4), 1);           // "two"
  EXPECT_EQ(doc.page_at(8), 2);           // "three"
  EXPECT_EQ(doc.page_at(14), 4);          // "five": page 3 is empty
}

// NormaliseText copies plain lines through without NormaliseLine: the same result.
TEST(NormaliseText, CopiedLinesAreWhatNormaliseLineGives) {
  const std::string words = "Probation services in Kent (2016), 95% of cases; ";
  const std::string lines[] = {
      words, " " + words, "\t" + words, words + "\t", words + "  " + words, words + " \t1",
      "cell\tcell", "cell\t\tcell", "# " + words, "#" + words, "- " + words, "-6% " + words,
      "+ " + words, "+1 " + words, words + "a & b", "x^2", words + "a\x7F" "b"};
  for (const std::string& line : lines) {
    for (bool strip_markup : {true, false}) {
      NormaliseOptions options;
      options.strip_markup = strip_markup;
      const std::string normalised = findings::NormaliseLine(line, options);
      EXPECT_EQ(NormaliseText(line + "\n" + line, options).text, normalised + "\n" + normalised)
          << "[" << line << "] strip_markup " << strip_markup;
    }
  }
}

TEST(NormaliseText, PdfTextKeepsStarsAndAngles) {
  NormaliseOptions options;
  options.strip_markup = false;
  EXPECT_EQ(NormaliseText("# 1 < 2 **x**", options).text, "# 1 < 2 **x**");
}

}  // namespace
}  // namespace findings

namespace findings {
namespace {

// A PDF's lines come with what the layout read them as, one kind per line, the empty
// line a form feed ends counted: a heading is taken as given, a line the layout left
// to its form is classified by it.
TEST(NormaliseText, TakesTheKindTheLayoutGivesALine) {
  const std::vector<BlockKind> given = {BlockKind::kHeading, BlockKind::kParagraph,
                                        BlockKind::kParagraph, BlockKind::kHeading,
                                        BlockKind::kParagraph};
  NormaliseOptions options;
  options.strip_markup = false;
  options.line_kinds = &given;
  const Document doc = NormaliseText(
      "Key facts\n\xE2\x80\xA2 41% of cases\n\fStaffing\nStaff were well supported.\n", options);
  ASSERT_EQ(doc.lines.size(), 4u);
  EXPECT_EQ(doc.kind(0), BlockKind::kHeading);
  EXPECT_EQ(doc.kind(1), BlockKind::kListItem);
  EXPECT_EQ(doc.kind(2), BlockKind::kHeading) << "the empty line before the form feed is counted";
  EXPECT_EQ(doc.kind(3), BlockKind::kParagraph);
}

}  // namespace
}  // namespace findings

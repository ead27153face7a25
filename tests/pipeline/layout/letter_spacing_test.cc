#include "layout/letter_spacing.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::WordTexts;

// A word in 10 pt type on the baseline at 100 (its box 12 pt tall).
PdfWord Word(const std::string& text, double left, double right, double size = 10,
             double bottom = 102.5) {
  PdfWord w;
  w.text = text;
  w.left = left;
  w.right = right;
  w.bottom = bottom;
  w.top = bottom - 1.2 * size;
  w.font_size = size;
  return w;
}

using Strings = std::vector<std::string>;

TEST(JoinLetterSpacedWords, JoinsALetterSpacedHeading) {
  // "Recommendations" set with 1 pt (a tenth of an em) between its letters, then a
  // word space of 2.5 pt (a quarter of an em) before "made".
  std::vector<PdfWord> words;
  double x = 72;
  for (char c : std::string("Recommendations")) {
    words.push_back(Word(std::string(1, c), x, x + 5));
    x += 6;
  }
  words.push_back(Word("made", x - 1 + 2.5, x - 1 + 2.5 + 20));
  const std::vector<PdfWord> joined = JoinLetterSpacedWords(words);
  EXPECT_EQ(WordTexts(joined), (Strings{"Recommendations", "made"}));
  EXPECT_DOUBLE_EQ(joined[0].left, 72);
  EXPECT_DOUBLE_EQ(joined[0].right, 72 + 14 * 6 + 5);
}

TEST(JoinLetterSpacedWords, KeepsWordsAWordSpaceApart) {
  const std::vector<PdfWord> words = {Word("Staff", 72, 97), Word("were", 99, 119),
                                      Word("supported", 121, 166)};
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(words)), (Strings{"Staff", "were", "supported"}));
}

TEST(JoinLetterSpacedWords, KeepsApartNeighboursOnAnotherBaselineOrInAnotherSize) {
  // Both gaps are 1 pt, but a raised footnote number sits 3.5 pt up, and a word in
  // 12 pt type is not the same run of letters.
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords({Word("Wales", 72, 97), Word("1", 98, 101, 10, 99)})),
            (Strings{"Wales", "1"}));
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords({Word("Wales", 72, 97), Word("Key", 98, 116, 12)})),
            (Strings{"Wales", "Key"}));
}

// A heading in letter-spaced small capitals: "T" in 12 pt, "HE" in 9.6 pt on the same
// baseline (their boxes' feet 0.6 pt apart), 0.9 pt after it; a word space (4.5 pt)
// before "CRC".
TEST(JoinLetterSpacedWords, JoinsAWordInSmallCapitalsCutWhereItsSizeChanges) {
  const std::vector<PdfWord> words = {Word("T", 72, 79, 12, 103),
                                      Word("HE", 79.9, 93.3, 9.6, 102.4),
                                      Word("CRC", 97.8, 123.6, 12, 103)};
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(words)), (Strings{"THE", "CRC"}));
}

TEST(JoinLetterSpacedWords, KeepsApartAWordThatOverlapsTheOneBefore) {
  // Half an em back: a glyph overprinted, not the next letter.
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords({Word("ab", 72, 82), Word("cd", 77, 87)})),
            (Strings{"ab", "cd"}));
}

TEST(JoinLetterSpacedWords, AJoinedWordTakesItsLastPartsSpaceAndSharedStyle) {
  PdfWord a = Word("Goo", 72, 87), b = Word("d", 88, 93);
  a.bold = b.bold = true;
  a.italic = true;
  b.space_after = true;
  const std::vector<PdfWord> joined = JoinLetterSpacedWords({a, b});
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_EQ(joined[0].text, "Good");
  EXPECT_TRUE(joined[0].space_after);
  EXPECT_TRUE(joined[0].bold);
  EXPECT_FALSE(joined[0].italic);
}

// A line of words `gap` points apart in 10 pt type, from x = 72.
std::vector<PdfWord> Spaced(const Strings& texts, double gap) {
  std::vector<PdfWord> words;
  double x = 72;
  for (const std::string& text : texts) {
    const double width = 5.0 * static_cast<double>(text.size());
    words.push_back(Word(text, x, x + width));
    x += width + gap;
  }
  return words;
}

// A condensed italic whose word spaces are 1.7 pt at 10 pt (0.17 em), closer than
// letters set apart usually stand: where the document's word spaces are that narrow,
// its words stay apart; a heading's letters 1 pt apart in a document spaced a
// quarter of an em still join.
TEST(JoinLetterSpacedWords, KeepsApartWordsOfAFontWithNarrowWordSpaces) {
  const Strings words = {"In", "the", "case", "of", "Gerry,", "the", "Risk"};
  PdfPage condensed;
  condensed.words = Spaced(words, 1.7);
  const double space = WordSpaceInEms({condensed});
  EXPECT_NEAR(space, 0.17, 0.001);
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(condensed.words, space)), words);
  // Without the document's measure, the line's own: words of several letters each, all
  // as close, are its word spaces.
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(condensed.words)), words);
  PdfPage body;
  body.words = Spaced(words, 2.5);
  std::vector<PdfWord> heading = Spaced({"R", "e", "c", "o", "m", "m", "e", "n", "d"}, 1);
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(heading, WordSpaceInEms({body}))),
            (Strings{"Recommend"}));
}

// A display face sets a heading's words closer than the body's (0.094 em after the
// number here, 0.11 between the words): its number stays apart from its first word,
// as a footnote's number does, while its words are still more than letters apart.
TEST(JoinLetterSpacedWords, KeepsAHeadingsNumberApartFromItsFirstWord) {
  const std::vector<PdfWord> heading = {Word("1.", 45, 57.7, 35.6),
                                        Word("Overall", 61.04, 119.7, 35.6),
                                        Word("judgements", 123.7, 222.5, 35.6)};
  const double body_space = 0.141;
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(heading, body_space)),
            (Strings{"1.", "Overall", "judgements"}));
  const std::vector<PdfWord> section = {Word("2.1", 45, 70, 35.6),
                                        Word("Leadership", 73.3, 180, 35.6)};
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(section, body_space)), (Strings{"2.1", "Leadership"}));
}

// A cover's date in a display face, 0.09 em between its words where the body's are
// 0.14 em apart: a word and a number stay apart. Letters set apart, a letter before a
// digit among them, still join.
TEST(JoinLetterSpacedWords, KeepsAWordApartFromTheNumberAfterIt) {
  const double body_space = 0.141;
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(
                {Word("MARCH", 45, 90.8, 25.4), Word("2019", 93.1, 123.1, 25.4)}, body_space)),
            (Strings{"MARCH", "2019"}));
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords({Word("E", 72, 78), Word("3", 79, 84)}, body_space)),
            (Strings{"E3"}));
}

// A bold display face sets its words 0.09 em apart where the body's spaces are 0.141
// em: closer than three quarters of the document's word space, but a line of words of
// several letters each (or "&"), all as close, is the face's own word spacing. Letters set
// apart still join: where pieces of one letter stand among them, or closer than half
// the word spaces the line keeps elsewhere.
TEST(JoinLetterSpacedWords, KeepsApartADisplayFacesWordsAsCloseAsTheLinesOthers) {
  const double body_space = 0.141, size = 20;
  // Words `gap` ems apart in 20 pt type, 9 pt a character.
  const auto line = [&](const Strings& texts, const std::vector<double>& gaps) {
    std::vector<PdfWord> words;
    double x = 45;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const double width = 9.0 * static_cast<double>(texts[i].size());
      words.push_back(Word(texts[i], x, x + width, size));
      x += width + (i < gaps.size() ? gaps[i] : 0) * size;
    }
    return words;
  };
  const Strings lead_in = {"Durham", "Tees", "Valley", "Community", "Rehabilitation"};
  EXPECT_EQ(
      WordTexts(JoinLetterSpacedWords(line(lead_in, {0.091, 0.091, 0.091, 0.091}), body_space)),
      lead_in);
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(line({"Company", "should:"}, {0.091}), body_space)),
            (Strings{"Company", "should:"}));
  // "&" among them is a word, no letter set apart.
  const Strings title = {"Quality", "&", "Impact", "inspection"};
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(line(title, {0.091, 0.091, 0.091}), body_space)),
            title);
  EXPECT_EQ(
      WordTexts(JoinLetterSpacedWords(
          line({"R", "e", "comme", "nd", "ations"}, {0.091, 0.091, 0.091, 0.091}), body_space)),
      (Strings{"Recommendations"}));
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(
                line({"Re", "ducing", "Re", "offending"}, {0.091, 0.45, 0.091}), body_space)),
            (Strings{"Reducing", "Reoffending"}));
}

// A letter-spaced heading cut into two pieces of several letters, alone on its line
// ("Fore" "word"), joins where its type keeps wider word spaces on other lines of the
// document; in a type whose words all stand that close, the pieces are words.
TEST(JoinLetterSpacedWords, MeasuresALinesTypeByItsWordSpacesElsewhere) {
  PdfPage page;
  page.words = {Word("Fore", 45, 81, 12.5), Word("word", 82.25, 118.25, 12.5)};
  for (PdfWord& w : page.words) w.bold = true;
  const std::vector<PdfWord> heading = page.words;
  // Another heading in the type, its words half an em apart.
  PdfWord a = Word("Our", 45, 72, 12.5, 202.5), b = Word("report", 78.25, 132.25, 12.5, 202.5);
  a.bold = b.bold = true;
  const double body_space = 0.318;
  EXPECT_EQ(
      WordTexts(JoinLetterSpacedWords(heading, body_space, TypeWordSpaces({page}, body_space))),
      (Strings{"Fore", "word"}));
  page.words.push_back(a);
  page.words.push_back(b);
  EXPECT_EQ(
      WordTexts(JoinLetterSpacedWords(heading, body_space, TypeWordSpaces({page}, body_space))),
      (Strings{"Foreword"}));
}

// Justified text: most lines' spaces stretched to 2.8 pt at 10 pt, the paragraphs'
// last lines at the font's own 2 pt (one line in five). The document's word space is
// the natural one, and a table cell's words kerned to 1.7 pt (0.17 em) stay apart,
// though three quarters of the stretched spaces' median would join them.
TEST(JoinLetterSpacedWords, MeasuresTheWordSpaceOnTheLinesJustificationLeavesAlone) {
  const Strings line = {"Staff", "were", "supported", "well", "by", "their", "managers"};
  PdfPage page;
  for (int i = 0; i < 10; ++i) {
    std::vector<PdfWord> words = Spaced(line, i % 5 == 4 ? 2.0 : 2.8);
    for (PdfWord& w : words) w.bottom += 14 * i, w.top += 14 * i;
    page.words.insert(page.words.end(), words.begin(), words.end());
  }
  const double space = WordSpaceInEms({page});
  EXPECT_NEAR(space, 0.2, 0.001);
  const Strings cell = {"sufficiently", "on", "engaging"};
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords(Spaced(cell, 1.7), space)), cell);
}

// A heading in 17 pt bold whose space a DTP tool kerned to 1.2 pt (0.07 em: Scribus's
// "Key" "facts"), alone on its line, in a type whose other word spaces are a quarter
// of an em: as close as a letter-spaced heading's pieces. The running head sets the
// two words a word space apart (1.7 pt at 7.5 pt) and the document never writes
// "Keyfacts": they stay two words. A heading's pieces the document never sets apart
// ("Fore" "word") still join.
TEST(JoinLetterSpacedWords, KeepsApartWordsTheDocumentSetsApartElsewhere) {
  PdfWord key = Word("Key", 45.35, 70.8, 17), facts = Word("facts", 72.05, 105.32, 17);
  PdfWord fore = Word("Fore", 45.35, 81, 17, 202.5), word = Word("word", 82.25, 118.25, 17, 202.5);
  PdfWord our = Word("Our", 45.35, 72, 17, 302.5), report = Word("report", 75.8, 124.3, 17, 302.5);
  for (PdfWord* w : {&key, &facts, &fore, &word, &our, &report}) w->bold = true;
  PdfPage page;
  page.words = {Word("Key", 522.6, 533.49, 7.5, 40),
                Word("facts", 535.2, 549.64, 7.5, 40),
                key,
                facts,
                fore,
                word,
                our,
                report};
  const double body_space = 0.23;
  const std::vector<TypeSpace> types = TypeWordSpaces({page}, body_space);
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords({key, facts, fore, word}, body_space, types)),
            (Strings{"Keyfacts", "Foreword"}));
  EXPECT_EQ(WordTexts(JoinLetterSpacedWords({key, facts, fore, word}, body_space, types,
                                            WordsSetApart({page}, body_space))),
            (Strings{"Key", "facts", "Foreword"}));
}

TEST(JoinLetterSpacedWords, GivesNothingForNothing) {
  EXPECT_TRUE(JoinLetterSpacedWords({}).empty());
}

}  // namespace
}  // namespace findings

// findings/text.h: the helpers every plugin shares, on made-up text; and the rule of
// findings/document.h for a paragraph a page break interrupted.
#include "findings/text.h"

#include "findings/document.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace findings {
namespace {

TEST(CollapseSpace, MakesEachRunOfSpaceOneSpaceAndTrimsTheEnds) {
  const std::pair<const char*, const char*> cases[] = {{"", ""},
                                                       {"one two", "one two"},
                                                       {"  one \t two\n", "one two"},
                                                       {"a\r\n\fb", "a b"},
                                                       {"   ", ""}};
  for (const auto& [in, want] : cases) EXPECT_EQ(CollapseSpace(in), want) << in;
}

TEST(StripFootnoteMarkers, RemovesMarkersAndKeepsTheirNumbers) {
  std::vector<int> numbers;
  EXPECT_EQ(StripFootnoteMarkers("caseload[^3] of the CRC[^12].", &numbers),
            "caseload of the CRC.");
  EXPECT_EQ(numbers, (std::vector<int>{3, 12}));
}

TEST(StripFootnoteMarkers, LeavesWhatIsNotAMarker) {
  std::vector<int> numbers;
  EXPECT_EQ(StripFootnoteMarkers("[^] [^x] [^4 and [3]", &numbers), "[^] [^x] [^4 and [3]");
  EXPECT_TRUE(numbers.empty());
}

TEST(StripFootnoteMarkers, KeepsAMarkerWhoseNumberIsTooLargeAsWritten) {
  const std::string forty_digits = "1234567890123456789012345678901234567890";
  std::vector<int> numbers;
  EXPECT_EQ(StripFootnoteMarkers("work[^" + forty_digits + "] done[^2]", &numbers),
            "work[^" + forty_digits + "] done");
  EXPECT_EQ(numbers, (std::vector<int>{2}));
}

TEST(ReportIdSlug, LowerCasesAndJoinsWordsWithHyphens) {
  const std::pair<const char*, const char*> cases[] = {
      {"North London", "north-london"},
      {"South West South Central", "south-west-south-central"},
      {"Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire",
       "bedfordshire-northamptonshire-cambridgeshire-and-hertfordshire"},
      {" Kent & Sussex! ", "kent-sussex"}};
  for (const auto& [in, want] : cases) EXPECT_EQ(ReportIdSlug(in), want) << in;
}

TEST(ParseInt, ReadsDigitsAndRefusesTheRest) {
  EXPECT_EQ(ParseInt("42"), 42);
  EXPECT_EQ(ParseInt("007"), 7);
  EXPECT_EQ(ParseInt(""), std::nullopt);
  EXPECT_EQ(ParseInt("-3"), std::nullopt);
  EXPECT_EQ(ParseInt("4x"), std::nullopt);
  EXPECT_EQ(ParseInt("1234567890123456789012345678901234567890"), std::nullopt);
}

TEST(ParseNumber, ReadsDecimalsAndThousands) {
  EXPECT_EQ(ParseNumber("71"), 71.0);
  EXPECT_EQ(ParseNumber("3.5"), 3.5);
  EXPECT_EQ(ParseNumber("251,170"), 251170.0);
  EXPECT_EQ(ParseNumber("1234567890123456789012345678901234567890"),
            1234567890123456789012345678901234567890.0);
  EXPECT_EQ(ParseNumber(""), std::nullopt);
  EXPECT_EQ(ParseNumber("12%"), std::nullopt);
  EXPECT_EQ(ParseNumber(std::string(400, '9')), std::nullopt);  // beyond a double
}

WordList Numbers() {
  WordList list;
  for (const auto& [word, value] :
       std::vector<std::pair<const char*, const char*>>{{"one", "1"},
                                                        {"four", "4"},
                                                        {"nine", "9"},
                                                        {"twelve", "12"},
                                                        {"forty", "40"},
                                                        {"seventy", "70"},
                                                        {"ninety", "90"},
                                                        {"hundred", "100"}})
    list.entries.emplace_back(word, value);
  return list;
}

TEST(ReadNumberWords, ReadsTheNumberAtTheEndOfTheWords) {
  const WordList numbers = Numbers();
  const std::pair<const char*, double> cases[] = {
      {"Seventy-one", 71}, {"in over forty", 40}, {"one hundred", 100}, {"a hundred", 100},
      {"Twelve", 12},      {"ninety nine", 99},   {"four hundred", 400}};
  for (const auto& [words, want] : cases)
    EXPECT_EQ(ReadNumberWords(&numbers, words), want) << words;
}

TEST(ReadNumberWords, RefusesWordsThatAreNoNumber) {
  const WordList numbers = Numbers();
  EXPECT_EQ(ReadNumberWords(&numbers, "the"), std::nullopt);
  EXPECT_EQ(ReadNumberWords(&numbers, "seventy cases"), std::nullopt);
  EXPECT_EQ(ReadNumberWords(&numbers, ""), std::nullopt);
  EXPECT_EQ(ReadNumberWords(nullptr, "four"), std::nullopt);
}

struct BreakCase {
  const char* before;
  const char* after;
  bool continues;
};

TEST(ContinuesAcrossBreak, JoinsAnOpenParagraphToTheTextCarryingItOn) {
  const BreakCase cases[] = {
      {"the case was allocated to a", "probation officer", true},  // lower case resumes
      {"in 86% of cases, and", "by contracted providers", true},
      {"in over 2016", "and 2017", true},                           // a figure leaves it open
      {"three nights'", "accommodation", true},                     // an apostrophe is no quote
      {"12.\tMake sure that the", "staff", true},                   // a numbered item, no row
      {"The work was good.", "the next case", false},              // closed by its punctuation
      {"One manager said:", "we love our job", false},
      {"an assessment of need;", "involving a colleague", false},
      {"he said \"no\"", "and left", false},
      {"Are they safe?", "yes", false},
      {"Good!", "then", false},
      {"Overall findings", "Overall, the CRC", false},             // a capital starts anew
      {"released from the", "National Probation Service", false},  // (layout/run_on.cc's)
      {"Area\tRating", "good", false},                           // a table row
      {"12.\tArea\tGood", "rated", false},
      {"", "anything", false},
      {"open,", "", false},
  };
  for (const BreakCase& c : cases)
    EXPECT_EQ(ContinuesAcrossBreak(c.before, c.after), c.continues) << c.before << " | " << c.after;
}

TEST(EndsOpen, IsTheBeforeHalfOfTheRule) {
  EXPECT_TRUE(EndsOpen("whose first part ends in a word"));
  EXPECT_TRUE(EndsOpen("or a comma,"));
  EXPECT_FALSE(EndsOpen("a sentence."));
  EXPECT_FALSE(EndsOpen("a\ttable\trow"));
  EXPECT_FALSE(EndsOpen(""));
  // A PDF line before normalisation (layout/run_on.cc): ” closes like ".
  EXPECT_FALSE(EndsOpen("they were \xE2\x80\x9Cstretched.\xE2\x80\x9D"));
  EXPECT_FALSE(EndsOpen("the \xE2\x80\x9Chub\xE2\x80\x9D"));
  EXPECT_TRUE(EndsOpen("three nights\xE2\x80\x99"));  // ’ is an apostrophe too
}

}  // namespace
}  // namespace findings

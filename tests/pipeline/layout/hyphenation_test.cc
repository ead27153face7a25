#include "layout/hyphenation.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::PageBuilder;

// The vocabulary of a one-page document whose words, in reading order, are `text`
// (a line-end hyphen is written as the word "proba-" before its rest "tion").
Vocabulary VocabularyOf(const std::string& text) {
  PageBuilder page;
  page.Line(72, 100, text, 10);
  return BuildVocabulary({page.page()});
}

struct JoinCase {
  const char* name;
  const char* document;  // the words of the whole document, the broken word among them
  const char* first;     // the line ending with the hyphen
  const char* second;    // the next line
  const char* joined;
};

const JoinCase kJoinCases[] = {
    {"a word the document spells whole elsewhere",
     "the probation service and the proba- tion officers", "the proba-", "tion officers",
     "the probation officers"},
    {"a word spelled whole elsewhere, where most line-end hyphens are compounds'",
     "post-release post- release and post- release and probation and proba- tion", "the proba-",
     "tion officers", "the probation officers"},
    {"a compound the document spells with its hyphen elsewhere",
     "post-release supervision and the post- release work", "the post-", "release work",
     "the post-release work"},
    {"U+2010, the typesetter's own hyphen", "in the inter\xE2\x80\x90 ests of victims",
     "in the inter\xE2\x80\x90", "ests of victims", "in the interests of victims"},
    {"a soft hyphen", "in the inter\xC2\xAD ests of victims", "in the inter\xC2\xAD",
     "ests of victims", "in the interests of victims"},
    {"a '-' where breaks are printed as U+2010 is a compound's",
     "in the inter\xE2\x80\x90 ests of victims and offence- focused work", "and offence-",
     "focused work", "and offence-focused work"},
    {"a capital after the hyphen", "the Multi- Agency Public Protection Arrangements", "the Multi-",
     "Agency Public Protection Arrangements", "the Multi-Agency Public Protection Arrangements"},
    {"a year range", "in 2015- 16 the service", "in 2015-", "16 the service", "in 2015-16 the service"},
    {"a word spelled nowhere else, where the typesetter breaks words",
     "probation proba- tion and proba- tion it is desir- able", "it is desir-", "able that",
     "it is desirable that"},
    {"a compound spelled nowhere else, where lines break only at compounds' hyphens",
     "post-release post- release and risk- averse", "is risk-", "averse to", "is risk-averse to"},
    {"a compound with a first part of the document's other compounds",
     "probation proba- tion and well-led well- organised", "was well-", "organised and",
     "was well-organised and"},
    {"a compound with a last part of the document's other compounds",
     "probation proba- tion and offence-focused victim- focused", "was victim-", "focused and",
     "was victim-focused and"},
    {"a web address's own hyphen",
     "probation proba- tion at www.gov.uk/government/statistics/offender- management-statistics",
     "see www.gov.uk/government/statistics/offender-", "management-statistics",
     "see www.gov.uk/government/statistics/offender-management-statistics"},
    {"no hyphen", "the probation service", "the probation", "service", "the probation service"},
    {"a dash standing apart", "costs - and benefits", "costs -", "and benefits", "costs - and benefits"},
};

TEST(JoinWrappedLines, RepairsAWordHyphenatedAcrossTheLines) {
  for (const JoinCase& c : kJoinCases) {
    EXPECT_EQ(JoinWrappedLines(c.first, c.second, VocabularyOf(c.document)), c.joined) << c.name;
  }
}

struct SlashCase {
  const char* first;
  const char* second;
  const char* joined;
};

// A line broken after a slash set against a word: the halves are one word; a URL's
// only where the next line carries on its path.
const SlashCase kSlashCases[] = {
    {"offences against his partner and/", "or children", "offences against his partner and/or children"},
    {"Standard/Key question\tRating/", "% yes", "Standard/Key question\tRating/% yes"},
    {"see https://www.gov.uk/government/", "collections/offender-management",
     "see https://www.gov.uk/government/collections/offender-management"},
    {"found at https://www.justiceinspectorates.gov.uk/hmiprobation/", "for each standard",
     "found at https://www.justiceinspectorates.gov.uk/hmiprobation/ for each standard"},
    {"costs /", "benefits", "costs / benefits"},
};

TEST(JoinWrappedLines, JoinsAWordBrokenAfterASlash) {
  for (const SlashCase& c : kSlashCases)
    EXPECT_EQ(JoinWrappedLines(c.first, c.second, Vocabulary{}), c.joined) << c.first;
}

TEST(JoinWrappedLines, TakesTheSecondLineAfterNothing) {
  EXPECT_EQ(JoinWrappedLines("", "The service", Vocabulary{}), "The service");
}

TEST(BuildVocabulary, LeavesTheHalvesOfABrokenWordOut) {
  const Vocabulary vocabulary = VocabularyOf("the proba- tion service");
  EXPECT_EQ(vocabulary.words.count("the"), 1u);
  EXPECT_EQ(vocabulary.words.count("service"), 1u);
  EXPECT_EQ(vocabulary.words.count("proba"), 0u);
  EXPECT_EQ(vocabulary.words.count("proba-"), 0u);
  EXPECT_EQ(vocabulary.words.count("tion"), 0u);
}

TEST(BuildVocabulary, KnowsACompoundAndItsParts) {
  const Vocabulary vocabulary = VocabularyOf("Post-release supervision");
  EXPECT_EQ(vocabulary.words.count("post-release"), 1u);
  EXPECT_EQ(vocabulary.words.count("post-"), 1u);
  EXPECT_EQ(vocabulary.words.count("-release"), 1u);
}

// "inter‐agency" in a line's middle: U+2010 there is a compound's hyphen.
TEST(BuildVocabulary, ReadsUnicodeHyphenInsideAWordAsACompoundsHyphen) {
  const Vocabulary vocabulary = VocabularyOf("good inter\xE2\x80\x90" "agency work");
  EXPECT_EQ(vocabulary.words.count("inter-agency"), 1u);
}

struct BreakingCase {
  const char* name;
  const char* document;
  bool breaks_words;
  bool marks_breaks;
};

const BreakingCase kBreakingCases[] = {
    {"justified: words broken that it spells whole", "probation proba- tion the proba- tion", true, false},
    {"ragged: breaks at compounds' hyphens", "post-release post- release and post- release", false, false},
    {"no line-end hyphens", "the probation service", false, false},
    {"breaks printed as U+2010", "the inter\xE2\x80\x90 ests of victims", false, true},
    {"breaks printed as soft hyphens", "the inter\xC2\xAD ests of victims", false, true},
    {"a capital after a line-end hyphen is no break", "the Multi- Agency and Multi- Agency", false, false},
};

TEST(BuildVocabulary, TellsHowTheTypesetterBreaksWords) {
  for (const BreakingCase& c : kBreakingCases) {
    const Vocabulary vocabulary = VocabularyOf(c.document);
    EXPECT_EQ(vocabulary.breaks_words, c.breaks_words) << c.name;
    EXPECT_EQ(vocabulary.marks_breaks, c.marks_breaks) << c.name;
  }
}

struct LineEndCase {
  const char* line;
  bool hyphen;
};

// A hyphen after a letter or digit, in any of the typesetters' three forms; not a
// dash standing alone, nor a line without one.
const LineEndCase kLineEndCases[] = {
    {"Community Rehabilita-", true},   {"a word broken by U+2010 proba\xE2\x80\x90", true},
    {"a soft hyphen proba\xC2\xAD", true}, {"the years 2015-", true},
    {"a dash -", false},               {"Community Rehabilitation", false},
    {"-", false},
};

TEST(EndsInHyphen, TellsALineEndingInAHyphenAfterAWord) {
  for (const LineEndCase& c : kLineEndCases) EXPECT_EQ(EndsInHyphen(c.line), c.hyphen) << c.line;
}

}  // namespace
}  // namespace findings

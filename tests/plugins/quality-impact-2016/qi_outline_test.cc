// The outline's reading of headings, on small documents shaped like the reports.
#include "quality-impact-2016/qi_outline.h"

#include <gtest/gtest.h>

#include "plugins/plugin_test_support.h"

namespace findings::qi2016 {
namespace {

const std::vector<std::string> kReport = {
    "Contents",                                                       // 0
    "1. Overall judgements and recommendations\t6",                   // 1
    "3. An evaluation of the quality of probation services in X\t20", // 2
    "Protecting the public\t21",                                      // 3
    "Key facts",                                                      // 4
    "• 41% The proportion of the CRC cases.",                         // 5
    "3. An evaluation of the quality of probation services in X",     // 6
    "Abiding by the sentence",                                        // 7
    "CRC effectiveness",                                              // 8
    "Delivery",                                                       // 9
    "Contact was sufficient in 70% of cases.",                        // 10
    "NPS performance was good.",                                      // 11
    "1. A positive legacy underpinned the work.",                     // 12
    "The CRC and NPS working together",                               // 13
    "Working relationships were good.",                               // 14
};

class OutlineTest : public ::testing::Test {
 protected:
  OutlineTest() : doc_(testing::DocumentOf(kReport)), grammar_(testing::kQi.grammar(), &diags_) {
    outline_ = BuildOutline(doc_, grammar_);
  }
  const LineInfo& at(std::size_t i) const { return outline_.lines.at(i); }

  Document doc_;
  std::vector<Diagnostic> diags_;
  GrammarView grammar_;
  Outline outline_;
};

TEST_F(OutlineTest, ContentsEntriesAreNotHeadings) {
  EXPECT_EQ(at(3).kind, OutlineKind::kContentsEntry);
  EXPECT_EQ(at(3).part, Part::kContents);
  EXPECT_FALSE(at(3).domain.has_value());
}

TEST_F(OutlineTest, GivesEachLineItsPartDomainAndProvider) {
  EXPECT_EQ(at(5).part, Part::kKeyFacts);
  EXPECT_EQ(at(10).part, Part::kEvaluation);
  EXPECT_EQ(at(10).domain.value_or(""), "Abiding by the sentence");
  EXPECT_EQ(at(10).provider.value_or(""), "CRC");
  EXPECT_EQ(at(10).section,
            "3. An evaluation of the quality of probation services in X > Abiding by the sentence "
            "> CRC effectiveness > Delivery");
  EXPECT_TRUE(at(14).in_provider_section);
  EXPECT_FALSE(at(14).provider.has_value());
}

TEST_F(OutlineTest, InfersAMissingProviderHeadingFromTheOpeningVerdict) {
  EXPECT_EQ(at(11).provider.value_or(""), "NPS");
  EXPECT_EQ(at(11).section,
            "3. An evaluation of the quality of probation services in X > Abiding by the sentence "
            "> NPS effectiveness");
  ASSERT_EQ(diags_.size(), 1u);
  EXPECT_EQ(diags_[0].code, "outline.provider-heading-missing");
}

TEST_F(OutlineTest, ANumberedLineTheContentsDoNotListIsNoChapter) {
  EXPECT_NE(at(12).kind, OutlineKind::kHeading);
  EXPECT_EQ(at(12).part, Part::kEvaluation);
}

// The outline of a document of `lines` (its diagnostics dropped).
Outline OutlineOf(const Document& doc) {
  std::vector<Diagnostic> diags;
  const GrammarView grammar(testing::kQi.grammar(), &diags);
  return BuildOutline(doc, grammar);
}

Outline OutlineOf(const std::vector<std::string>& lines) {
  return OutlineOf(testing::DocumentOf(lines));
}

// The contents as a two-column page's layout reads them: the last entry's last word,
// set at the head of the second column, read first. The entries after it are still
// the contents' titles, so "Recommendations" is a chapter's heading that ends the
// domain above it.
TEST(Outline, ReadsTheContentsPastALineThatIsNoEntry) {
  const Outline outline = OutlineOf(testing::DocumentOf({
      "Contents",                                      // 0
      "Acknowledgements",                              // 1
      "1. Overall judgements and recommendations\t6",  // 2
      "Abiding by the sentence\t9",                    // 3
      "Recommendations\t10",                           // 4
      "Appendix 5:\t64",                               // 5
      "1. Overall judgements and recommendations",     // 6
      "Abiding by the sentence",                       // 7
      "The CRC and NPS working together",              // 8
      "Working relationships were good.",              // 9
      "Recommendations",                               // 10
      "The National Probation Service should:",        // 11
  }));
  EXPECT_EQ(outline.lines.at(9).domain.value_or(""), "Abiding by the sentence");
  EXPECT_EQ(outline.lines.at(10).kind, OutlineKind::kHeading);
  EXPECT_EQ(outline.lines.at(10).level, 2);
  EXPECT_FALSE(outline.lines.at(11).domain.has_value());
}

// The contents as a layout read a centred contents page: two entries run into one
// line, so no entry names "Recommendations". Chapter 1's recommendations still end the
// domain above them; elsewhere the word heads no section of its own.
TEST(Outline, ReadsChapterOnesRecommendationsAsASectionTheContentsLost) {
  const Outline outline = OutlineOf(testing::DocumentOf({
      "Contents",                                                        // 0
      "1. Overall judgements and recommendations\t6",                    // 1
      "Abiding by the sentence Recommendations\t10\t9",                  // 2
      "3. An evaluation of the quality of probation services in X\t20",  // 3
      "1. Overall judgements and recommendations",                       // 4
      "Abiding by the sentence",                                         // 5
      "The CRC and NPS working together",                                // 6
      "Working relationships were good.",                                // 7
      "Recommendations",                                                 // 8
      "The National Probation Service should:",                          // 9
      "3. An evaluation of the quality of probation services in X",      // 10
      "Abiding by the sentence",                                         // 11
      "Recommendations",                                                 // 12
  }));
  EXPECT_EQ(outline.lines.at(7).domain.value_or(""), "Abiding by the sentence");
  EXPECT_EQ(outline.lines.at(8).kind, OutlineKind::kHeading);
  EXPECT_EQ(outline.lines.at(8).level, 2);
  EXPECT_FALSE(outline.lines.at(9).domain.has_value());
  EXPECT_FALSE(outline.lines.at(9).in_provider_section);
  EXPECT_NE(outline.lines.at(12).level, 2);
}

// The outline takes a block for what the document says it is, not for its form: a
// footnote whose number a PDF set raised is one though nothing cites it, and the
// paragraph it interrupts carries on past it.
TEST(Outline, ReadsWhatTheDocumentSaysABlockIs) {
  Document doc = testing::DocumentOf({
      "3. An evaluation of the quality of probation services in X",  // 0
      "Protecting the public",                                       // 1
      "CRC effectiveness",                                           // 2
      "Plans were reviewed regularly in most of the cases we inspected, and where they were "
      "reviewed by",                                                  // 3
      "7 Ministry of Justice, Offender Management Statistics, 2016",  // 4
      "managers the reviews were thorough.",                          // 5
      "\xE2\x80\xA2 Staff had manageable workloads.",                 // 6
      "6.\tincrease the number of cases reviewed",                    // 7
  });
  ASSERT_EQ(doc.kind(4), BlockKind::kParagraph) << "nothing cites footnote 7";
  doc.lines[4].kind = BlockKind::kFootnote;  // as NormaliseText marks a raised number
  const Outline outline = OutlineOf(doc);
  EXPECT_EQ(outline.lines.at(4).kind, OutlineKind::kFootnote);
  EXPECT_TRUE(outline.lines.at(5).continues_previous) << "past the footnote";
  EXPECT_EQ(outline.lines.at(6).kind, OutlineKind::kBullet);
  EXPECT_EQ(outline.lines.at(7).kind, OutlineKind::kTableRow)
      << "a numbered item: its number, its text";
}

// A word processor's style numbers the outline: "1.2.1" before "CRC effectiveness".
// A heading the report names reads as its words, the number dropped; a numbered item
// under it is still an item, and a numbered line the report does not name no heading.
TEST(Outline, ReadsHeadingsTheirStyleNumbers) {
  const Outline outline = OutlineOf({
      "Contents",                                      // 0
      "1. Overall judgements and recommendations\t6",  // 1
      "Recommendations\t10",                           // 2
      "1. Overall judgements and recommendations",     // 3
      "1.2\tProtecting the public",                    // 4
      "1.2.1\tCRC effectiveness",                      // 5
      "Overall, performance was poor.",                // 6
      "1.5\tRecommendations",                          // 7
      "1.\timprove the exchange of information",       // 8
      "1.6\tA positive legacy underpinned the work",   // 9
  });
  EXPECT_EQ(outline.lines.at(5).kind, OutlineKind::kHeading);
  EXPECT_EQ(outline.lines.at(6).domain.value_or(""), "Protecting the public");
  EXPECT_EQ(outline.lines.at(6).provider.value_or(""), "CRC");
  EXPECT_EQ(
      outline.lines.at(6).section,
      "1. Overall judgements and recommendations > Protecting the public > CRC effectiveness");
  EXPECT_EQ(outline.lines.at(7).kind, OutlineKind::kHeading);
  EXPECT_EQ(outline.text.at(7), "Recommendations");
  EXPECT_EQ(outline.lines.at(8).kind, OutlineKind::kTableRow);
  EXPECT_NE(outline.lines.at(9).kind, OutlineKind::kHeading);
}

// A style that sets headings in capitals: the contents page's heading and a chapter
// the contents list in another wording are still read as headings.
TEST(Outline, ReadsHeadingsSetInCapitals) {
  const Outline outline = OutlineOf({
      "CONTENTS",                                                       // 0
      "1. Overall judgements and recommendations\t6",                   // 1
      "2. The arrangements in X National context\t11 12",               // 2
      "2. THE ARRANGEMENTS IN X",                                       // 3
      "The CRC was owned by Y.",                                        // 4
      "2. A positive legacy underpinned the work.",                     // 5
  });
  EXPECT_EQ(outline.lines.at(1).kind, OutlineKind::kContentsEntry);
  EXPECT_EQ(outline.lines.at(3).kind, OutlineKind::kHeading);
  EXPECT_EQ(outline.lines.at(4).part, Part::kArrangements);
  EXPECT_NE(outline.lines.at(5).kind, OutlineKind::kHeading)
      << "not in capitals, not in the contents";
}

// A paragraph carries on the one before it by the page-break rule of
// findings/document.h (ContinuesAcrossBreak), past a footnote between them, and by
// no wider rule: not onto a capital, nor after a colon into a quote.
TEST(Outline, AParagraphContinuesThePreviousByThePageBreakRuleOnly) {
  // (Lines that stop without a full stop are long: a short one is a heading.)
  const Outline outline = OutlineOf({
      "3. An evaluation of the quality of probation services in X",  // 0
      "Protecting the public",                                       // 1
      "CRC effectiveness",                                           // 2
      "Staffing had long been problematic in the area, with many vacancies and much use of "
      "agency staff. Within the",  // 3
      "CRC, front-line staff numbers had been reduced by 15%, broadly in line with the "
      "shortfall[^1] in",                                                  // 4
      "work volumes. One officer told us:",                                // 5
      "\"we are drowning\".",                                              // 6
      "Plans were reviewed regularly in most of the cases we inspected, and where they were "
      "reviewed by",                                                       // 7
      "1 The shortfall was measured in March.",                            // 8
      "managers the reviews were thorough.",                               // 9
  });
  for (std::size_t i = 3; i <= 9; ++i)
    ASSERT_EQ(outline.lines.at(i).kind, i == 8 ? OutlineKind::kFootnote : OutlineKind::kParagraph)
        << i;
  EXPECT_FALSE(outline.lines.at(4).continues_previous) << "a capital starts a sentence or a name";
  EXPECT_TRUE(outline.lines.at(5).continues_previous);
  EXPECT_FALSE(outline.lines.at(6).continues_previous) << "a colon ends the lead-in";
  EXPECT_FALSE(outline.lines.at(7).continues_previous);
  EXPECT_TRUE(outline.lines.at(9).continues_previous) << "past the footnote";
}

}  // namespace
}  // namespace findings::qi2016

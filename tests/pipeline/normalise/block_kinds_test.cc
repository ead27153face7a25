#include "normalise/block_kinds.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalise/text_normaliser.h"

namespace findings {
namespace {

std::vector<BlockKind> KindsOf(const std::string& text, bool pdf = false) {
  NormaliseOptions options;
  options.strip_markup = !pdf;
  const Document doc = NormaliseText(text, options);
  std::vector<BlockKind> kinds;
  for (std::size_t i = 0; i < doc.lines.size(); ++i) kinds.push_back(doc.kind(i));
  return kinds;
}

using K = BlockKind;

TEST(ClassifyBlocks, RowsItemsAndParagraphsByTheirForm) {
  EXPECT_EQ(KindsOf("Summary of ratings\n"
                    "1.1\tLeadership\tGood\n"
                    "- Staff have manageable workloads\n"
                    "6.\tincrease the number of cases\n"
                    "6.\tincrease\tGood\n"
                    "The CRC should:"),
            (std::vector<K>{K::kParagraph, K::kTableRow, K::kListItem, K::kListItem, K::kTableRow,
                            K::kParagraph}));
}

TEST(ClassifyBlocks, AFootnoteOpensWithANumberTheTextCitedBefore) {
  EXPECT_EQ(KindsOf("3 Bridge Street West\n"  // an address: nothing cited yet
                    "The caseload<sup>3</sup> fell.\n"
                    "3 Offender Management Caseload Statistics\n"
                    "4 'Transforming Rehabilitation', National Audit Office\n"  // 4 is not cited
                    "3 months later the caseload rose.\n"                       // a sentence
                    "3\tMinistry of Justice\n"  // numbered before a tab
                    "3\tLeadership\tGood"),     // a row
            (std::vector<K>{K::kParagraph, K::kParagraph, K::kFootnote, K::kParagraph,
                            K::kParagraph, K::kFootnote, K::kTableRow}));
}

TEST(ClassifyBlocks, AFootnoteWhoseNumberThePdfSetsRaisedIsOneWhateverItCites) {
  // The layout writes a footnote with its number raised; nothing cites 7 here.
  EXPECT_EQ(KindsOf("The caseload fell.\n\xE2\x81\xB7 Ministry of Justice, 2016\n", /*pdf=*/true),
            (std::vector<K>{K::kParagraph, K::kFootnote}));
}

TEST(ClassifyBlocks, AMarkdownHeadingIsAHeadingButABulletUnderItsMarkIsAnItem) {
  EXPECT_EQ(KindsOf("## Key facts\n# \xE2\x80\xA2 Staff have manageable workloads\n# 6"),
            (std::vector<K>{K::kHeading, K::kListItem, K::kHeading}));
  EXPECT_EQ(KindsOf("## Key facts", /*pdf=*/true), (std::vector<K>{K::kParagraph}));
}

TEST(IsNumberedItem, ANumberATabAndTextButNoSecondCell) {
  EXPECT_TRUE(IsNumberedItem("12.\tText"));
  EXPECT_FALSE(IsNumberedItem("12.\tText\tGood"));
  EXPECT_FALSE(IsNumberedItem("Text"));
  EXPECT_FALSE(IsNumberedItem("Leadership\tGood"));
}

}  // namespace
}  // namespace findings

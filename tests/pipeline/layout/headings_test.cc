#include "layout/headings.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::kBold;
using layout_test::PageBuilder;

constexpr double kSize = 10, kLeft = 72;
const BodyType kBody{kSize, 1.2 * kSize};

std::unordered_set<std::string> HeadingsOf(const PageBuilder& page) {
  return HeadingTexts(BuildLines(page.page().words), kBody, Vocabulary{});
}

TEST(HeadingTexts, LinesInBolderOrLargerTypeOnTheirOwn) {
  PageBuilder page;
  page.Line(kLeft, 100, "2. The arrangements for delivering probation services", 14);
  page.Line(kLeft, 130, "Staffing", kSize, kBold);
  page.Line(kLeft, 150, "Staff were supported well by their managers in every office", kSize);
  EXPECT_EQ(HeadingsOf(page),
            (std::unordered_set<std::string>{
                "2. The arrangements for delivering probation services", "Staffing"}));
}

TEST(HeadingTexts, AHeadingOnTwoLinesIsJoinedAsAParagraphIs) {
  PageBuilder page;
  page.Line(kLeft, 100, "Court reports and", 14);
  page.Line(kLeft, 117, "case allocation", 14);
  const auto headings = HeadingsOf(page);
  EXPECT_EQ(headings.count("Court reports and case allocation"), 1u);
  EXPECT_EQ(headings.count("Court reports and"), 1u)
      << "where the blocks part the lines, each is one";
}

TEST(HeadingTexts, NotABoldSentenceNorACellNorAFootnote) {
  PageBuilder page;
  page.Line(kLeft, 100, "Overall, the work was good.", kSize, kBold);
  page.Line(kLeft, 130, "Leadership", kSize, kBold);
  page.Line(300, 130, "Good", kSize, kBold);
  page.Line(kLeft, 160, "^4 Ministry of Justice statistics", 14);
  EXPECT_TRUE(HeadingsOf(page).empty());
}

}  // namespace
}  // namespace findings

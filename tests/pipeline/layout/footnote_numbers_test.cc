#include "layout/footnote_numbers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/page_layout.h"
#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::PageBuilder;

// A word processor's page: 10 pt body text raising the reference 18 (in 6 pt type), and
// at the foot the footnote in 9 pt, its number on the footnote's own baseline and its
// text 1.3 pt after it (a tab to the hanging indent, no space character).
PageBuilder PageWithFootnote(const std::string& reference, const std::string& number) {
  PageBuilder page;
  page.Line(72, 100, "The service had a clear vision for the delivery of probation services.", 10);
  page.Line(72, 113, "Staff said their workloads were too high^" + reference + " in every team.", 10);
  page.Line(72, 126, "Caseloads were manageable in most teams of the service.", 10);
  const double number_end = page.Line(72, 760, number, 9);
  page.Line(number_end + 1.3, 760, "In arriving at the rating, we exercised discretion.", 9);
  return page;
}

TEST(RaiseFootnoteNumbers, ReadsANumberOnTheFootnotesBaselineAsTheFootnotesNumber) {
  const std::string text = LayOutPages({PageWithFootnote("18", "18").page()});
  EXPECT_NE(text.find("too high¹⁸ in every team."), std::string::npos) << text;
  const std::string footnote = "\n¹⁸ In arriving at the rating, we exercised discretion.\n";
  ASSERT_GE(text.size(), footnote.size());
  EXPECT_EQ(text.substr(text.size() - footnote.size()), footnote) << text;
}

TEST(RaiseFootnoteNumbers, RaisesOnlyANumberThePageRaisesAsAReference) {
  const std::vector<PdfWord> words = RaiseFootnoteNumbers(PageWithFootnote("18", "19").words());
  for (const PdfWord& w : words) EXPECT_NE(w.text, "¹⁹");
  const std::vector<PdfWord> raised = RaiseFootnoteNumbers(PageWithFootnote("19", "19").words());
  EXPECT_TRUE(std::any_of(raised.begin(), raised.end(), [](const PdfWord& w) { return w.text == "¹⁹"; }));
}

TEST(RaiseFootnoteNumbers, LeavesANumberInTheBodysType) {
  PageBuilder page = PageWithFootnote("18", "18");
  const double number_end = page.Line(72, 139, "18", 10);
  page.Line(number_end + 3, 139, "offenders were released in the year.", 10);
  const std::vector<PdfWord> words = RaiseFootnoteNumbers(page.words());
  int raised = 0;
  for (const PdfWord& w : words) raised += w.text == "¹⁸";
  EXPECT_EQ(raised, 1) << "only the footnote's number, not the figure in body type";
}

TEST(RaiseFootnoteNumbers, LeavesTheRaisedReferenceItselfAndAPageWithoutReferences) {
  PageBuilder page;
  page.Line(72, 100, "The service had a clear vision for the delivery of probation services.", 10);
  const double number_end = page.Line(72, 760, "7", 9);
  page.Line(number_end + 1.3, 760, "Figures relate to releases during 2015.", 9);
  const std::vector<PdfWord> words = RaiseFootnoteNumbers(page.words());
  EXPECT_EQ(words[words.size() - 7].text, "7");
}

}  // namespace
}  // namespace findings

#include "layout/line_numbers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/page_layout.h"
#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::PageBuilder;
using layout_test::Wrap;
using Lines = std::vector<std::string>;

// lineno's page: 11 pt text from x = 71, 13.5 pt apart, paragraphs 6 pt further; each
// line's number in 6 pt set flush right at x = 61, on the line's baseline.
constexpr double kSize = 11, kPitch = 13.5, kParagraphGap = 6;
constexpr double kText = 71, kRailRight = 61, kNumberSize = 6;

// Numbers `number` flush right at the rail, on `baseline`.
void Number(PageBuilder& page, double baseline, int number) {
  page.RightAligned(kRailRight, baseline, std::to_string(number), kNumberSize);
}

// The paragraphs' lines from `baseline`, each numbered from `first` on where `every`
// divides its number (1: every line); returns the next paragraph's baseline.
double NumberedParagraphs(PageBuilder& page, double baseline, const std::vector<Lines>& paragraphs,
                          int first = 1, int every = 1) {
  int number = first;
  for (const Lines& lines : paragraphs) {
    for (const std::string& line : lines) {
      if (number % every == 0) Number(page, baseline, number);
      page.Line(kText, baseline, line, kSize);
      baseline += kPitch;
      ++number;
    }
    baseline += kParagraphGap;
  }
  return baseline;
}

const Lines kVision = {"The service had a clear vision for the delivery of probation",
                       "services in the region, and its leaders were visible to staff in",
                       "every office."};
const Lines kCaseloads = {"Caseloads were manageable in most teams, but the number of",
                          "vacancies in the northern offices was high."};
const Lines kPartners = {"Partnerships with the police and with local authorities were",
                         "strong, and information about domestic abuse was shared."};

std::vector<std::string> Texts(const std::vector<PdfWord>& words) {
  return layout_test::WordTexts(words);
}

// Every line numbered in the left margin: a reader reads the paragraphs, not a table
// of numbers beside their lines.
TEST(WithoutLineNumbers, ReadsTheLinesOfAPageNumberedInItsMarginWithoutTheirNumbers) {
  PageBuilder page;
  NumberedParagraphs(page, 100, {kVision, kCaseloads, kPartners});
  EXPECT_EQ(LayOutPages({page.page()}),
            "The service had a clear vision for the delivery of probation services in the region, "
            "and its leaders were visible to staff in every office.\n"
            "Caseloads were manageable in most teams, but the number of vacancies in the northern "
            "offices was high.\n"
            "Partnerships with the police and with local authorities were strong, and information "
            "about domestic abuse was shared.\n");
}

// The numbers only: the text's own words stay, its figures too.
TEST(WithoutLineNumbers, DropsTheRailsNumbersOnly) {
  PageBuilder page;
  NumberedParagraphs(page, 100, {kVision, {"The service supervised 2300 offenders in 2019."}});
  const std::vector<PdfWord> words = WithoutLineNumbers({page.words()}).front();
  const std::vector<std::string> texts = Texts(words);
  EXPECT_EQ(words.size(), page.words().size() - 4);
  for (const char* number : {"1", "2", "3", "4"})
    EXPECT_EQ(std::count(texts.begin(), texts.end(), number), 0) << number;
  EXPECT_EQ(std::count(texts.begin(), texts.end(), "2300"), 1);
}

// Every fifth line numbered (lineno's modulo): 5, 10, 15, 20 count the page's 21 lines
// five at a time.
TEST(WithoutLineNumbers, DropsTheNumbersOfEveryFifthLine) {
  PageBuilder page;
  NumberedParagraphs(page, 100,
                     {kVision, kCaseloads, kPartners, kVision, kCaseloads, kPartners, kVision,
                      kCaseloads, kPartners},
                     1, 5);
  EXPECT_EQ(WithoutLineNumbers({page.words()}).front().size(), page.words().size() - 4);
}

// A page with two numbered lines (a title page) shows no rail of its own; the rail the
// other pages show, at the same edge in the same type, holds its numbers too.
TEST(WithoutLineNumbers, DropsTheNumbersAtTheRailOtherPagesShow) {
  PageBuilder title;
  Number(title, 200, 1);
  title.Line(kText, 200, "An inspection of", 17);
  Number(title, 241, 2);
  title.Line(kText, 241, "South West South Central", 17);
  PageBuilder first, second;
  NumberedParagraphs(first, 100, {kVision, kCaseloads});
  NumberedParagraphs(second, 100, {kPartners, kVision});
  const std::vector<std::vector<PdfWord>> pages =
      WithoutLineNumbers({title.words(), first.words(), second.words()});
  EXPECT_EQ(Texts(pages[0]), (std::vector<std::string>{"An", "inspection", "of", "South", "West",
                                                       "South", "Central"}));
  EXPECT_EQ(WithoutLineNumbers({title.words()}).front().size(), title.words().size())
      << "alone, the title page shows no rail";
}

// Numbers hanging in the margin before a list's items of two lines each count the
// items, not the lines: they stay.
TEST(WithoutLineNumbers, KeepsTheNumbersOfAListHangingInTheMargin) {
  PageBuilder page;
  double baseline = 100;
  for (int item = 1; item <= 3; ++item) {
    Number(page, baseline, item);
    baseline = page.Lines(kText, baseline, kPitch, kCaseloads, kSize) + kParagraphGap;
  }
  EXPECT_EQ(WithoutLineNumbers({page.words()}).front().size(), page.words().size());
}

// Footnotes' numbers hanging in the margin, on their own baselines, number notes in
// type smaller than the body's: they stay.
TEST(WithoutLineNumbers, KeepsTheNumbersOfFootnotesHangingInTheMargin) {
  PageBuilder page;
  const double baseline = page.Lines(kText, 100, kPitch, kVision, kSize);
  page.Lines(kText, baseline, kPitch, kCaseloads, kSize);
  page.Lines(kText, baseline + 2 * kPitch, kPitch, kPartners, kSize);
  for (int note = 4; note <= 6; ++note) {
    const double foot = 740 + 10 * (note - 4);
    Number(page, foot, note);
    page.Line(kText, foot, "Ministry of Justice, Offender management statistics, 2019.", 8);
  }
  EXPECT_EQ(WithoutLineNumbers({page.words()}).front().size(), page.words().size());
}

// Numbers at the text's own edge (a table's first column of numbers, under text that
// starts there too) stand in no strip of their own: they stay.
TEST(WithoutLineNumbers, KeepsNumbersAtTheTextsEdge) {
  PageBuilder page;
  const double baseline = page.Lines(50, 100, kPitch, kVision, kSize);
  for (int row = 1; row <= 4; ++row) {
    Number(page, baseline + kPitch * row, row);
    page.Line(kText, baseline + kPitch * row, "Caseloads were manageable", kSize);
  }
  EXPECT_EQ(WithoutLineNumbers({page.words()}).front().size(), page.words().size());
}

}  // namespace
}  // namespace findings

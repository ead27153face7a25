#include "layout/paragraph_numbers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace findings {
namespace {

using Pages = std::vector<std::vector<std::string>>;

// A committee paper numbers its paragraphs through its chapters, over the page break;
// the recommendations list numbers its own items, which run on between paragraphs
// 5 and 6. Each paragraph reads without its number; each item keeps its own.
TEST(DropParagraphNumbers, DropsTheNumbersADocumentRunsThroughItsParagraphs) {
  Pages pages = {
      {"Foreword", "1.\tThis inspection was the third in our programme.",
       "2.\tThe CRC has developed an ambitious operating model.", "Overview",
       "3.\tOverall, the quality of work was mixed.", "4.\tThe NPS was in a better position."},
      {"Recommendations", "5.\tThe Community Rehabilitation Company should:",
       "1.\tmake sure that all staff are familiar with the escalation process.",
       "2.\tgive all staff the facilities they need.",
       "6.\tThe National Probation Service should:", "3.\treview reception arrangements.",
       "Local context", "7.\tDerbyshire is a large county in the East Midlands."}};
  DropParagraphNumbers(pages);
  EXPECT_EQ(pages,
            (Pages{{"Foreword", "This inspection was the third in our programme.",
                    "The CRC has developed an ambitious operating model.", "Overview",
                    "Overall, the quality of work was mixed.", "The NPS was in a better position."},
                   {"Recommendations", "The Community Rehabilitation Company should:",
                    "1.\tmake sure that all staff are familiar with the escalation process.",
                    "2.\tgive all staff the facilities they need.",
                    "The National Probation Service should:", "3.\treview reception arrangements.",
                    "Local context", "Derbyshire is a large county in the East Midlands."}}));
}

// A report whose only numbers are a list's (its recommendations, numbered through
// the providers they address, over a page break) and its chapters' keeps them: they
// number a few of its paragraphs, not half of those that end a sentence.
TEST(DropParagraphNumbers, KeepsTheNumbersOfAListAmongUnnumberedParagraphs) {
  const Pages printed = {
      {"1. Overall judgements and recommendations", "Overall, the quality of work was mixed.",
       "The NPS was in a better position.",
       "Staff and leaders in the CRC had experienced a great deal of change.",
       "The Community Rehabilitation Company should:",
       "1.\tmake sure that all staff are familiar with the escalation process.",
       "2.\tgive all staff the facilities they need."},
      {"The National Probation Service should:", "3.\treview reception arrangements.",
       "2. The arrangements for delivering probation services",
       "Derbyshire is a large county in the East Midlands.", "Its population is growing.",
       "The CRC serves four counties.", "The NPS division covers the Midlands."}};
  Pages pages = printed;
  DropParagraphNumbers(pages);
  EXPECT_EQ(pages, printed);
}

// A page of its own, its chapter numbered and half its paragraphs too: the numbers
// run over no page, and may be the text's (a short paper's numbered points).
TEST(DropParagraphNumbers, KeepsNumbersOnAPageOfItsOwn) {
  const Pages printed = {{"1. Introduction", "1.\tThe CRC serves four counties.",
                          "2.\tThe NPS division covers the Midlands.",
                          "Its population is growing."}};
  Pages pages = printed;
  DropParagraphNumbers(pages);
  EXPECT_EQ(pages, printed);
}

}  // namespace
}  // namespace findings

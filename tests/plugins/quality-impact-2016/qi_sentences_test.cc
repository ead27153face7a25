#include "quality-impact-2016/qi_sentences.h"

#include <gtest/gtest.h>

namespace findings::qi2016 {
namespace {

struct Case {
  const char* paragraph;
  const char* figure;  // the sentence around its first occurrence is wanted
  const char* sentence;
};

const Case kCases[] = {
    {"Overall, in 86% of cases; and by partner agencies in 89%. This is strong performance.", "89%",
     "Overall, in 86% of cases; and by partner agencies in 89%."},
    {"As shown by Figure 2.3, unemployment in Derby (5.9%) is about average. The rest is not.", "5.9%",
     "As shown by Figure 2.3, unemployment in Derby (5.9%) is about average."},
    {"Some services, e.g. housing, reached 40% of cases. Others did not.", "40%",
     "Some services, e.g. housing, reached 40% of cases."},
    {"First. \"Second at 12%.\" Third.", "12%", "\"Second at 12%.\""},
    {"No full stop at the end with 7%", "7%", "No full stop at the end with 7%"},
};

TEST(SentenceAround, FindsTheSentenceHoldingAFigure) {
  const std::vector<std::string> abbreviations = {"e.g.", "i.e."};
  for (const Case& c : kCases) {
    const std::string text = c.paragraph;
    const auto [begin, end] = SentenceAround(text, text.find(c.figure), abbreviations);
    EXPECT_EQ(text.substr(begin, end - begin), c.sentence) << c.paragraph;
  }
}

// An offset past the text's end reads nothing past it: the last sentence is its own.
TEST(SentenceAround, APositionPastTheEndIsTheLastSentence) {
  const std::string text = "One. Two";
  const auto [begin, end] = SentenceAround(text, 40, {});
  EXPECT_EQ(text.substr(begin, end - begin), "Two");
}

}  // namespace
}  // namespace findings::qi2016

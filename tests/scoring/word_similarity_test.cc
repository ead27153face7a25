#include "scoring/word_similarity.h"

#include <gtest/gtest.h>

namespace findings::scoring {
namespace {

struct NormaliseCase {
  const char* text;
  const char* words;
};

TEST(WordSimilarity, NormalisesAsScorePyDoes) {
  const NormaliseCase cases[] = {
      {"", ""},
      {"Requires Improvement", "requires improvement"},
      {"  86.9% of cases; (the NPS)", "86 9 of cases the nps"},
      {"the officer\u2019s ﬁrst plan", "the officer s first plan"},  // ligature by NFKC
      {"Ｆｕｌｌ width ²", "full width 2"},                         // NFKC folds both
      {"café – naïve", "caf na ve"},                                // non-ASCII letters split words
  };
  for (const auto& c : cases) EXPECT_EQ(NormaliseWords(c.text), c.words) << c.text;
}

TEST(WordSimilarity, IsJaccardOfWordSets) {
  EXPECT_DOUBLE_EQ(WordSimilarity("", ""), 1.0);
  EXPECT_DOUBLE_EQ(WordSimilarity("a b", ""), 0.0);
  EXPECT_DOUBLE_EQ(WordSimilarity("The cat sat", "the CAT sat."), 1.0);
  EXPECT_DOUBLE_EQ(WordSimilarity("a b c", "a b d"), 0.5);
  EXPECT_DOUBLE_EQ(WordSimilarity("a a b", "a"), 0.5);  // sets, not bags
}

}  // namespace
}  // namespace findings::scoring

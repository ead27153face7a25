#include "qi_numbers.h"

#include <gtest/gtest.h>

#include "qi_test_support.h"

namespace findings::qi2016 {
namespace {

TEST(ReadNumberWords, ReadsTheNumberAtTheEndOfTheWords) {
  const GrammarView grammar(testing::QiGrammar(), nullptr);
  const std::pair<const char*, double> cases[] = {
      {"Seventy-one", 71}, {"in over forty", 40}, {"one hundred", 100}, {"Twelve", 12},
      {"ninety nine", 99}};
  for (const auto& [words, want] : cases) {
    double got = -1;
    EXPECT_TRUE(ReadNumberWords(grammar, words, &got)) << words;
    EXPECT_EQ(got, want) << words;
  }
}

TEST(ReadNumberWords, RefusesWordsThatAreNoNumber) {
  const GrammarView grammar(testing::QiGrammar(), nullptr);
  double got = -1;
  EXPECT_FALSE(ReadNumberWords(grammar, "the", &got));
  EXPECT_FALSE(ReadNumberWords(grammar, "seventy cases", &got));
}

}  // namespace
}  // namespace findings::qi2016

// findings/grammar_match.h: named groups, spans and word lists, on made-up patterns.
#include "findings/grammar_match.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>

namespace findings {
namespace {

// A grammar of the given patterns and one word list, as the host would hand over.
class FakeGrammar : public Grammar {
 public:
  FakeGrammar() {
    patterns_["figure"] = std::make_unique<re2::RE2>(R"((?P<number>\d+)(?P<sign>%)?)");
    patterns_["empty"] = std::make_unique<re2::RE2>("x*");
    months_.entries = {{"January", "01"}, {"February", "02"}};
  }
  const re2::RE2* pattern(std::string_view name) const override {
    auto it = patterns_.find(std::string(name));
    return it == patterns_.end() ? nullptr : it->second.get();
  }
  const WordList* words(std::string_view name) const override {
    return name == "months" ? &months_ : nullptr;
  }
  const std::string* data(std::string_view) const override { return nullptr; }
  const std::string& sha256() const override { return sha_; }

 private:
  std::map<std::string, std::unique_ptr<re2::RE2>> patterns_;
  WordList months_;
  std::string sha_;
};

TEST(GrammarMatch, SearchGivesGroupsAndTheirSpans) {
  const FakeGrammar g;
  const auto m = Search(g, "figure", "in 41% of cases");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->begin, 3u);
  EXPECT_EQ(m->end, 6u);
  EXPECT_EQ(m->group("number"), "41");
  EXPECT_EQ(m->spans.at("number"), std::make_pair(std::size_t{3}, std::size_t{5}));
  EXPECT_TRUE(m->has("sign"));
}

TEST(GrammarMatch, AGroupThatTookNoPartIsEmpty) {
  const FakeGrammar g;
  const auto m = Search(g, "figure", "12 cases");
  ASSERT_TRUE(m);
  EXPECT_FALSE(m->has("sign"));
  EXPECT_EQ(m->group("sign"), "");
  EXPECT_EQ(m->groups.count("sign"), 0u);
}

TEST(GrammarMatch, SearchStartsWhereItIsTold) {
  const FakeGrammar g;
  const auto m = Search(g, "figure", "12 and 34", 2);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->group("number"), "34");
  EXPECT_FALSE(Search(g, "figure", "12", 3));
}

TEST(GrammarMatch, SearchAllGivesEveryMatchLeftToRight) {
  const FakeGrammar g;
  const auto all = SearchAll(g, "figure", "1, 22% and 333");
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].group("number"), "1");
  EXPECT_EQ(all[1].group("number"), "22");
  EXPECT_EQ(all[2].group("number"), "333");
  EXPECT_EQ(SearchAll(g, "empty", "ab").size(), 3u);  // empty matches advance one byte
}

TEST(GrammarMatch, AMissingPatternOrListMatchesNothing) {
  const FakeGrammar g;
  EXPECT_FALSE(Search(g, "absent", "41%"));
  EXPECT_FALSE(Matches(g, "absent", "41%"));
  EXPECT_TRUE(SearchAll(g, "absent", "41%").empty());
  EXPECT_TRUE(Words(g, "absent").empty());
  EXPECT_EQ(WordValue(g, "absent", "January"), nullptr);
}

TEST(GrammarMatch, WordValueComparesTermsExactly) {
  const FakeGrammar g;
  ASSERT_NE(WordValue(g, "months", "February"), nullptr);
  EXPECT_EQ(*WordValue(g, "months", "February"), "02");
  EXPECT_EQ(WordValue(g, "months", "february"), nullptr);
}

}  // namespace
}  // namespace findings

#include "grammar/grammar_loader.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>

namespace findings {
namespace {

namespace fs = std::filesystem;

// A grammar folder "g" in a fresh temporary directory, written file by file.
class GrammarDir {
 public:
  GrammarDir() {
    root_ = fs::temp_directory_path() /
            ("grammar-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::create_directories(root_ / "g");
  }
  ~GrammarDir() { fs::remove_all(root_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(root_ / "g" / name) << text;
  }
  std::string path() const { return (root_ / "g").string(); }

 private:
  static inline int counter_ = 0;
  fs::path root_;
};

std::string LoadError(const GrammarDir& dir) {
  auto grammar = LoadGrammar(dir.path());
  return grammar.ok() ? "" : grammar.status().message();
}

TEST(GrammarLoader, CompilesNamedPatterns) {
  GrammarDir dir;
  dir.Write("a.re2",
            "findings-grammar 1\n# ratings\npattern rating = ^(?P<id>\\d\\.\\d)\\t(?P<word>.+)$\n");
  auto grammar = LoadGrammar(dir.path());
  ASSERT_TRUE(grammar.ok()) << grammar.status().message();
  const re2::RE2* re = (*grammar)->pattern("rating");
  ASSERT_NE(re, nullptr);
  std::string id, word;
  EXPECT_TRUE(RE2::FullMatch("1.1\tGood", *re, &id, &word));
  EXPECT_EQ(id, "1.1");
  EXPECT_EQ((*grammar)->pattern("missing"), nullptr);
}

TEST(GrammarLoader, NamesFileAndLineOfAPatternThatDoesNotCompile) {
  GrammarDir dir;
  dir.Write("ratings.re2", "findings-grammar 1\n\npattern ok = a\npattern bad = (?P<rating>Good\n");
  EXPECT_EQ(LoadError(dir), "g/ratings.re2:4: missing ): (?P<rating>Good");
}

TEST(GrammarLoader, RejectsNewerVersion) {
  GrammarDir dir;
  dir.Write("a.re2", "findings-grammar 2\npattern x = x\n");
  EXPECT_EQ(LoadError(dir),
            "g/a.re2:1: grammar format version 2 is not supported (this findings reads version 1)");
}

TEST(GrammarLoader, RejectsMissingHeader) {
  GrammarDir dir;
  dir.Write("a.re2", "pattern x = x\n");
  EXPECT_EQ(LoadError(dir),
            "g/a.re2:1: expected the header 'findings-grammar 1', got 'pattern x = x'");
}

TEST(GrammarLoader, RejectsDuplicatePatternNames) {
  GrammarDir dir;
  dir.Write("a.re2", "findings-grammar 1\npattern x = a\n");
  dir.Write("b.re2", "findings-grammar 1\npattern x = b\n");
  EXPECT_EQ(LoadError(dir), "g/b.re2:2: pattern 'x' is defined twice");
}

TEST(GrammarLoader, RejectsExpectationOfUnknownGroup) {
  GrammarDir dir;
  dir.Write("a.re2", "findings-grammar 1\npattern x = (?P<n>\\d+)\n  match: 12\n  expect: m=12\n");
  EXPECT_EQ(LoadError(dir), "g/a.re2:4: pattern 'x' has no group named 'm'");
}

TEST(GrammarLoader, RejectsInvalidJsonData) {
  GrammarDir dir;
  dir.Write("standards.json", "{\"a\": ");
  EXPECT_EQ(LoadError(dir), "g/standards.json: not valid JSON");
}

TEST(GrammarLoader, ReportsAMissingFolder) {
  auto grammar = LoadGrammar("/nonexistent/grammar");
  ASSERT_FALSE(grammar.ok());
  EXPECT_EQ(grammar.status().code(), Code::kNotFound);
}

TEST(GrammarLoader, ReadsWordListsWithAndWithoutValues) {
  GrammarDir dir;
  dir.Write("addressees.words", "# who\nCommunity Rehabilitation Company\tCRC\nNOMS\n\n");
  auto grammar = LoadGrammar(dir.path());
  ASSERT_TRUE(grammar.ok());
  const WordList* list = (*grammar)->words("addressees");
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->entries.size(), 2u);
  EXPECT_EQ(list->entries[0].first, "Community Rehabilitation Company");
  EXPECT_EQ(list->entries[0].second, "CRC");
  EXPECT_EQ(list->entries[1].second, "");
}

TEST(GrammarLoader, HashChangesWithAnyFile) {
  GrammarDir dir;
  dir.Write("a.re2", "findings-grammar 1\npattern x = a\n");
  auto first = LoadGrammar(dir.path());
  dir.Write("b.words", "word\n");
  auto second = LoadGrammar(dir.path());
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ((*first)->sha256().size(), 64u);
  EXPECT_NE((*first)->sha256(), (*second)->sha256());
}

TEST(GrammarExamples, ReportsEachDisagreement) {
  GrammarDir dir;
  dir.Write("a.re2",
            "findings-grammar 1\n"
            "pattern pct = (?P<value>\\d+)%\n"
            "  match: in 86% of cases\n"
            "  expect: value=86\n"
            "  match: in 12 of cases\n"
            "  reject: 40%\n"
            "  match: tab\\there 7%\n"
            "  expect: value=8\n");
  auto grammar = LoadGrammar(dir.path());
  ASSERT_TRUE(grammar.ok()) << grammar.status().message();
  const std::vector<std::string> expected = {
      "g/a.re2:5: pct does not match 'in 12 of cases'",
      "g/a.re2:6: pct matches '40%'",
      "g/a.re2:7: pct: group value is '7', expected '8'",
  };
  EXPECT_EQ((*grammar)->FailingExamples(), expected);
}

}  // namespace
}  // namespace findings

// Runs every example of every shipped grammar, so a pattern change that breaks a
// known case fails here at once.
#include <gtest/gtest.h>

#include <filesystem>

#include "grammar/grammar_loader.h"
#include "test_paths.h"

namespace findings {
namespace {

TEST(ShippedGrammars, LoadAndPassEveryExample) {
  int folders = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::SourcePath("grammars"))) {
    if (!entry.is_directory()) continue;
    ++folders;
    auto grammar = LoadGrammar(entry.path().string());
    ASSERT_TRUE(grammar.ok()) << grammar.status().message();
    for (const std::string& failure : (*grammar)->FailingExamples()) ADD_FAILURE() << failure;
  }
  EXPECT_GE(folders, 2);
}

}  // namespace
}  // namespace findings

// What `findings fetch` decides without the network: reading the sources file,
// the summary line, and refusing what cannot be downloaded. Downloads from a
// local server are tested end to end in tests/pipeline/cli/cmd_fetch_test.cc.
#include "dataset/fetch.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings::dataset {
namespace {

using testing::ReadAll;
using testing::TempDir;

TEST(ParseSources, ReadsUrlAndFileSkippingBlankAndCommentLines) {
  auto sources = ParseSources(
      "# url\tfile\n"
      "\n"
      "https://example.org/kent.pdf\tkent.pdf\n"
      "  https://example.org/a%20b.pdf \t a b.pdf \r\n",
      "sources.tsv");
  ASSERT_TRUE(sources.ok()) << sources.status().message();
  ASSERT_EQ(sources->size(), 2u);
  EXPECT_EQ((*sources)[0].url, "https://example.org/kent.pdf");
  EXPECT_EQ((*sources)[0].file, "kent.pdf");
  EXPECT_EQ((*sources)[1].url, "https://example.org/a%20b.pdf");
  EXPECT_EQ((*sources)[1].file, "a b.pdf");
}

struct BadLine {
  const char* text;
  const char* message;
};

// Each error names the file and the line, counted with blank and comment lines.
const BadLine kBadLines[] = {
    {"# header\nhttps://example.org/kent.pdf\n", "sources.tsv:2: expected URL<TAB>FILE"},
    {"https://example.org/kent.pdf\t\n", "sources.tsv:1: expected URL<TAB>FILE"},
    {"\n\n\tkent.pdf\n", "sources.tsv:3: expected URL<TAB>FILE"},
    {"https://example.org/k.pdf\tpdf/kent.pdf\n",
     "sources.tsv:1: file name 'pdf/kent.pdf' must be a plain name"},
    {"https://example.org/k.pdf\t../kent.pdf\n",
     "sources.tsv:1: file name '../kent.pdf' must be a plain name"},
    {"https://example.org/k.pdf\t.fetch-state.json\n",
     "sources.tsv:1: file name '.fetch-state.json' must be a plain name"},
};

TEST(ParseSources, RefusesALineNamingItsNumber) {
  for (const BadLine& bad : kBadLines) {
    auto sources = ParseSources(bad.text, "sources.tsv");
    ASSERT_FALSE(sources.ok()) << bad.text;
    EXPECT_EQ(sources.status().code(), Code::kInvalidArgument);
    EXPECT_EQ(sources.status().message(), bad.message);
  }
}

TEST(ParseSources, AnEmptyFileListsNothing) {
  auto sources = ParseSources("", "sources.tsv");
  ASSERT_TRUE(sources.ok());
  EXPECT_TRUE(sources->empty());
}

TEST(FormatFetchSummary, CountsEverySource) {
  FetchSummary summary;
  summary.downloaded = 1;
  summary.not_modified = 2;
  EXPECT_EQ(FormatFetchSummary(summary), "3 sources: 1 downloaded, 2 not modified, 0 failed");
  summary.failed = 4;
  EXPECT_EQ(FormatFetchSummary(summary), "7 sources: 1 downloaded, 2 not modified, 4 failed");
}

TEST(Fetch, AUrlOfAnUnknownSchemeFailsAndLeavesTheCorpusAsItWas) {
  TempDir into;
  const std::string kept = into.Write("kent.pdf", "%PDF-1.4 the old copy");
  FetchOptions options;
  options.into_dir = into.path();
  auto summary = Fetch({{"nosuchscheme://example.org/kent.pdf", "kent.pdf"}}, options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(FormatFetchSummary(*summary), "1 sources: 0 downloaded, 0 not modified, 1 failed");
  ASSERT_EQ(summary->errors.size(), 1u);
  EXPECT_EQ(summary->errors[0].rfind("nosuchscheme://example.org/kent.pdf: ", 0), 0u)
      << summary->errors[0];
  EXPECT_EQ(ReadAll(kept), "%PDF-1.4 the old copy");
  // Nothing downloaded: no state written, no partial file left.
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(into.path())) {
    EXPECT_EQ(entry.path().filename(), "kent.pdf");
    ++files;
  }
  EXPECT_EQ(files, 1u);
}

TEST(Fetch, FailsAsAWholeOnAStateFileThatIsNotAnObject) {
  TempDir into;
  into.Write(kFetchStateFile, "[1, 2]");
  FetchOptions options;
  options.into_dir = into.path();
  auto summary = Fetch({{"nosuchscheme://example.org/kent.pdf", "kent.pdf"}}, options);
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.status().message(),
            into.path() + "/" + kFetchStateFile + " is not a JSON object");
}

TEST(Fetch, NoSourcesIsNothingToDo) {
  TempDir into;
  FetchOptions options;
  options.into_dir = into.path();
  auto summary = Fetch({}, options);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(FormatFetchSummary(*summary), "0 sources: 0 downloaded, 0 not modified, 0 failed");
}

}  // namespace
}  // namespace findings::dataset

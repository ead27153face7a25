// The reasons a document is refused: no plugin recognises it, or it lost pages.
#include "host/extract.h"

#include <gtest/gtest.h>

#include "normalise/text_normaliser.h"
#include "test_paths.h"

namespace findings {
namespace {

class ReportExtractor : public ::testing::Test {
 protected:
  void SetUp() override {
    registry_.Load({FINDINGS_BINARY_DIR "/plugins"}, {testing::SourcePath("grammars")});
    ASSERT_FALSE(registry_.plugins().empty());
  }
  LoadedDocument Loaded(const std::string& text) {
    LoadedDocument loaded;
    loaded.doc = NormaliseText(text);
    return loaded;
  }
  PluginRegistry registry_;
};

TEST_F(ReportExtractor, NoBestGuessWhenNoPluginSawAnything) {
  auto detected = DetectLoaded(registry_, Loaded("Shopping list\n\nEggs, milk, bread.\n"));
  ASSERT_FALSE(detected.ok());
  EXPECT_EQ(detected.status().code(), Code::kUnrecognised);
  EXPECT_EQ(detected.status().message(), "not a recognised inspection report");
}

TEST_F(ReportExtractor, TheBestGuessWhenAPluginSawSomething) {
  // "NPS effectiveness" is one Quality & Impact heading, weighing 0.1.
  auto detected = DetectLoaded(registry_, Loaded("Notes\n\nNPS effectiveness\n"));
  ASSERT_FALSE(detected.ok());
  EXPECT_EQ(detected.status().message(),
            "not a recognised inspection report (best: quality-impact-2016, 0.10)");
}

TEST_F(ReportExtractor, ADocumentThatLostPagesIsRefusedForThem) {
  LoadedDocument loaded = Loaded("Page one of something\n");
  loaded.incomplete =
      Status::Error(Code::kOutOfMemory, "page 2: out of memory reading its content");
  auto detected = DetectLoaded(registry_, loaded);
  ASSERT_FALSE(detected.ok());
  EXPECT_EQ(detected.status().code(), Code::kOutOfMemory);
  EXPECT_EQ(detected.status().message(), "page 2: out of memory reading its content");
  auto extracted = ExtractLoaded(registry_, loaded, {});
  ASSERT_FALSE(extracted.ok());
  EXPECT_EQ(extracted.status().message(), "page 2: out of memory reading its content");
}

TEST_F(ReportExtractor, ARecognisedReportThatLostAPageIsStillExtracted) {
  LoadedDocument loaded =
      Loaded(testing::ReadFileOrDie(testing::SourcePath("corpus/text/kent.txt")));
  loaded.incomplete = Status::Error(Code::kCorrupt, "corrupt PDF: page 9: its content is damaged");
  auto detected = DetectLoaded(registry_, loaded);
  ASSERT_TRUE(detected.ok()) << detected.status().message();
  EXPECT_EQ(detected->plugin->name(), "quality-impact-2016");
  EXPECT_TRUE(ExtractLoaded(registry_, loaded, {}).ok());
}

}  // namespace
}  // namespace findings

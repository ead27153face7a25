#include "dataset/manifest.h"

#include <gtest/gtest.h>

#include <string>

#include "dataset/sqlite_schema.h"
#include "pipeline/cli/cli_runner.h"

namespace findings::dataset {
namespace {

using testing::TempDir;

const ExtractorVersion kRated{"rated-2018", "1.2", "grammar-a"};
const ExtractorVersion kQuality{"quality-impact-2016", "0.9", "grammar-b"};

// A file extracted by rated-2018 1.2 with grammar-a, 100 bytes at mtime 5.
SourceRow Extracted() {
  SourceRow row;
  row.path = "corpus/kent.pdf";
  row.size = 100;
  row.mtime_ns = 5;
  row.sha256 = "abc";
  row.report_id = "kent-2018";
  row.media_type = "application/pdf";
  row.extractor = kRated;
  row.status = kStatusOk;
  return row;
}

// A hash function that fails the test when it is called.
std::string NotHashed() {
  ADD_FAILURE() << "hashed although size and mtime are unchanged";
  return "";
}

TEST(Decide, ANewFileIsExtracted) {
  const Plugins plugins = IndexPlugins({kRated});
  EXPECT_EQ(Decide(nullptr, {100, 5}, plugins, false, NotHashed), Decision::kExtract);
}

TEST(Decide, AnUnchangedFileIsNotHashed) {
  const SourceRow row = Extracted();
  EXPECT_EQ(Decide(&row, {100, 5}, IndexPlugins({kRated, kQuality}), false, NotHashed),
            Decision::kUnchanged);
}

TEST(Decide, ForceExtractsAnUnchangedFile) {
  const SourceRow row = Extracted();
  EXPECT_EQ(Decide(&row, {100, 5}, IndexPlugins({kRated}), true, NotHashed), Decision::kExtract);
}

TEST(Decide, ATouchedFileWithTheSameContentIsRestatted) {
  const SourceRow row = Extracted();
  EXPECT_EQ(Decide(&row, {100, 6}, IndexPlugins({kRated}), false, [] { return "abc"; }),
            Decision::kRestat);
}

TEST(Decide, AChangedOrUnreadableFileIsExtracted) {
  const SourceRow row = Extracted();
  const Plugins plugins = IndexPlugins({kRated});
  EXPECT_EQ(Decide(&row, {101, 5}, plugins, false, [] { return "def"; }), Decision::kExtract);
  EXPECT_EQ(Decide(&row, {101, 5}, plugins, false, [] { return ""; }), Decision::kExtract);
}

TEST(Decide, ANewVersionOrGrammarOfItsPluginExtractsAgain) {
  const SourceRow row = Extracted();
  EXPECT_EQ(Decide(&row, {100, 5}, IndexPlugins({{"rated-2018", "1.3", "grammar-a"}}), false,
                   NotHashed),
            Decision::kExtract);
  EXPECT_EQ(Decide(&row, {100, 5}, IndexPlugins({{"rated-2018", "1.2", "grammar-c"}}), false,
                   NotHashed),
            Decision::kExtract);
  EXPECT_EQ(Decide(&row, {100, 5}, IndexPlugins({kQuality}), false, NotHashed), Decision::kExtract);
}

TEST(ExtractorCurrent, AFailedFileIsRetriedWhenAnyPluginChanges) {
  SourceRow row = Extracted();
  row.status = kStatusFailed;
  row.extractor = {};
  row.extractor_set = IndexPlugins({kRated}).fingerprint;
  EXPECT_TRUE(ExtractorCurrent(row, IndexPlugins({kRated})));
  // Another plugin added: it may recognise the file.
  EXPECT_FALSE(ExtractorCurrent(row, IndexPlugins({kRated, kQuality})));
}

TEST(ExtractorCurrent, AnExtractedFileCaresOnlyForItsOwnPlugin) {
  const SourceRow row = Extracted();
  EXPECT_TRUE(ExtractorCurrent(row, IndexPlugins({kQuality, kRated})));
  EXPECT_TRUE(ExtractorCurrent(row, IndexPlugins({kRated, {"quality-impact-2016", "1.0", "x"}})));
}

TEST(IndexPlugins, IndexesByNameWithTheSetsFingerprint) {
  const Plugins plugins = IndexPlugins({kRated, kQuality});
  ASSERT_EQ(plugins.by_name.size(), 2u);
  EXPECT_EQ(plugins.by_name.at("rated-2018").version, "1.2");
  EXPECT_EQ(plugins.fingerprint, ExtractorSetFingerprint({kRated, kQuality}));
}

TEST(StatFile, GivesSizeAndMtime) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", "12345");
  Result<FileStat> stat = StatFile(path);
  ASSERT_TRUE(stat.ok());
  EXPECT_EQ(stat->size, 5);
  EXPECT_GT(stat->mtime_ns, 0);
  EXPECT_FALSE(StatFile(dir.path() + "/missing").ok());
}

TEST(HashFile, IsTheSha256OfTheContent) {
  TempDir dir;
  // SHA-256("abc"), FIPS 180-2's example.
  Result<std::string> hash = HashFile(dir.Write("a.txt", "abc"));
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(*hash, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_FALSE(HashFile(dir.path() + "/missing").ok());
}

TEST(Sources, SaveLoadAndDeleteRoundTrip) {
  TempDir dir;
  auto db = Db::Open(dir.path() + "/findings.sqlite");
  ASSERT_TRUE(db.ok()) << db.status().message();
  bool rebuilt = false;
  ASSERT_TRUE(EnsureSchema(db->get(), &rebuilt).ok());
  SourceRow ok = Extracted();
  ok.extractor_set = "set";
  ok.extracted_at = "2026-11-28T10:00:00Z";
  SourceRow failed;
  failed.path = "corpus/notes.txt";
  failed.size = 7;
  failed.status = kStatusFailed;
  failed.error = "not a recognised inspection report";
  ASSERT_TRUE(SaveSource(db->get(), ok).ok());
  ASSERT_TRUE(SaveSource(db->get(), failed).ok());

  auto rows = LoadSources(db->get());
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 2u);
  const SourceRow& back = rows->at("corpus/kent.pdf");
  EXPECT_EQ(back.size, 100);
  EXPECT_EQ(back.mtime_ns, 5);
  EXPECT_EQ(back.sha256, "abc");
  EXPECT_EQ(back.report_id, "kent-2018");
  EXPECT_EQ(back.extractor.plugin, "rated-2018");
  EXPECT_EQ(back.extractor.version, "1.2");
  EXPECT_EQ(back.extractor.grammar_sha256, "grammar-a");
  EXPECT_EQ(back.extractor_set, "set");
  EXPECT_EQ(back.extracted_at, "2026-11-28T10:00:00Z");
  EXPECT_EQ(rows->at("corpus/notes.txt").error, "not a recognised inspection report");
  EXPECT_EQ(rows->at("corpus/notes.txt").report_id, "");

  ASSERT_TRUE(DeleteSource(db->get(), "corpus/notes.txt").ok());
  rows = LoadSources(db->get());
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->count("corpus/notes.txt"), 0u);
  EXPECT_EQ(rows->size(), 1u);
}

}  // namespace
}  // namespace findings::dataset

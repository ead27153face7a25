#include "dataset/extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_paths.h"

namespace findings::dataset {
namespace {

const ExtractorVersion kRated{"rated-2018", "1.2", "aaaa"};
const ExtractorVersion kQuality{"quality-impact-2016", "0.9", "bbbb"};

TEST(ExtractorSetFingerprint, IsASha256InHex) {
  const std::string fingerprint = ExtractorSetFingerprint({kRated});
  EXPECT_EQ(fingerprint.size(), 64u);
  EXPECT_EQ(fingerprint.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(fingerprint, ExtractorSetFingerprint({kRated}));
}

TEST(ExtractorSetFingerprint, ChangesWithAnyPluginsNameVersionGrammarOrPlace) {
  const std::string base = ExtractorSetFingerprint({kRated, kQuality});
  const std::vector<std::vector<ExtractorVersion>> changed = {
      {kRated},
      {kQuality, kRated},  // detection order
      {{"rated-2019", "1.2", "aaaa"}, kQuality},
      {{"rated-2018", "1.3", "aaaa"}, kQuality},
      {{"rated-2018", "1.2", "aaab"}, kQuality},
      {kRated, kQuality, {"example-format", "0.0.1", ""}},
  };
  for (std::size_t i = 0; i < changed.size(); ++i)
    EXPECT_NE(ExtractorSetFingerprint(changed[i]), base) << i;
}

TEST(ExtractorSetFingerprint, FieldsCannotRunIntoEachOther) {
  // "ab" + "c" and "a" + "bc" are different plugins.
  EXPECT_NE(ExtractorSetFingerprint({{"ab", "c", ""}}), ExtractorSetFingerprint({{"a", "bc", ""}}));
}

TEST(RegistryExtractor, VersionsAreTheLoadedPluginsWithTheirGrammars) {
  PluginRegistry registry;
  registry.Load({FINDINGS_BINARY_DIR "/plugins"}, {testing::SourcePath("grammars")});
  const RegistryExtractor extractor(registry, {});
  const std::vector<ExtractorVersion> versions = extractor.Versions();
  ASSERT_EQ(versions.size(), registry.plugins().size());
  for (std::size_t i = 0; i < versions.size(); ++i) {
    EXPECT_EQ(versions[i].plugin, registry.plugins()[i].name());
    EXPECT_EQ(versions[i].version, registry.plugins()[i].version());
    EXPECT_EQ(versions[i].grammar_sha256.size(), 64u) << versions[i].plugin;
  }
  EXPECT_EQ(extractor.Callers(3), 3u);
}

TEST(RegistryExtractor, ExtractsAReportInThisProcess) {
  PluginRegistry registry;
  registry.Load({FINDINGS_BINARY_DIR "/plugins"}, {testing::SourcePath("grammars")});
  const RegistryExtractor extractor(registry, {});
  Result<Findings> findings = extractor.Extract(testing::SourcePath("corpus/text/kent.txt"));
  ASSERT_TRUE(findings.ok()) << findings.status().message();
  EXPECT_EQ(findings->report.extractor.plugin, "quality-impact-2016");
  EXPECT_EQ(findings->report.area, "Kent");
  Result<Findings> missing = extractor.Extract(testing::SourcePath("no/such/report.txt"));
  EXPECT_FALSE(missing.ok());
}

}  // namespace
}  // namespace findings::dataset

#include "dataset/provider_registry.h"

#include <gtest/gtest.h>

#include "test_paths.h"

namespace findings::dataset {
namespace {

ProviderRegistry Shipped() {
  auto registry = ProviderRegistry::Load(testing::SourcePath("data/providers.json"));
  EXPECT_TRUE(registry.ok()) << registry.status().message();
  if (!registry.ok()) return ProviderRegistry();
  return std::move(registry.value());
}

TEST(ProviderRegistry, ShipsTheTwentyOneCrcsAndSevenNpsDivisions) {
  int crcs = 0, divisions = 0;
  const ProviderRegistry registry = Shipped();
  for (const CanonicalProvider& p : registry.providers()) (p.type == "CRC" ? crcs : divisions)++;
  EXPECT_EQ(crcs, 21);
  EXPECT_EQ(divisions, 7);
}

TEST(ProviderRegistry, NamesReportsUseMeetTheirProvider) {
  const ProviderRegistry registry = Shipped();
  auto id = [&](const std::string& type, const std::string& name) {
    const CanonicalProvider* p = registry.Match(type, name);
    return p ? p->id : std::string("unknown");
  };
  EXPECT_EQ(id("CRC", "Kent, Surrey & Sussex CRC"), "crc.kent-surrey-sussex");
  EXPECT_EQ(id("CRC", "KSS CRC"), "crc.kent-surrey-sussex");
  EXPECT_EQ(id("CRC", "Kent, Surrey and Sussex Community Rehabilitation Company"),
            "crc.kent-surrey-sussex");
  EXPECT_EQ(id("CRC", "DLNR CRC"), "crc.derbyshire-nottinghamshire-leicestershire-rutland");
  EXPECT_EQ(id("CRC", "Durham Tees Valley Community Rehabilitation Company"), "crc.durham-tees-valley");
  EXPECT_EQ(id("NPS", "South West South Central division"), "nps.south-west-south-central");
  EXPECT_EQ(id("NPS", "NPS South West & South Central Division"), "nps.south-west-south-central");
  EXPECT_EQ(id("NPS", "London division"), "nps.london");
  EXPECT_EQ(id("CRC", "London CRC"), "crc.london");
  EXPECT_EQ(id("NPS", "Atlantis division"), "unknown");
  EXPECT_EQ(id("NPS", "Kent, Surrey & Sussex CRC"), "unknown");  // right name, wrong type
}

TEST(ProviderRegistry, RejectsANameGivenToTwoProviders) {
  auto registry = ProviderRegistry::Parse(R"({"providers": [
      {"id": "a", "type": "CRC", "name": "North CRC"},
      {"id": "b", "type": "CRC", "name": "South CRC", "names": ["North"]}]})");
  ASSERT_FALSE(registry.ok());
  EXPECT_EQ(registry.status().message(), "name 'North' belongs to two providers");
}

}  // namespace
}  // namespace findings::dataset

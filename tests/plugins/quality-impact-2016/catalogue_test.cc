// The catalogue of recurring findings: the shipped one reads, a broken one says where.
#include "quality-impact-2016/catalogue.h"

#include <gtest/gtest.h>

#include <set>

#include "plugins/plugin_test_support.h"

namespace findings::qi2016 {
namespace {

TEST(Catalogue, TheShippedCatalogueReads) {
  const std::string* text = testing::kQi.grammar().data(kCatalogueFile);
  ASSERT_NE(text, nullptr);
  const Result<Catalogue> catalogue = ParseCatalogue(*text);
  ASSERT_TRUE(catalogue.ok()) << catalogue.status().message();
  EXPECT_EQ(catalogue->key_facts.size(), 8u);
  std::set<std::string> ids;
  for (const auto& entry : catalogue->key_facts) ids.insert(entry.id);
  EXPECT_TRUE(ids.count("caseload.crc") && ids.count("crc.volume-shortfall"));
  ASSERT_EQ(catalogue->earlier_tables.size(), 2u);
  EXPECT_EQ(catalogue->earlier_tables[0].columns.back().basis, "area");
}

TEST(Catalogue, FindsEveryEntryAFactStartsWith) {
  const Catalogue catalogue = *ParseCatalogue(*testing::kQi.grammar().data(kCatalogueFile));
  const auto found = EntriesStarting(
      catalogue.key_facts, FoldWords("The number of MAPPA-eligible offenders managed by the NPS in Kent"));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->id, "nps.mappa-eligible");
  EXPECT_TRUE(EntriesStarting(catalogue.key_facts, FoldWords("The number of volunteers")).empty());
}

TEST(Catalogue, ABrokenCatalogueSaysWhichEntry) {
  const std::pair<const char*, const char*> cases[] = {
      {"[]", "not a JSON object"},
      {R"({"key_facts": {}})", "key_facts: expected an array"},
      {R"({"key_facts": [{"id": "a", "title": "A", "unit": "count", "wording": ["x"]},
                         {"id": "b", "title": "B", "unit": "metres", "wording": ["y"]}]})",
       "key_facts[1]: needs id, title, unit (count or percent) and wording"},
      {R"({"measures": [{"id": "a", "title": "A", "unit": "percent", "wording": ["x|"]},
                        {"id": "a", "title": "B", "unit": "percent", "wording": ["y|"]}]})",
       "measures[1]: id 'a' is used twice"},
      {R"({"earlier_inspections": [{"id": "t", "title": "T", "wording": ["h"],
          "columns": [{"basis": "median", "wording": ["Median"]}], "rows": []}]})",
       "earlier_inspections[0].columns[0]: needs a basis (area, programme_lowest, "
       "programme_highest, programme_average) and wording"},
      {R"({"earlier_inspections": [{"id": "t", "title": "T", "wording": ["h"],
          "columns": [{"basis": "area", "wording": ["A"]}], "rows": []}]})",
       "earlier_inspections[0]: needs columns and rows"},
  };
  for (const auto& [json, message] : cases) {
    const Result<Catalogue> catalogue = ParseCatalogue(json);
    ASSERT_FALSE(catalogue.ok()) << json;
    EXPECT_EQ(catalogue.status().message(), message) << json;
  }
}

}  // namespace
}  // namespace findings::qi2016

// `findings compare` on a small dataset built by hand: opening it, the ratings
// table, and the words of --kind and --by.
#include "dataset/compare.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dataset/report_projection.h"
#include "dataset/sqlite_schema.h"
#include "pipeline/cli/cli_runner.h"

namespace findings::dataset {
namespace {

using testing::TempDir;

Findings Report(const std::string& id, std::vector<Rating> ratings) {
  Findings f;
  f.report.id = id;
  f.report.area = id;
  f.report.source.media_type = "text/plain";
  f.ratings = std::move(ratings);
  return f;
}

// DIR/findings.sqlite with two reports: one rates the CRC Inadequate and the
// NPS Good overall; the other rates the NPS Outstanding overall and Good on 1.1.
void BuildDataset(const std::string& dir) {
  auto db = Db::Open(dir + "/" + kDatabaseFile);
  ASSERT_TRUE(db.ok()) << db.status().message();
  bool rebuilt = false;
  ASSERT_TRUE(EnsureSchema(db->get(), &rebuilt).ok());
  ProviderRegistry providers;
  const Findings reports[] = {
      Report("a-2018", {{"CRC", "overall", "Overall", "Inadequate", {}},
                        {"NPS", "overall", "Overall", "Good", {}}}),
      Report("b-2019", {{"NPS", "overall", "Overall", "Outstanding", {}},
                        {"NPS", "1.1", "Leadership", "Good", {}}}),
  };
  for (const Findings& f : reports) {
    ASSERT_TRUE(StoreExtraction(db->get(), f.report.id + ".txt", f).ok());
    auto projected = ProjectReport(db->get(), f.report.id, providers);
    ASSERT_TRUE(projected.ok()) << projected.status().message();
  }
}

// BuildDataset in `dir`, opened as `findings compare` opens it.
std::unique_ptr<Db> OpenBuiltDataset(const TempDir& dir) {
  BuildDataset(dir.path());
  auto db = OpenForQuery(dir.path());
  EXPECT_TRUE(db.ok()) << db.status().message();
  return db.ok() ? std::move(*db) : nullptr;
}

// The ratings comparison of BuildDataset's dataset.
Result<CompareTable> CompareBuiltRatings(CompareBy by) {
  TempDir dir;
  auto db = OpenBuiltDataset(dir);
  if (db == nullptr) return Status::Error(Code::kInternal, "no dataset");
  return Compare(db.get(), CompareKind::kRatings, by);
}

TEST(Compare, OpenForQueryFailsWhereThereIsNoDataset) {
  TempDir dir;
  auto db = OpenForQuery(dir.path());
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Code::kIoError);
  EXPECT_EQ(db.status().message(), "cannot open database: unable to open database file");
}

TEST(Compare, OpenForQueryOpensTheDatasetReadOnly) {
  TempDir dir;
  auto db = OpenBuiltDataset(dir);
  ASSERT_NE(db, nullptr);
  auto ids = db->Texts("SELECT report_id FROM documents ORDER BY 1");
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(*ids, (std::vector<std::string>{"a-2018", "b-2019"}));
  EXPECT_FALSE(db->Exec("DELETE FROM documents").ok());
}

TEST(Compare, RatingsCountEachRatingAndTheMeanPerProviderType) {
  auto table = CompareBuiltRatings(CompareBy::kNone);
  ASSERT_TRUE(table.ok()) << table.status().message();
  EXPECT_EQ(table->columns,
            (std::vector<std::string>{"standard", "CRC Inadequate", "CRC Requires improvement",
                                      "CRC Good", "CRC Outstanding", "CRC mean", "NPS Inadequate",
                                      "NPS Requires improvement", "NPS Good", "NPS Outstanding",
                                      "NPS mean"}));
  using Json = nlohmann::ordered_json;
  // "overall" first; the NPS mean is (Good 3 + Outstanding 4) / 2.
  const std::vector<std::vector<Json>> rows = {
      {"overall", 1, 0, 0, 0, 1, 0, 0, 1, 1, 3.5},
      {"1.1", 0, 0, 0, 0, nullptr, 0, 0, 1, 0, 3},
  };
  EXPECT_EQ(table->rows, rows);
}

TEST(Compare, GroupingByAreaAddsAFirstColumn) {
  auto table = CompareBuiltRatings(CompareBy::kArea);
  ASSERT_TRUE(table.ok()) << table.status().message();
  ASSERT_EQ(table->columns.front(), "area");
  std::vector<std::string> keys;
  for (const auto& row : table->rows)
    keys.push_back(row[0].get<std::string>() + " " + row[1].get<std::string>());
  EXPECT_EQ(keys, (std::vector<std::string>{"a-2018 overall", "b-2019 overall", "b-2019 1.1"}));
}

TEST(Compare, ReadsTheWordsOfKindAndBy) {
  EXPECT_EQ(*ParseCompareKind("earlier_scores"), CompareKind::kEarlierScores);
  EXPECT_EQ(*ParseCompareBy(""), CompareBy::kNone);
  EXPECT_EQ(*ParseCompareBy("year"), CompareBy::kYear);
  EXPECT_EQ(ParseCompareKind("rating").status().message(),
            "unknown kind 'rating' (kinds: ratings, case_results, measures, key_facts, "
            "earlier_scores)");
  EXPECT_EQ(ParseCompareBy("region").status().message(),
            "unknown grouping 'region' (groupings: provider, area, year)");
}

TEST(Compare, TidyNumberWritesIntegralValuesAsIntegers) {
  EXPECT_EQ(TidyNumber(86.0).dump(), "86");
  EXPECT_EQ(TidyNumber(86.5).dump(), "86.5");
  EXPECT_EQ(TidyNumber(-2.0).dump(), "-2");
}

}  // namespace
}  // namespace findings::dataset

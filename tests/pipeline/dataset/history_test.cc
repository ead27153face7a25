#include "dataset/history.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dataset/refresh.h"
#include "pipeline/cli/cli_runner.h"
#include "pipeline/dataset/fake_extractor.h"

namespace findings::dataset {
namespace {

using testing::FakeExtractor;
using testing::TempDir;

// Two reports of the fake extractor's area ("Area", 2018-05, a CRC and an NPS):
// a-2018 with two ratings (about the CRC), b-2018 with none. The registry knows
// the CRC and one provider no report is about.
class HistoryOf : public ::testing::Test {
 protected:
  void SetUp() override {
    RefreshOptions options;
    options.files = {dir_.Write("corpus/a.txt", "id a-2018\nratings 2\n"),
                     dir_.Write("corpus/b.txt", "id b-2018\n")};
    options.dataset_dir = dir_.path() + "/dataset";
    options.providers = *ProviderRegistry::Parse(R"({"providers": [
        {"id": "crc.kss", "type": "CRC", "name": "Kent, Surrey & Sussex CRC"},
        {"id": "crc.london", "type": "CRC", "name": "London CRC"}]})");
    ASSERT_TRUE(Refresh(options, FakeExtractor()).ok());
    auto db = Db::Open(options.dataset_dir + "/findings.sqlite", true);
    ASSERT_TRUE(db.ok()) << db.status().message();
    db_ = std::move(*db);
  }
  // The table's rows as "report kind value" lines, one string.
  static std::string Summary(const CompareTable& table) {
    std::string out;
    for (const auto& row : table.rows) {
      out += row[1].get<std::string>() + " " + row[2].get<std::string>();
      if (row[7].is_string()) out += " " + row[7].get<std::string>();
      out += "\n";
    }
    return out;
  }

  TempDir dir_;
  std::unique_ptr<Db> db_;
};

TEST_F(HistoryOf, AnAreaByNameOrSlugShowsEachReportInDateOrder) {
  for (const char* subject : {"Area", "area"}) {
    auto table = History(db_.get(), subject);
    ASSERT_TRUE(table.ok()) << table.status().message();
    EXPECT_EQ(table->columns, (std::vector<std::string>{"date", "report", "kind", "provider",
                                                        "provider_id", "id", "title", "value",
                                                        "detail"}));
    std::string reports;
    for (const auto& row : table->rows) {
      EXPECT_EQ(row[0], "2018-05");
      if (row[2] == "report") reports += row[1].get<std::string>() + " ";
    }
    EXPECT_EQ(reports, "a-2018 b-2018 ") << subject;
  }
}

TEST_F(HistoryOf, AReportIsFollowedByItsProvidersThenItsRatings) {
  auto table = History(db_.get(), "Area");
  ASSERT_TRUE(table.ok()) << table.status().message();
  std::vector<std::string> kinds;  // of a-2018's rows, each run of one kind once
  for (const auto& row : table->rows)
    if (row[1] == "a-2018" && (kinds.empty() || kinds.back() != row[2]))
      kinds.push_back(row[2]);
  EXPECT_EQ(kinds, (std::vector<std::string>{"report", "provider", "rating"})) << Summary(*table);
  std::size_t ratings = 0;
  for (const auto& row : table->rows) ratings += row[2] == "rating" && row[7] == "Good";
  EXPECT_EQ(ratings, 2u) << Summary(*table);
}

TEST_F(HistoryOf, AProviderShowsTheReportsAboutIt) {
  auto table = History(db_.get(), "crc.kss");
  ASSERT_TRUE(table.ok()) << table.status().message();
  std::string providers;
  for (const auto& row : table->rows)
    if (row[2] == "provider") providers += row[4].get<std::string>() + " ";
  EXPECT_EQ(providers, "crc.kss crc.kss ") << Summary(*table);
}

TEST_F(HistoryOf, AProviderNoReportIsAboutIsNotFound) {
  auto table = History(db_.get(), "crc.london");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().code(), Code::kNotFound);
  EXPECT_EQ(table.status().message(), "no report in the dataset is about provider crc.london");
}

TEST_F(HistoryOf, AnUnknownSubjectNamesTheAreasHeld) {
  auto table = History(db_.get(), "Atlantis");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().code(), Code::kNotFound);
  EXPECT_EQ(table.status().message(),
            "no area or provider 'Atlantis' in the dataset (areas: Area; providers by id, e.g. "
            "crc.kss)");
}

}  // namespace
}  // namespace findings::dataset

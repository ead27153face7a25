// Storing extractions and projecting the chosen one, on an in-memory dataset.
#include "dataset/report_projection.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dataset/sqlite_schema.h"
#include "emit/source_preference.h"

namespace findings::dataset {
namespace {

// One extraction of the report `id` from `path`.
struct Input {
  std::string path;
  bool pdf;
  std::size_t diagnostics;
};

Findings Extraction(const std::string& id, const Input& input) {
  Findings f;
  f.report.id = id;
  f.report.area = "Kent";
  f.report.source.path = input.path;
  f.report.source.media_type = input.pdf ? "application/pdf" : "text/plain";
  for (std::size_t i = 0; i < input.diagnostics; ++i)
    f.diagnostics.push_back({"warning", "test.diagnostic", "d" + std::to_string(i), std::nullopt});
  return f;
}

class ReportProjection : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Db::Open(":memory:");
    ASSERT_TRUE(db.ok()) << db.status().message();
    db_ = std::move(*db);
    bool rebuilt = false;
    ASSERT_TRUE(EnsureSchema(db_.get(), &rebuilt).ok());
    auto providers = ProviderRegistry::Parse(R"({"providers": []})");
    ASSERT_TRUE(providers.ok()) << providers.status().message();
    providers_ = std::move(*providers);
  }

  void Store(const std::string& id, const Input& input) {
    ASSERT_TRUE(StoreExtraction(db_.get(), input.path, Extraction(id, input)).ok()) << input.path;
  }

  // The source path of the document projected for `id`, or "" when none is.
  std::string Projected(const std::string& id) {
    auto projected = ProjectReport(db_.get(), id, providers_);
    EXPECT_TRUE(projected.ok()) << projected.status().message();
    if (!projected.ok() || !projected->has_value()) return "";
    auto stored = db_->Texts("SELECT source_path FROM documents WHERE report_id = '" + id + "'");
    EXPECT_TRUE(stored.ok() && stored->size() == 1u);
    EXPECT_EQ((*projected)->report.source.path, stored->front());
    return (*projected)->report.source.path;
  }

  std::unique_ptr<Db> db_;
  ProviderRegistry providers_;
};

struct TieCase {
  const char* why;
  std::vector<Input> inputs;  // stored in this order
  const char* kept;           // worked out from the rule, by hand
};

TEST_F(ReportProjection, KeepsTheInputTheExtractCommandWouldKeep) {
  const TieCase cases[] = {
      {"a PDF beats text with fewer diagnostics",
       {{"a/kent.txt", false, 0}, {"b/kent.pdf", true, 5}},
       "b/kent.pdf"},
      {"two PDFs: fewer diagnostics",
       {{"a/kent.pdf", true, 2}, {"b/kent.pdf", true, 1}},
       "b/kent.pdf"},
      {"two PDFs, same diagnostics: the first path",
       {{"z/kent.pdf", true, 1}, {"m/kent.pdf", true, 1}, {"q/kent.pdf", true, 1}},
       "m/kent.pdf"},
      {"two texts, no diagnostics: the first path, stored last",
       {{"corpus/text/kent.txt", false, 0}, {"corpus/kent.txt", false, 0}},
       "corpus/kent.txt"},
      {"upper case before lower case, as bytes",
       {{"kent.txt", false, 0}, {"Kent.txt", false, 0}},
       "Kent.txt"},
      {"a byte above 0x7F after ASCII", {{"\xC3\xA9.txt", false, 0}, {"z.txt", false, 0}}, "z.txt"},
  };
  int n = 0;
  for (const TieCase& c : cases) {
    const std::string id = "kent-" + std::to_string(n++);
    for (const Input& input : c.inputs) Store(id, input);
    EXPECT_EQ(Projected(id), c.kept) << c.why;

    // And the C++ form of the rule, as `findings extract` applies it, agrees.
    std::vector<SourceRank> ranks;
    for (const Input& input : c.inputs) ranks.push_back({input.path, input.pdf, input.diagnostics});
    EXPECT_EQ(std::min_element(ranks.begin(), ranks.end(), Preferred)->path, c.kept) << c.why;
  }
}

TEST_F(ReportProjection, ProjectsTheNextBestWhenTheKeptInputIsDeleted) {
  Store("kent-2016", {"kent.pdf", true, 0});
  Store("kent-2016", {"kent.txt", false, 0});
  EXPECT_EQ(Projected("kent-2016"), "kent.pdf");
  ASSERT_TRUE(DeleteExtraction(db_.get(), "kent.pdf").ok());
  EXPECT_EQ(Projected("kent-2016"), "kent.txt");
  ASSERT_TRUE(DeleteExtraction(db_.get(), "kent.txt").ok());
  EXPECT_EQ(Projected("kent-2016"), "");
  auto ids = ReportIds(db_.get());
  ASSERT_TRUE(ids.ok());
  EXPECT_TRUE(ids->empty());
}

TEST_F(ReportProjection, StoringAPathAgainReplacesItsExtraction) {
  Store("kent-2016", {"kent.txt", false, 3});
  Store("kent-2016", {"kent.txt", false, 1});
  auto counts = db_->Texts("SELECT diagnostics FROM extractions WHERE path = 'kent.txt'");
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(*counts, std::vector<std::string>{"1"});
}

TEST_F(ReportProjection, ReportIdsListsEveryProjectedReportInOrder) {
  Store("north-london-2016", {"nl.txt", false, 0});
  Store("derbyshire-2016", {"d.txt", false, 0});
  Store("unprojected-2016", {"u.txt", false, 0});
  Projected("north-london-2016");
  Projected("derbyshire-2016");
  auto ids = ReportIds(db_.get());
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(*ids, (std::vector<std::string>{"derbyshire-2016", "north-london-2016"}));
}

TEST_F(ReportProjection, AProviderTheRegistryDoesNotKnowBecomesADiagnostic) {
  Findings f = Extraction("kent-2016", {"kent.txt", false, 0});
  f.report.providers.push_back({"CRC", "Nowhere CRC"});
  ASSERT_TRUE(StoreExtraction(db_.get(), "kent.txt", f).ok());
  auto projected = ProjectReport(db_.get(), "kent-2016", providers_);
  ASSERT_TRUE(projected.ok() && projected->has_value());
  ASSERT_EQ((*projected)->diagnostics.size(), 1u);
  EXPECT_EQ((*projected)->diagnostics[0].code, kUnknownProviderCode);
  EXPECT_EQ((*projected)->diagnostics[0].message,
            "CRC provider 'Nowhere CRC' is not in the provider registry");
}

}  // namespace
}  // namespace findings::dataset

// `findings refresh` on a copy of the corpus: what it re-extracts, that every
// projection holds the same findings, and that it survives SIGKILL and a
// concurrent second refresh.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include <nlohmann/json.hpp>

#include "dataset/flat_rows.h"
#include "dataset/sqlite_db.h"
#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

namespace fs = std::filesystem;

// The corpus holds five reports (derbyshire, durham-tees-valley, kent,
// north-london, south-west-south-central), several of them as text and PDF.
constexpr const char* kFiveAdded = "5 reports: 5 added, 0 updated, 0 unchanged, 0 removed, 0 failed\n";
constexpr const char* kFiveUnchanged =
    "5 reports: 0 added, 0 updated, 5 unchanged, 0 removed, 0 failed\n";

class RefreshCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(corpus_);
    fs::copy(SourcePath("corpus/text"), corpus_ + "/text", fs::copy_options::recursive);
    fs::copy(SourcePath("corpus/pdf"), corpus_ + "/pdf", fs::copy_options::recursive);
  }
  std::string Args() const { return "refresh '" + corpus_ + "' --dataset '" + dataset_ + "'"; }
  std::string Query(const std::string& sql) const {
    auto db = dataset::Db::Open(dataset_ + "/findings.sqlite", true);
    if (!db.ok()) return "cannot open";
    auto stmt = (*db)->Prepare(sql);
    if (!stmt.ok()) return stmt.status().message();
    auto row = (*stmt)->Step();
    return row.ok() && *row ? (*stmt)->Text(0) : "";
  }

  TempDir temp_;
  std::string corpus_ = temp_.path() + "/corpus";
  std::string dataset_ = temp_.path() + "/dataset";
};

// Records of an RFC 4180 file, header excluded (quoted fields may hold newlines).
std::size_t CsvRecords(const std::string& path) {
  const std::string text = ReadAll(path);
  std::size_t records = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (c == '\n' && !quoted) ++records;
  }
  return records - 1;
}

TEST_F(RefreshCommand, SecondRunOnUnchangedCorpusExtractsNothing) {
  CliResult first = RunCli(Args() + " --jobs 2");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, kFiveAdded);
  EXPECT_EQ(first.err, "");  // no progress bar when stderr is not a terminal
  const std::string extracted_at = Query("SELECT group_concat(extracted_at) FROM sources");
  CliResult second = RunCli(Args());
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(second.out, kFiveUnchanged);
  EXPECT_EQ(Query("SELECT group_concat(extracted_at) FROM sources"), extracted_at);
}

TEST_F(RefreshCommand, ChangingOneFileReExtractsExactlyThatReport) {
  ASSERT_EQ(RunCli(Args()).exit_code, 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // extracted_at has seconds
  std::ofstream(corpus_ + "/text/kent.txt", std::ios::app) << "\n";
  CliResult second = RunCli(Args());
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(second.out, "5 reports: 0 added, 1 updated, 4 unchanged, 0 removed, 0 failed\n");
  EXPECT_EQ(Query("SELECT COUNT(DISTINCT extracted_at) FROM sources"), "2");
  EXPECT_EQ(Query("SELECT path FROM sources ORDER BY extracted_at DESC LIMIT 1"),
            fs::path(corpus_ + "/text/kent.txt").lexically_normal().string());
}

TEST_F(RefreshCommand, OneReportIsOneRowAndListsAllItsFiles) {
  ASSERT_EQ(RunCli(Args()).exit_code, 0);
  EXPECT_EQ(Query("SELECT COUNT(*) FROM reports"), "5");
  EXPECT_EQ(Query("SELECT COUNT(*) FROM sources WHERE report_id = 'kent-2016-10'"), "2");
  // Both corpus/pdf/derbyshire*.pdf and the text are Derbyshire; the PDF is kept.
  EXPECT_EQ(Query("SELECT COUNT(*) FROM sources WHERE report_id = 'derbyshire-2016-09'"), "3");
  EXPECT_EQ(Query("SELECT source_media_type FROM reports WHERE id = 'kent-2016-10'"),
            "application/pdf");
}

TEST_F(RefreshCommand, SqliteCsvAndJsonlHoldTheSameFindings) {
  ASSERT_EQ(RunCli(Args()).exit_code, 0);
  std::map<std::string, std::size_t> jsonl;
  std::ifstream lines(dataset_ + "/findings.jsonl");
  for (std::string line; std::getline(lines, line);)
    ++jsonl[nlohmann::json::parse(line).at("kind").get<std::string>()];
  std::size_t total = 0;
  for (const std::string& kind : dataset::TableKinds()) {
    const std::size_t in_sqlite = std::stoul(Query("SELECT COUNT(*) FROM " + kind));
    EXPECT_EQ(CsvRecords(dataset_ + "/csv/" + kind + ".csv"), in_sqlite) << kind;
    EXPECT_EQ(jsonl[kind], in_sqlite) << kind;
    total += in_sqlite;
  }
  EXPECT_GT(std::stoul(Query("SELECT COUNT(*) FROM ratings")), 0u);
  EXPECT_GT(total, 100u);
}

TEST_F(RefreshCommand, KilledRefreshLeavesThePreviousDatasetWhole) {
  ASSERT_EQ(RunCli(Args()).exit_code, 0);
  const std::string ratings = Query("SELECT COUNT(*) FROM ratings");
  for (int attempt = 0; attempt < 3; ++attempt) {
    const pid_t child = ::fork();
    if (child == 0) {
      const std::string cli = CliPath();
      ::execl(cli.c_str(), cli.c_str(), "refresh", corpus_.c_str(), "--dataset", dataset_.c_str(),
              "--force", static_cast<char*>(nullptr));
      ::_exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100 + 150 * attempt));
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    EXPECT_EQ(Query("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(Query("SELECT COUNT(*) FROM reports"), "5");
    EXPECT_EQ(Query("SELECT COUNT(*) FROM ratings"), ratings);
  }
  CliResult after = RunCli(Args());
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_EQ(CsvRecords(dataset_ + "/csv/ratings.csv"), std::stoul(ratings));
  EXPECT_TRUE(fs::exists(dataset_ + "/reports/kent-2016-10.json"));
}

TEST_F(RefreshCommand, TwoRefreshesAtOnceNeverInterleave) {
  const std::string command = "cd '" + SourcePath("") + "' && ('" + CliPath() + "' " + Args() +
                              " > '" + temp_.path() + "/a.out' 2>&1 & '" + CliPath() + "' " +
                              Args() + " > '" + temp_.path() + "/b.out' 2>&1; wait)";
  ASSERT_EQ(std::system(command.c_str()), 0);
  const std::string a = ReadAll(temp_.path() + "/a.out");
  const std::string b = ReadAll(temp_.path() + "/b.out");
  // One did the work; the other waited for it and found nothing left to do.
  const bool a_first = a.find(kFiveAdded) != std::string::npos;
  EXPECT_NE((a_first ? b : a).find(kFiveUnchanged), std::string::npos) << a << b;
  EXPECT_NE((a_first ? a : b).find(kFiveAdded), std::string::npos) << a << b;
}

// Refresh extracts in worker processes: a file that crashes its worker is one
// error line, and the other reports are still added (FINDINGS_FAULT is the
// test-only fault switch of pipeline/isolate).
TEST_F(RefreshCommand, ACrashingFileIsOneErrorAndTheRestAreAdded) {
  ::setenv("FINDINGS_FAULT", "crash:kent", 1);
  CliResult r = RunCli(Args());
  ::unsetenv("FINDINGS_FAULT");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "4 reports: 4 added, 0 updated, 0 unchanged, 0 removed, 2 failed\n");
  EXPECT_NE(r.err.find(corpus_ + "/text/kent.txt: extraction crashed (SIGSEGV)\n"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(corpus_ + "/pdf/kent.pdf: extraction crashed (SIGSEGV)\n"), std::string::npos)
      << r.err;
}

TEST_F(RefreshCommand, MissingCorpusFolderLeavesTheDatasetAlone) {
  ASSERT_EQ(RunCli(Args()).exit_code, 0);
  CliResult missing = RunCli("refresh '" + temp_.path() + "/nowhere' --dataset '" + dataset_ + "'");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("dataset left as it was"), std::string::npos) << missing.err;
  EXPECT_EQ(Query("SELECT COUNT(*) FROM reports"), "5");
}

}  // namespace
}  // namespace findings::testing

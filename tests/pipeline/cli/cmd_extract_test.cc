// `findings extract` and `findings detect` end to end, over the bundled corpus.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/cli/cli_runner.h"
#include "pipeline/emit/schema_validation.h"

namespace findings::testing {
namespace {

namespace fs = std::filesystem;

struct CorpusFile {
  const char* path;
  const char* plugin;
};

const CorpusFile kCorpus[] = {
    {"corpus/text/derbyshire.txt", "quality-impact-2016"},
    {"corpus/text/north-london.txt", "quality-impact-2016"},
    {"corpus/text/kent.txt", "quality-impact-2016"},
    {"corpus/text/south-west-south-central.txt", "rated-2018"},
    {"corpus/text/durham-tees-valley.txt", "rated-2018"},
    {"corpus/pdf/derbyshire.pdf", "quality-impact-2016"},
    {"corpus/pdf/derbyshire-two-column.pdf", "quality-impact-2016"},
    {"corpus/pdf/north-london.pdf", "quality-impact-2016"},
    {"corpus/pdf/kent.pdf", "quality-impact-2016"},
    {"corpus/pdf/south-west-south-central.pdf", "rated-2018"},
    {"corpus/pdf/durham-tees-valley.pdf", "rated-2018"},
};

TEST(DetectCommand, NamesTheRightPluginForEveryCorpusFile) {
  for (const CorpusFile& file : kCorpus) {
    const CliResult r = RunCli(std::string("detect ") + file.path);
    EXPECT_EQ(r.exit_code, 0) << file.path << ": " << r.err;
    EXPECT_EQ(r.out.rfind(std::string(file.path) + "\t" + file.plugin + "\t", 0), 0u)
        << file.path << " → " << r.out;
  }
}

TEST(DetectCommand, RejectsAnUnrelatedDocument) {
  TempDir dir;
  const std::string file = dir.Write(
      "minutes.txt",
      "Minutes of the parish council meeting\n\nThe council discussed the village hall roof.\n");
  const CliResult r = RunCli("detect " + file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  // No plugin saw anything in it: no "best" to name.
  EXPECT_EQ(r.err, file + ": not a recognised inspection report\n");
}

TEST(DetectCommand, NamesTheBestGuessWhenAPluginSawSomething) {
  TempDir dir;
  // One Quality & Impact signal, "NPS effectiveness" (weight 0.1): far below 0.5.
  const std::string file = dir.Write("notes.txt", "Notes\n\nNPS effectiveness\n\nTo discuss.\n");
  const CliResult r = RunCli("detect " + file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            file + ": not a recognised inspection report (best: quality-impact-2016, 0.10)\n");
}

TEST(DetectCommand, AMissingFileIsOneLineNamingIt) {
  const CliResult r = RunCli("detect missing.pdf");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "missing.pdf: no such file or directory\n");
}

TEST(ExtractCommand, AMissingFileIsOneLineNamingIt) {
  const CliResult r = RunCli("extract missing.pdf");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "missing.pdf: no such file or directory\n");
}

TEST(ExtractCommand, AMissingFileWithAnOutputDirectoryIsOneLineAndWritesNothing) {
  TempDir out;
  const CliResult r = RunCli("extract missing.pdf -o " + out.path() + "/new");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "missing.pdf: no such file or directory\n");
  EXPECT_FALSE(fs::exists(out.path() + "/new"));
}

TEST(ExtractCommand, SeveralMissingFilesAreOneLineEach) {
  const CliResult r = RunCli("extract missing.pdf gone/report.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "missing.pdf: no such file or directory\n"
            "gone/report.txt: no such file or directory\n");
}

// One input is there: the command could go on, but not to standard output.
TEST(ExtractCommand, AMissingFileBesideAPresentOneStillNeedsAnOutputDirectory) {
  const CliResult r = RunCli("extract missing.pdf corpus/text/kent.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "missing.pdf: no such file or directory\n"
            "findings extract: several inputs need -o OUTDIR\n");
}

TEST(ExtractCommand, WritesOneValidJsonAndXmlPerReportOfTheCorpus) {
  TempDir out;
  const CliResult r = RunCli("extract corpus -o " + out.path() + " --jobs 2");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // scripts/setup installs both validators: their absence is a failure, not a skip.
  ASSERT_TRUE(JsonValidatorAvailable() && XmlValidatorAvailable());
  int json = 0, xml = 0;
  for (const auto& entry : fs::directory_iterator(out.path())) {
    const std::string name = entry.path().filename().string();
    EXPECT_NE(name[0], '.') << "a staging file was left behind: " << name;
    if (entry.path().extension() == ".json") {
      ++json;
      EXPECT_EQ(ValidateJsonFile(entry.path().string()), "") << name;
    } else if (entry.path().extension() == ".xml") {
      ++xml;
      EXPECT_EQ(ValidateXmlFile(entry.path().string()), "") << name;
    }
  }
  EXPECT_EQ(json, 5);
  EXPECT_EQ(xml, 5);
  // Text and PDF of one report are one report: the PDF is kept, and that is said.
  EXPECT_NE(r.err.find("note: corpus/text/kent.txt: same report as corpus/pdf/kent.pdf"),
            std::string::npos)
      << r.err;
}

TEST(ExtractCommand, GoesOnPastBadFilesAndNamesEachOne) {
  TempDir in, out;
  fs::copy_file(SourcePath("corpus/text/kent.txt"), in.path() + "/kent.txt");
  const std::string unrelated = in.Write("notes.txt", "Shopping list\n\nEggs, milk, bread.\n");
  const std::string empty = in.Write("empty.pdf", "");
  const CliResult r = RunCli("extract " + in.path() + " -o " + out.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(empty + ": empty file\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(unrelated + ": not a recognised inspection report\n"), std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::exists(out.path() + "/kent-2016-10.json"));
  EXPECT_TRUE(fs::exists(out.path() + "/kent-2016-10.xml"));
}

TEST(ExtractCommand, OneFileWithoutOutputDirectoryGoesToStandardOutput) {
  const CliResult r = RunCli("extract corpus/text/durham-tees-valley.txt");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\n  \"schema_version\": \"1.1\"", 0), 0u) << r.out.substr(0, 80);
  EXPECT_NE(r.out.find("\"media_type\": \"text/plain\""), std::string::npos);
}

TEST(ExtractCommand, SameInputGivesByteIdenticalOutput) {
  TempDir a, b;
  ASSERT_EQ(RunCli("extract corpus/pdf/kent.pdf -o " + a.path()).exit_code, 0);
  ASSERT_EQ(RunCli("extract corpus/pdf/kent.pdf -o " + b.path() + " --jobs 2").exit_code, 0);
  for (const char* name : {"/kent-2016-10.json", "/kent-2016-10.xml"})
    EXPECT_EQ(ReadAll(a.path() + name), ReadAll(b.path() + name)) << name;
}

// Copies of one report race through two workers; the kept output is the
// preferred input's (the PDF), whatever order they finish in, and no loser's
// file is left behind.
TEST(ExtractCommand, KeepsThePreferredInputOfAReportWhateverOrderTheyFinishIn) {
  TempDir in, out, alone;
  for (const char* name : {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"})
    fs::copy_file(SourcePath("corpus/text/kent.txt"), in.path() + "/" + name);
  fs::copy_file(SourcePath("corpus/pdf/kent.pdf"), in.path() + "/m.pdf");
  const CliResult r = RunCli("extract " + in.path() + " -o " + out.path() + " --jobs 2");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(RunCli("extract corpus/pdf/kent.pdf -o " + alone.path()).exit_code, 0);
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(out.path()))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"kent-2016-10.json", "kent-2016-10.xml"}));
  for (const char* name : {"/kent-2016-10.json", "/kent-2016-10.xml"}) {
    // The source path differs; everything else is the PDF's extraction.
    std::string kept = ReadAll(out.path() + name), pdf = ReadAll(alone.path() + name);
    EXPECT_NE(kept.find("m.pdf"), std::string::npos) << name;
    EXPECT_EQ(kept.size() - std::string(in.path() + "/m.pdf").size(),
              pdf.size() - std::string("corpus/pdf/kent.pdf").size())
        << name;
  }
  std::size_t notes = 0;
  for (std::size_t at = r.err.find("note: "); at != std::string::npos;
       at = r.err.find("note: ", at + 1))
    ++notes;
  EXPECT_EQ(notes, 6u) << r.err;
}

}  // namespace
}  // namespace findings::testing

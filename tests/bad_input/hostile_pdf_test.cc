// Issue 14: every command that opens documents (extract, detect, text) on the
// kinds of hostile PDF found in real-world corpora, made here at test time: a
// decompression bomb, a stream that fails half-way, broken page trees. Each file
// costs one line on stderr naming it and its true reason, exit status 1, no line
// without a file name, and no process grows past the memory limit.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <filesystem>
#include <sstream>

#include "bad_input/run_findings.h"
#include "support/pdf_maker.h"
#include "util/sanitizers.h"

namespace findings::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kMemoryLimitMib = 256;
const std::string kLimits = " --memory-limit 256 --timeout 30";
const std::string kOutOfMemory =
    "page 1: out of memory reading its content (limit 256 MiB, see --memory-limit)";
const std::string kNoPages = "corrupt PDF: no pages (the page tree is damaged)";

struct Hostile {
  const char* name;
  std::string (*make)();
  std::string reason;
  bool bomb;  // needs RLIMIT_AS, which AddressSanitizer builds cannot have
  // `text` prints what it could read, with this warning: it has no report to recognise.
  const char* text_warning = nullptr;
};

const Hostile kHostile[] = {
    // 512 MiB of zeros in one string: 0.5 MB of file.
    {"flate-bomb.pdf", [] { return PagesPdf({FlateBombStream(512)}); }, kOutOfMemory, true},
    {"jbig2-bomb.pdf", [] { return PagesPdf({Jbig2BombStream()}); }, kOutOfMemory, true},
    // Its one line is read, then the stream fails: the damage is the reason, not
    // "not a recognised inspection report".
    {"failing-flate.pdf", [] { return PagesPdf({FlateFailingAfter({"Minutes of the meeting"})}); },
     "corrupt PDF: page 1: its content is damaged (Bad block header in flate stream)", false,
     "page 1: its content is damaged (Bad block header in flate stream)"},
    {"negative-count.pdf", NegativePageCountPdf, kNoPages, false},
    {"circular-xref.pdf", CircularXrefPdf, kNoPages, false},
    {"catalog-without-pages.pdf", CatalogWithoutPagesPdf, kNoPages, false},
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The most memory any process run so far by this test has held, in MiB (ctest
// runs each test in its own process, so "so far" is this test).
long PeakChildMib() {
  rusage usage{};
  ::getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss / 1024;
}

class HostilePdf : public ::testing::TestWithParam<const char*> {
 protected:
  std::string Command() const { return GetParam(); }
  // The line about `hostile` in `dir`, and whether the command printed nothing of
  // it (`text` prints what it could read, with the warning; the file fails all the same).
  std::pair<std::string, bool> LineAbout(const std::string& dir, const Hostile& hostile) const {
    const std::string file = dir + "/" + hostile.name + ": ";
    if (Command() == "text" && hostile.text_warning)
      return {file + "warning: " + hostile.text_warning, false};
    return {file + hostile.reason, true};
  }
  // `extract` without -o writes one file's JSON to stdout, with it a folder.
  std::string Run(const std::string& inputs, bool folder) {
    const std::string out = Command() == "extract" && folder ? " -o '" + out_.path() + "'" : "";
    result_ = RunCli(Command() + " " + inputs + out + kLimits);
    return result_.err;
  }
  void ExpectWithinMemory() {
    EXPECT_LE(PeakChildMib(), kMemoryLimitMib + 512) << "a process outgrew the memory limit";
  }
  TempDir in_, out_;
  CliResult result_;
};

TEST_P(HostilePdf, EachFileAloneIsOneLineWithItsTrueReason) {
  for (const Hostile& hostile : kHostile) {
#ifdef FINDINGS_ASAN
    if (hostile.bomb) continue;
#endif
    const std::string file = in_.Write(hostile.name, hostile.make());
    const std::string err = Run("'" + file + "'", /*folder=*/false);
    const auto [line, nothing_printed] = LineAbout(in_.path(), hostile);
    EXPECT_EQ(result_.exit_code, 1) << hostile.name << ": " << err;
    EXPECT_EQ(err, line + "\n") << hostile.name;
    EXPECT_EQ(result_.out.empty(), nothing_printed) << hostile.name;
  }
  ExpectWithinMemory();
}

TEST_P(HostilePdf, AFolderOfThemBesideAGoodReport) {
  const std::string good = in_.Write("kent.txt", ReadAll(SourcePath("corpus/text/kent.txt")));
  std::vector<const Hostile*> made;
  for (const Hostile& hostile : kHostile) {
#ifdef FINDINGS_ASAN
    if (hostile.bomb) continue;
#endif
    in_.Write(hostile.name, hostile.make());
    made.push_back(&hostile);
  }
  const std::string err = Run("'" + in_.path() + "' --jobs 2", /*folder=*/true);
  EXPECT_EQ(result_.exit_code, 1) << err;
  std::vector<std::string> expected;
  std::size_t failed = 0;
  for (const Hostile* hostile : made) {
    expected.push_back(LineAbout(in_.path(), *hostile).first);
    failed += LineAbout(in_.path(), *hostile).second;
  }
  std::sort(expected.begin(), expected.end());  // the order of the walk, and of the lines
  if (Command() == "extract") {
    expected.push_back(std::to_string(made.size() + 1) + " files: 1 extracted, " +
                       std::to_string(failed) + " failed");
    EXPECT_TRUE(fs::exists(out_.path() + "/kent-2016-10.json")) << err;
  } else if (Command() == "detect") {
    EXPECT_EQ(result_.out, good + "\tquality-impact-2016\t1.00\n");
  } else {
    EXPECT_NE(result_.out.find("==> " + good + " <==\nQuality & Impact inspection"),
              std::string::npos)
        << result_.out.substr(0, 200);
  }
  // One line per bad file, naming it; nothing else (Poppler's own words included).
  EXPECT_EQ(Lines(err), expected);
  ExpectWithinMemory();
}

INSTANTIATE_TEST_SUITE_P(Commands, HostilePdf, ::testing::Values("extract", "detect", "text"));

// A report of which one page could not be read: read, and said to be incomplete.
class ReportMissingAPage : public ::testing::Test {
 protected:
  // Kent's report, 50 lines a page, with `damaged` as its third page.
  std::string Write(const std::string& damaged) {
    std::vector<std::string> lines;
    for (const std::string& line : Lines(ReadAll(SourcePath("corpus/text/kent.txt"))))
      if (!line.empty()) lines.push_back(line);
    std::vector<std::string> pages;
    for (std::size_t i = 0; i < lines.size(); i += 50) {
      const auto end = lines.begin() + static_cast<long>(std::min(lines.size(), i + 50));
      pages.push_back(Stream("", TextContent({lines.begin() + static_cast<long>(i), end})));
      if (pages.size() == 2) pages.push_back(damaged);
    }
    return in_.Write("kent.pdf", PagesPdf(pages));
  }
  // Each command reads it and says so, once, with the file's name; extract and
  // detect succeed (exit 0), text, whose job is the whole text, does not.
  void ExpectReadAndSaid(const std::string& file, const std::string& page_reason) {
    const std::string warning = file + ": warning: " + page_reason + "\n";
    const CliResult extracted = RunCli("extract '" + file + "'" + kLimits);
    EXPECT_EQ(extracted.exit_code, 0) << extracted.err;
    EXPECT_EQ(extracted.err, warning);
    EXPECT_NE(extracted.out.find("\"code\": \"ingest.page-unreadable\",\n      \"message\": \"" +
                                 page_reason + "\""),
              std::string::npos);
    const CliResult detected = RunCli("detect '" + file + "'" + kLimits);
    EXPECT_EQ(detected.exit_code, 0) << detected.err;
    EXPECT_EQ(detected.out, file + "\tquality-impact-2016\t1.00\n");
    EXPECT_EQ(detected.err, warning);
    // `text` prints what it read, and counts the file as not read whole.
    const CliResult text = RunCli("text '" + file + "'" + kLimits);
    EXPECT_EQ(text.exit_code, 1) << text.err;
    EXPECT_EQ(text.err, warning);
    ExpectWithinMemoryOfThisTest();
  }
  static void ExpectWithinMemoryOfThisTest() { EXPECT_LE(PeakChildMib(), kMemoryLimitMib + 512); }
  TempDir in_;
};

TEST_F(ReportMissingAPage, ADamagedStream) {
  const std::string file = Write(FlateFailingAfter({"Half a page"}));
  ExpectReadAndSaid(file, "page 3: its content is damaged (Bad block header in flate stream)");
}

TEST_F(ReportMissingAPage, AnAllocationThatFailed) {
#ifdef FINDINGS_ASAN
  GTEST_SKIP() << "AddressSanitizer needs unlimited address space; RLIMIT_AS is not applied";
#endif
  // The JBIG2 decoder's 1.8 GB request fails; Poppler prints "Out of memory" and goes on.
  const std::string file = Write(Jbig2BombStream());
  ExpectReadAndSaid(
      file, "page 3: out of memory reading its content (limit 256 MiB, see --memory-limit)");
}

}  // namespace
}  // namespace findings::testing

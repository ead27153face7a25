// Every kind of bad input of issue 6: one line naming the file and the reason,
// exit status 1, and the good report beside it still extracted. And the inputs
// that look odd but must be read, not refused.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "bad_input/encodings.h"
#include "bad_input/run_findings.h"
#include "support/pdf_maker.h"

namespace findings::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kGoodReportJson = "kent-2016-10.json";

// The line of `err` about `file`, without its newline; "" if there is none.
std::string LineAbout(const std::string& err, const std::string& file) {
  const std::size_t at = err.find(file + ": ");
  if (at == std::string::npos) return "";
  return err.substr(at, err.find('\n', at) - at);
}

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    good_ = in_.path() + "/kent.txt";
    fs::copy_file(SourcePath("corpus/text/kent.txt"), good_);
  }

  // Runs qpdf ARGS; false when qpdf is missing or fails.
  static bool Qpdf(const std::string& args) {
    if (!HasProgram("qpdf")) return false;
    const int status = std::system(("qpdf " + args + " 2>/dev/null").c_str());
    // Exit status 3: done, with warnings.
    return WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 3);
  }

  // Extracts the good report and `bad` in one run.
  CliResult ExtractBeside(const std::string& bad, const std::string& options = "",
                          const std::string& prefix = "") {
    return RunFindings(prefix, "extract '" + good_ + "' '" + bad + "' -o '" + out_.path() + "' " +
                                   options);
  }

  // One failure, `bad` named with `reason`, and the good report written.
  void ExpectRefused(const CliResult& r, const std::string& bad, const std::string& reason) {
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_EQ(LineAbout(r.err, bad), bad + ": " + reason) << r.err;
    EXPECT_NE(r.err.find("2 files: 1 extracted, 1 failed\n"), std::string::npos) << r.err;
    EXPECT_TRUE(fs::exists(out_.path() + "/" + kGoodReportJson)) << r.err;
  }

  std::string Corpus(const std::string& name) { return SourcePath("corpus/" + name); }

  // For a bad input made from kent.pdf: the good file beside it must be another
  // report, or the two would share an id. Returns the good report's JSON name.
  std::string UseDurhamAsTheGoodFile() {
    fs::remove(good_);
    good_ = in_.Write("durham.txt", ReadAll(Corpus("text/durham-tees-valley.txt")));
    return "durham-tees-valley-2019-03.json";
  }

  TempDir in_, out_;
  std::string good_;
};

TEST_F(BadInput, ZeroByteFile) {
  const std::string bad = in_.Write("empty.pdf", "");
  ExpectRefused(ExtractBeside(bad), bad, "empty file");
}

TEST_F(BadInput, TruncatedPdf) {
  const std::string pdf = ReadAll(Corpus("pdf/kent.pdf"));
  const std::string bad = in_.Write("truncated.pdf", pdf.substr(0, pdf.size() / 2));
  const CliResult r = ExtractBeside(bad);
  // The reason after "corrupt PDF: " is Poppler's own words.
  ExpectRefused(r, bad, LineAbout(r.err, bad).substr(bad.size() + 2));
  EXPECT_EQ(LineAbout(r.err, bad).rfind(bad + ": corrupt PDF: ", 0), 0u) << r.err;
}

TEST_F(BadInput, RandomBytesNamedPdf) {
  std::mt19937 random(6);
  std::string bytes(4096, '\0');
  for (char& c : bytes) c = static_cast<char>(random() & 0xff);
  const std::string bad = in_.Write("random.pdf", bytes);
  ExpectRefused(ExtractBeside(bad), bad, "not text or PDF: binary content");
}

TEST_F(BadInput, PdfWithoutTextLayer) {
  const std::string bad = in_.Write("scan.pdf", ImageOnlyPdf());
  ExpectRefused(ExtractBeside(bad), bad,
                "no text layer: scanned or image-only PDF; OCR is not supported");
}

TEST_F(BadInput, UnrelatedDocument) {
  const std::string bad = in_.Write(
      "minutes.pdf", TextPdf({{"Minutes of the parish council meeting",
                               "The council discussed the village hall roof and the fete."}}));
  ExpectRefused(ExtractBeside(bad), bad, "not a recognised inspection report");
}

TEST_F(BadInput, UndecodableText) {
  // Declared UTF-8 by its byte-order mark, then bytes that are not UTF-8.
  const std::string bad =
      in_.Write("report.txt", "\xEF\xBB\xBFInspection of probation\n\xC3\x28\xFF\xFE report\n");
  // BOM (3 bytes) + "Inspection of probation\n" (24): the first bad byte is at offset 27.
  ExpectRefused(ExtractBeside(bad), bad,
                "damaged text: invalid UTF-8 at byte offset 27 of a file marked UTF-8 (byte-order mark)");
}

TEST_F(BadInput, VeryLargeFileIsRefusedBeforeReading) {
  const std::string bad = in_.path() + "/huge.txt";
  fs::resize_file(in_.Write("huge.txt", ""), 300u << 20);  // sparse: costs no disk
  ExpectRefused(ExtractBeside(bad), bad, "too large: 314572800 bytes, the limit is 268435456");
}

TEST_F(BadInput, MaxFileSizeSetsTheLimit) {
  const std::string bad = in_.Write("big.txt", std::string(2u << 20, 'x'));
  ExpectRefused(ExtractBeside(bad, "--max-file-size 1"), bad,
                "too large: 2097152 bytes, the limit is 1048576");
}

TEST_F(BadInput, UnreadableFile) {
  const std::string bad = in_.Write("locked.txt", ReadAll(good_));
  fs::permissions(bad, fs::perms::none);
  std::string as_user;
  if (::geteuid() == 0) {
    // Root reads anything: run the command as nobody instead.
    if (!HasProgram("setpriv")) GTEST_SKIP() << "running as root without setpriv";
    as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups";
    fs::permissions(out_.path(), fs::perms::all);
  }
  ExpectRefused(ExtractBeside(bad, "", as_user), bad, "cannot read: Permission denied");
}

TEST_F(BadInput, DirectoryWithSymlinkLoop) {
  fs::create_directory_symlink(".", in_.path() + "/loop");
  fs::create_symlink("b.txt", in_.path() + "/a.txt");
  fs::create_symlink("a.txt", in_.path() + "/b.txt");
  const CliResult r = RunFindings("", "extract '" + in_.path() + "' -o '" + out_.path() + "'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string a = in_.path() + "/a.txt", b = in_.path() + "/b.txt";
  EXPECT_EQ(LineAbout(r.err, a), a + ": cannot read: Too many levels of symbolic links") << r.err;
  EXPECT_EQ(LineAbout(r.err, b), b + ": cannot read: Too many levels of symbolic links") << r.err;
  EXPECT_NE(r.err.find("1 files: 1 extracted, 0 failed\n"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(out_.path() + "/" + kGoodReportJson)) << r.err;
}

TEST_F(BadInput, EncryptedPdfNeedsItsPassword) {
  const std::string bad = in_.path() + "/locked.pdf";
  if (!Qpdf("--encrypt secret owner 256 -- '" + Corpus("pdf/kent.pdf") + "' '" + bad + "'"))
    GTEST_SKIP() << "qpdf is missing (scripts/setup installs it)";
  const std::string good_json = UseDurhamAsTheGoodFile();
  const CliResult r = ExtractBeside(bad);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(LineAbout(r.err, bad), bad + ": encrypted: a password is needed") << r.err;
  EXPECT_TRUE(fs::exists(out_.path() + "/" + good_json)) << r.err;

  const CliResult with_password = ExtractBeside(bad, "--password secret");
  EXPECT_EQ(with_password.exit_code, 0) << with_password.err;
  EXPECT_TRUE(fs::exists(out_.path() + "/" + kGoodReportJson)) << with_password.err;
}

TEST_F(BadInput, PdfHoldingOnlyTheCoverPage) {
  const std::string bad = in_.path() + "/cover.pdf";
  if (!Qpdf("'" + Corpus("pdf/kent.pdf") + "' --pages . 1 -- '" + bad + "'"))
    GTEST_SKIP() << "qpdf is missing (scripts/setup installs it)";
  const std::string good_json = UseDurhamAsTheGoodFile();
  const CliResult r = ExtractBeside(bad);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(LineAbout(r.err, bad),
            bad + ": recognised as quality-impact-2016, but it holds no findings: the report's "
                  "body is missing (1 page)")
      << r.err;
  EXPECT_TRUE(fs::exists(out_.path() + "/" + good_json)) << r.err;
}

// Read, not refused: each of these extracts to the Kent report.
class OddButReadable : public BadInput {
 protected:
  // Extracts `file` alone to standard output; returns the JSON.
  std::string ExpectRead(const std::string& file) {
    const CliResult r = RunFindings("", "extract '" + file + "'");
    EXPECT_EQ(r.exit_code, 0) << file << ": " << r.err;
    EXPECT_NE(r.out.find("\"id\": \"kent-2016-10\""), std::string::npos) << file;
    return r.out;
  }
  std::string KentText() { return ReadAll(good_); }
};

TEST_F(OddButReadable, TextSavedAsPdf) { ExpectRead(in_.Write("kent-text.pdf", KentText())); }

TEST_F(OddButReadable, FileWithoutExtension) { ExpectRead(in_.Write("kent", KentText())); }

TEST_F(OddButReadable, Utf16LittleEndianWithBom) {
  ExpectRead(in_.Write("le-bom.txt", Utf16(KentText(), false, true)));
}

TEST_F(OddButReadable, Utf16BigEndianWithBom) {
  ExpectRead(in_.Write("be-bom.txt", Utf16(KentText(), true, true)));
}

TEST_F(OddButReadable, Utf16WithoutBom) {
  ExpectRead(in_.Write("le.txt", Utf16(KentText(), false, false)));
}

TEST_F(OddButReadable, Windows1252WithADiagnostic) {
  const std::string json = ExpectRead(in_.Write("cp1252.txt", EightBit(KentText(), true)));
  EXPECT_NE(json.find("\"ingest.legacy-encoding\""), std::string::npos);
}

TEST_F(OddButReadable, Latin1WithADiagnostic) {
  const std::string json = ExpectRead(in_.Write("latin1.txt", EightBit(KentText(), false)));
  EXPECT_NE(json.find("\"ingest.legacy-encoding\""), std::string::npos);
}

TEST_F(OddButReadable, BrokenXrefIsRepairedWithADiagnostic) {
  const std::string json =
      ExpectRead(in_.Write("broken-xref.pdf", WithBrokenXref(ReadAll(Corpus("pdf/kent.pdf")))));
  EXPECT_NE(json.find("\"ingest.repaired-xref\""), std::string::npos);
}

TEST_F(OddButReadable, OwnerPasswordOnlyOpensWithoutOne) {
  const std::string file = in_.path() + "/owner-only.pdf";
  if (!Qpdf("--encrypt '' owner 256 -- '" + Corpus("pdf/kent.pdf") + "' '" + file + "'"))
    GTEST_SKIP() << "qpdf is missing (scripts/setup installs it)";
  ExpectRead(file);
}

}  // namespace
}  // namespace findings::testing

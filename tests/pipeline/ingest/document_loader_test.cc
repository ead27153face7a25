#include "ingest/document_loader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "support/pdf_maker.h"
#include "test_paths.h"

namespace findings {
namespace {

class TempFile {
 public:
  TempFile(const std::string& name, const std::string& bytes)
      : path_(::testing::TempDir() + "loader_" + name) {
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempFile() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(LoadDocument, LoadsACorpusTextFile) {
  const std::string path = testing::SourcePath("corpus/text/durham-tees-valley.txt");
  Result<LoadedDocument> loaded = LoadDocument(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->source.path, path);
  EXPECT_EQ(loaded->source.media_type, "text/plain");
  EXPECT_EQ(loaded->source.pages, std::nullopt);
  EXPECT_EQ(loaded->source.sha256.size(), 64u);
  EXPECT_TRUE(loaded->diagnostics.empty());
  const Document& doc = loaded->doc;
  EXPECT_EQ(doc.line_text(0), "An inspection of");
  EXPECT_EQ(doc.line_text(1), "Durham Tees Valley Community Rehabilitation Company");
  EXPECT_EQ(doc.line_text(2), "MARCH 2019");
  EXPECT_NE(doc.text.find("\n1 Durham Tees Valley CRC uses the term 'participants'"),
            std::string::npos);
  EXPECT_NE(doc.text.find("\n4.[^2] CRC specific work\n"), std::string::npos);
  EXPECT_EQ(doc.text.find("<sup>"), std::string::npos);
  EXPECT_EQ(doc.text.find("**"), std::string::npos);
  EXPECT_EQ(doc.text.find("\n\n"), std::string::npos);
}

TEST(LoadDocument, KeyFactsBecomeBulletsWithTheirValueFirst) {
  Result<LoadedDocument> loaded = LoadDocument(testing::SourcePath("corpus/text/derbyshire.txt"));
  ASSERT_TRUE(loaded.ok());
  const std::string& text = loaded->doc.text;
  EXPECT_NE(text.find("\n\xE2\x80\xA2 251,170 The total number of offenders subject to "
                      "probation supervision across England & Wales[^1].\n"),
            std::string::npos);
  EXPECT_NE(text.find("pre or post-release supervision)[^1][^2]. The proportion"),
            std::string::npos);
  EXPECT_NE(text.find("\n\xE2\x80\xA2 2 (of 21) The number of CRCs owned"), std::string::npos);
  EXPECT_NE(text.find("I'm well p***ed off."), std::string::npos);
}

TEST(LoadDocument, LegacyEncodingIsReadWithADiagnostic) {
  TempFile file("legacy.txt", "Caf\xE9 \x93quoted\x94\r\nnext");
  Result<LoadedDocument> loaded = LoadDocument(file.path());
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->doc.text, "Caf\xC3\xA9 \"quoted\"\nnext");
  ASSERT_EQ(loaded->diagnostics.size(), 1u);
  EXPECT_EQ(loaded->diagnostics[0].code, "ingest.legacy-encoding");
}

TEST(LoadDocument, TextWithAPdfExtensionIsReadAsText) {
  TempFile file("really-text.pdf", "Plain text\n");
  Result<LoadedDocument> loaded = LoadDocument(file.path());
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->source.media_type, "text/plain");
  EXPECT_EQ(loaded->doc.text, "Plain text");
}

TEST(LoadDocument, HashesTheFileBytes) {
  TempFile file("abc.txt", "abc");
  Result<LoadedDocument> loaded = LoadDocument(file.path());
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->source.sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

struct ErrorCase {
  const char* name;
  std::string bytes;
  Code code;
  std::string message;
};

class LoadDocumentError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(LoadDocumentError, FailsWithOneLineReason) {
  TempFile file(GetParam().name, GetParam().bytes);
  LoadOptions options;
  options.max_bytes = 1000;
  Result<LoadedDocument> loaded = LoadDocument(file.path(), options);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), GetParam().code);
  EXPECT_EQ(loaded.status().message(), GetParam().message);
}

std::string Binary() {
  std::string bytes;
  for (int i = 0; i < 600; ++i) bytes += static_cast<char>((i * 7919) % 251);
  return bytes;
}

INSTANTIATE_TEST_SUITE_P(
    Errors, LoadDocumentError,
    ::testing::Values(
        ErrorCase{"empty", "", Code::kNoText, "empty file"},
        ErrorCase{"large", std::string(1001, 'a'), Code::kInvalidArgument,
                  "too large: 1001 bytes, the limit is 1000"},
        ErrorCase{"binary", Binary(), Code::kUnrecognised, "not text or PDF: binary content"}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) { return info.param.name; });

TEST(LoadDocument, MissingFileCannotBeRead) {
  Result<LoadedDocument> loaded = LoadDocument(::testing::TempDir() + "no-such-file.txt");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().message(), "cannot read: No such file or directory");
}

TEST(LoadDocument, UnreadableFileSaysPermissionDenied) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads any file";
  TempFile file("unreadable.txt", "secret");
  ASSERT_EQ(::chmod(file.path().c_str(), 0), 0);
  Result<LoadedDocument> loaded = LoadDocument(file.path());
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Code::kIoError);
  EXPECT_EQ(loaded.status().message(), "cannot read: Permission denied");
}

TEST(LoadDocument, APdfPageThatLostTextIsAnErrorAndPopplersWordsAreWarnings) {
  const std::string pdf = testing::PagesPdf(
      {testing::Stream("", testing::TextContent({"Page one"})),
       testing::FlateFailingAfter({"Page two, before the damage"})});
  Result<LoadedDocument> loaded = LoadDocumentFromBytes("half.pdf", pdf);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const std::vector<Diagnostic>& d = loaded->diagnostics;
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].level, "error");
  EXPECT_EQ(d[0].code, kUnreadPageCode);
  EXPECT_EQ(d[0].message, "page 2: its content is damaged (Bad block header in flate stream)");
  EXPECT_EQ(d[1].level, "warning");
  EXPECT_EQ(d[1].code, "ingest.pdf-message");
  EXPECT_EQ(d[1].message, "page 2: Poppler: Bad block header in flate stream");
  EXPECT_EQ(UnreadPages(d), std::vector<std::string>{d[0].message});
  // Should the document turn out unusable, this is why.
  EXPECT_EQ(loaded->incomplete.code(), Code::kCorrupt);
  EXPECT_EQ(loaded->incomplete.message(), "corrupt PDF: " + d[0].message);
}

// A document loaded whole, with one diagnostic: a warning with `code` and `message`.
void ExpectOneWarning(const Result<LoadedDocument>& loaded, const std::string& code, const std::string& message) {
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const std::vector<Diagnostic>& d = loaded->diagnostics;
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].level, "warning");
  EXPECT_EQ(d[0].code, code);
  EXPECT_EQ(d[0].message, message);
  EXPECT_TRUE(loaded->incomplete.ok());
}

// A page that paints but has no text lost its content to the text layer: it is
// named. A blank page lost nothing.
TEST(LoadDocument, APageOfDrawingsWithoutTextIsAWarningNamingIt) {
  const std::string pdf = testing::PagesPdf({testing::Stream("", testing::TextContent({"Page one"})),
                                             testing::Stream("", "0.2 g 100 300 400 400 re f"),
                                             testing::Stream("", "")});
  ExpectOneWarning(LoadDocumentFromBytes("chart.pdf", pdf), "ingest.page-without-text",
                   "page 2: no text, only images or drawings; nothing on it was read (OCR is not supported)");
}

// A page of text, its lines 14 pt apart, then a table whose rows are set 14 pt
// apart too: a short row, then questions filling their column beside the ratings at
// 360 pt. The second question's line could carry the row above on or start a row of
// its own, and nothing on the page tells which: its page is named.
TEST(LoadDocument, ATableWhoseRowsCannotBeToldFromItsCellsLinesIsAWarningNamingItsPage) {
  const std::string table =
      "BT /F1 11 Tf 60 780 Td (Leadership) Tj 300 0 Td (Good) Tj -300 -14 Td (Does assessment "
      "focus on engaging the service user?) Tj "
      "300 0 Td (Good) Tj -300 -14 Td (Does planning focus on keeping other people safe?) Tj "
      "300 0 Td (Inadequate) Tj ET";
  const std::string pdf = testing::PagesPdf(
      {testing::Stream("", testing::TextContent({"The inspection looked at the cases of forty",
                                                 "people supervised in the community and", "twenty "
                                                 "released from prison, and at the work",
                                                 "of the teams that supervise them."})),
       testing::Stream("", table)});
  ExpectOneWarning(LoadDocumentFromBytes("table.pdf", pdf), "layout.unaligned-table",
                   "page 2: a table's rows are set no further apart than the lines of its cells, so its "
                   "cells could not be aligned into rows; its rows may be read wrongly");
}

// A page of text in 11 pt, then a page whose 8 pt footnotes open with the end of a
// footnote the first page does not have (the next footnote's number raised): left
// out, and its page named.
TEST(LoadDocument, FootnoteTextCarryingOnNoFootnoteIsAWarningNamingItsPage) {
  const std::string notes =
      "BT /F1 8 Tf 60 100 Td (as at 31 March 2016, Ministry of Justice.) Tj ET "
      "BT /F1 5 Tf 60 95 Td (2) Tj ET BT /F1 8 Tf 66 90 Td (Figure for the Kent, Surrey and Sussex "
      "CRC.) Tj ET";
  const std::vector<std::string> text = {"The inspection looked at the cases of forty",
                                         "people supervised in the community and twenty",
                                         "released from prison, and at the work",
                                         "of the teams that supervise them."};
  const std::vector<std::string> more = {"Caseloads were manageable in most teams, but",
                                         "the number of vacancies in the northern offices",
                                         "was high."};
  const std::string pdf =
      testing::PagesPdf({testing::Stream("", testing::TextContent(text)),
                         testing::Stream("", testing::TextContent(more) + "\n" + notes)});
  ExpectOneWarning(
      LoadDocumentFromBytes("notes.pdf", pdf), "layout.footnote-continuation-left-out",
      "page 2: the footnotes open with text carrying on a footnote the page before does "
      "not have (a footnote set whole elsewhere, as in a side column, repeats its end); "
      "it was left out");
}

TEST(LoadDocument, AWholePdfIsComplete) {
  Result<LoadedDocument> loaded = LoadDocument(testing::SourcePath("corpus/pdf/kent.pdf"));
  ASSERT_TRUE(loaded.ok());
  EXPECT_TRUE(loaded->incomplete.ok());
  EXPECT_TRUE(loaded->diagnostics.empty());
}

}  // namespace
}  // namespace findings

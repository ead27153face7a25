#include "ingest/pdf_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "support/pdf_maker.h"

namespace findings {
namespace {

std::vector<std::string> OnePage(const std::string& content) {
  return {"<< /Type /Catalog /Pages 2 0 R >>",
          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
          "/Resources << /Font << /F1 5 0 R >> >> >>",
          "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
              "\nendstream",
          "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
}

TEST(ReadPdfText, ReadsTheTextOfAGeneratedPage) {
  std::string pdf = testing::AssemblePdf(OnePage("BT /F1 12 Tf 72 700 Td (Hello probation world) Tj ET"), "");
  Result<PdfText> text = ReadPdfText(pdf, "");
  ASSERT_TRUE(text.ok()) << text.status().message();
  EXPECT_EQ(text->pages, 1);
  EXPECT_EQ(text->text, "Hello probation world\n");
}

// A list whose bullets are drawn as small filled squares, not written (as Chromium
// draws an HTML list's discs): the items hang set in under a bold heading, and read
// as bullets. A quotation set in as far, with nothing drawn before it, stays as it is.
TEST(ReadPdfText, ReadsBulletsDrawnAsShapes) {
  // 10 pt lines 12 pt apart, paragraphs and items 20 pt apart.
  const auto line = [](int x, int y, const char* text) {
    return "BT /F1 10 Tf " + std::to_string(x) + " " + std::to_string(y) + " Td (" + text + ") Tj ET\n";
  };
  const auto square = [](int y) { return "q 78 " + std::to_string(y + 2) + " 3 3 re f Q\n"; };
  const std::string content =
      "BT /F2 11 Tf 72 760 Td (Strengths:) Tj ET\n" + square(740) +
      line(90, 740, "Staff know their cases well and they have") + line(90, 728, "manageable caseloads.") +
      square(708) + line(90, 708, "Managers are visible.") +
      line(72, 688, "The service had a clear vision and its leaders") +
      line(72, 676, "were visible to staff in every office of the") + line(72, 664, "region.") +
      line(72, 644, "A manager told us:") +
      line(90, 624, "\\223We are proud of our work and of the") +
      line(90, 612, "difference it makes.\\224") +
      line(72, 592, "Staff knew their cases well and they had") + line(72, 580, "manageable caseloads.");
  std::vector<std::string> objects = OnePage(content);
  objects[2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>";
  objects[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>");
  Result<PdfText> text = ReadPdfText(testing::AssemblePdf(objects, ""), "");
  ASSERT_TRUE(text.ok()) << text.status().message();
  EXPECT_EQ(text->text,
            "Strengths:\n"
            "\u2022 Staff know their cases well and they have manageable caseloads.\n"
            "\u2022 Managers are visible.\n"
            "The service had a clear vision and its leaders were visible to staff in every office of "
            "the region.\n"
            "A manager told us:\n"
            "\u201cWe are proud of our work and of the difference it makes.\u201d\n"
            "Staff knew their cases well and they had manageable caseloads.\n");
}

// A table set sideways under an upright title: its cells drawn with the text matrix
// turned a quarter anticlockwise, so that they run up the page, each row 14 pt right
// of the one before. Read with the page turned, after the title over it.
TEST(ReadPdfText, ReadsATableSetSidewaysWithThePageTurned) {
  const std::vector<std::vector<std::string>> rows = {
      {"Work", "Lowest", "Highest"},
      {"Risk of harm work", "64%", "81%"},
      {"Likelihood of reoffending work", "62%", "76%"}};
  std::string content = "BT /F1 10 Tf 60 800 Td (Scores of the earlier inspection) Tj ET\n";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const std::string x = std::to_string(200 + 14 * r);
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      const std::string y = std::to_string(c == 0 ? 100 : 340 + 60 * c);
      content += "BT /F1 10 Tf 0 1 -1 0 " + x + " " + y + " Tm (" + rows[r][c] + ") Tj ET\n";
    }
  }
  Result<PdfText> text = ReadPdfText(testing::AssemblePdf(OnePage(content), ""), "");
  ASSERT_TRUE(text.ok()) << text.status().message();
  EXPECT_EQ(text->text,
            "Scores of the earlier inspection\n"
            "Work\tLowest\tHighest\n"
            "Risk of harm work\t64%\t81%\n"
            "Likelihood of reoffending work\t62%\t76%\n");
}

TEST(ReadPdfText, APageWithoutTextHasNoTextLayer) {
  Result<PdfText> text = ReadPdfText(testing::AssemblePdf(OnePage(""), ""), "");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), Code::kNoText);
  EXPECT_EQ(text.status().message(),
            "no text layer: scanned or image-only PDF; OCR is not supported");
}

// A scanned page among pages of text: its number is kept, the text is read.
TEST(ReadPdfText, NamesAPageOfImagesAmongPagesOfText) {
  const std::string pdf = testing::AssemblePdf(
      {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
       "/Resources << /Font << /F1 7 0 R >> >> >>",
       testing::Stream("", "BT /F1 12 Tf 72 700 Td (Key facts) Tj ET"),
       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
       "<< /XObject << /Im1 8 0 R >> >> /Contents 6 0 R >>",
       testing::Stream("", "q 400 0 0 400 100 300 cm /Im1 Do Q"),
       "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
       testing::Stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 "
                       "/ColorSpace /DeviceGray /BitsPerComponent 8",
                       "\x80\x40\x40\x80")});
  Result<PdfText> text = ReadPdfText(pdf, "");
  ASSERT_TRUE(text.ok()) << text.status().message();
  EXPECT_EQ(text->text, "Key facts\n\f");
  EXPECT_EQ(text->pictured_pages, std::vector<int>{2});
}

TEST(ReadPdfText, GarbageAfterTheMagicIsCorrupt) {
  Result<PdfText> text = ReadPdfText("%PDF-1.4\nthis is not a PDF body at all\n", "");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), Code::kCorrupt);
  EXPECT_EQ(text.status().message().rfind("corrupt PDF: ", 0), 0u) << text.status().message();
}

TEST(ReadPdfText, AUserPasswordIsNeeded) {
  // Standard security handler entries that no empty password matches.
  std::vector<std::string> objects = OnePage("BT /F1 12 Tf 72 700 Td (secret) Tj ET");
  objects.push_back("<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + std::string(64, 'A') +
                    "> /U <" + std::string(64, 'B') + "> >>");
  std::string pdf = testing::AssemblePdf(objects, "/Encrypt 6 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
                                      "<0123456789ABCDEF0123456789ABCDEF>]");
  Result<PdfText> text = ReadPdfText(pdf, "");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), Code::kEncrypted);
  EXPECT_EQ(text.status().message(), "encrypted: a password is needed");
}

// Each page tree Poppler cannot make a page of is damaged, not scanned.
TEST(ReadPdfText, ABrokenPageTreeHasNoPages) {
  std::string loop = testing::TextPdf({{"Hello"}});
  loop.replace(loop.find("/Kids [4 0 R ]"), 14, "/Kids [2 0 R ]");  // the tree holds itself
  const std::pair<const char*, std::string> cases[] = {
      {"negative count", testing::NegativePageCountPdf()},
      {"no /Pages", testing::CatalogWithoutPagesPdf()},
      {"circular xref", testing::CircularXrefPdf()},
      {"a loop in the tree", loop}};
  for (const auto& [name, pdf] : cases) {
    Result<PdfText> text = ReadPdfText(pdf, "");
    ASSERT_FALSE(text.ok()) << name;
    EXPECT_EQ(text.status().code(), Code::kCorrupt) << name;
    EXPECT_EQ(text.status().message(), "corrupt PDF: no pages (the page tree is damaged)") << name;
  }
}

TEST(ReadPdfText, PopplersReasonIsGivenOnce) {
  Result<PdfText> text = ReadPdfText("%PDF-1.4\nthis is not a PDF body at all\n", "");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().message().find("error"), std::string::npos) << text.status().message();
}

TEST(ReadPdfText, AStreamThatFailsHalfWayIsNamedWithItsPage) {
  const std::string pdf = testing::PagesPdf(
      {testing::Stream("", testing::TextContent({"Page one"})),
       testing::FlateFailingAfter({"Page two, before the damage"})});
  Result<PdfText> text = ReadPdfText(pdf, "");
  ASSERT_TRUE(text.ok()) << text.status().message();
  // What came before the damage is read; the page is said to be damaged.
  EXPECT_EQ(text->text, "Page one\n\fPage two, before the damage\n");
  ASSERT_EQ(text->unread_pages.size(), 1u);
  EXPECT_EQ(text->unread_pages[0].page, 2);
  EXPECT_EQ(text->unread_pages[0].loss, PageLoss::kDamaged);
  // A block of the reserved type 3 (0xff: final, type 11) is a bad block header.
  EXPECT_EQ(DescribeUnreadPage(text->unread_pages[0]),
            "page 2: its content is damaged (Bad block header in flate stream)");
  ASSERT_FALSE(text->messages.empty());
  EXPECT_EQ(text->messages[0].page, 2);
  EXPECT_EQ(text->messages[0].text, "Bad block header in flate stream");
}

TEST(ReadPdfText, ADamagedPageWithoutTextIsTheReasonNotAScan) {
  // 0xff 0xff is no zlib header: compression method 15.
  const std::string pdf =
      testing::PagesPdf({testing::Stream("/Filter /FlateDecode", std::string(64, '\xff'))});
  Result<PdfText> text = ReadPdfText(pdf, "");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), Code::kCorrupt);
  EXPECT_EQ(text.status().message(),
            "corrupt PDF: page 1: its content is damaged (Unknown compression method in flate "
            "stream)");
}

TEST(ReadPdfText, KeepsTheFirstMessagesAndCountsTheRest) {
  // Each of 500 unknown operators is one complaint.
  std::string content = "BT /F1 12 Tf 72 700 Td (Words) Tj ET\n";
  for (int i = 0; i < 500; ++i) content += "nonsense" + std::to_string(i) + "\n";
  Result<PdfText> text = ReadPdfText(testing::PagesPdf({testing::Stream("", content)}), "");
  ASSERT_TRUE(text.ok()) << text.status().message();
  EXPECT_EQ(text->messages.size(), PopplerLog::kMaxMessages);
  EXPECT_EQ(text->messages.size() + text->more_messages, 500u);
  EXPECT_EQ(text->messages[0].text, "Unknown operator 'nonsense0'");
  EXPECT_TRUE(text->unread_pages.empty());  // an odd operator loses no text
}

}  // namespace
}  // namespace findings

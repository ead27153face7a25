#include "ingest/pdf_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bad_input/pdf_maker.h"

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

TEST(ReadPdfTextTest, ReadsTheTextOfAGeneratedPage) {
  std::string pdf = testing::AssemblePdf(OnePage("BT /F1 12 Tf 72 700 Td (Hello probation world) Tj ET"), "");
  Result<PdfText> text = ReadPdfText(pdf, "");
  ASSERT_TRUE(text.ok()) << text.status().message();
  EXPECT_EQ(text->pages, 1);
  EXPECT_EQ(text->text, "Hello probation world\n");
}

TEST(ReadPdfTextTest, APageWithoutTextHasNoTextLayer) {
  Result<PdfText> text = ReadPdfText(testing::AssemblePdf(OnePage(""), ""), "");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), Code::kNoText);
  EXPECT_EQ(text.status().message(),
            "no text layer: scanned or image-only PDF; OCR is not supported");
}

TEST(ReadPdfTextTest, GarbageAfterTheMagicIsCorrupt) {
  Result<PdfText> text = ReadPdfText("%PDF-1.4\nthis is not a PDF body at all\n", "");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), Code::kCorrupt);
  EXPECT_EQ(text.status().message().rfind("corrupt PDF: ", 0), 0u) << text.status().message();
}

TEST(ReadPdfTextTest, AUserPasswordIsNeeded) {
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

}  // namespace
}  // namespace findings

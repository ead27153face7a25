#include "ingest/page_marks.h"

#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <string>

#include "support/pdf_maker.h"

namespace findings {
namespace {

// Whether the one page of content `content` paints anything.
bool Paints(const std::string& content) {
  const std::string pdf = testing::PagesPdf({testing::Stream("", content)});
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!doc) return false;
  std::unique_ptr<poppler::page> page(doc->create_page(0));
  return page && PaintsAnything(*page);
}

TEST(PaintsAnything, ABlankPageDoesNot) { EXPECT_FALSE(Paints("")); }

TEST(PaintsAnything, AGreySquareDoes) { EXPECT_TRUE(Paints("0.5 g 100 300 200 200 re f")); }

TEST(PaintsAnything, APaperColouredSquareDoesNot) { EXPECT_FALSE(Paints("1 g 100 300 200 200 re f")); }

}  // namespace
}  // namespace findings

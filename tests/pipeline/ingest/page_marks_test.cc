#include "ingest/page_marks.h"

#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

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

// What DrawnAcross finds right across `box` on the one page of content `content`
// (842 pt tall: PDF's y grows upwards, the layout's downwards).
std::vector<std::pair<double, double>> DrawnAcross(const std::string& content, const PdfBox& box) {
  const std::string pdf = testing::PagesPdf({testing::Stream("", content)});
  std::shared_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!doc) return {{-1, -1}};
  PdfPage page;
  AttachDrawing(InkOfDocument(doc), std::unique_ptr<poppler::page>(doc->create_page(0)), page);
  return page.drawn_across(box);
}

constexpr PdfBox kGutter{290, 300, 306, 520};

TEST(DrawnAcross, FindsALightRuleRightAcrossTheBox) {
  // A grey hairline at y 842 - 400 = 442, from x 100 to 500.
  const auto found = DrawnAcross("0.7 G 0.75 w 100 400 m 500 400 l S", kGutter);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NEAR(found[0].first, 442, 1);
  EXPECT_NEAR(found[0].second, 442, 1);
}

TEST(DrawnAcross, FindsEachShadedRowAndRuleApart) {
  const auto found =
      DrawnAcross("0.9 g 100 380 400 20 re f 0.5 G 1 w 100 340 m 500 340 l S", kGutter);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_NEAR(found[0].first, 442, 1);
  EXPECT_NEAR(found[0].second, 462, 1);
  EXPECT_NEAR(found[1].first, 502, 1);
}

TEST(DrawnAcross, FindsNothingThatStopsShortOfTheBoxsEdge) {
  EXPECT_TRUE(DrawnAcross("0 G 1 w 100 400 m 300 400 l S", kGutter).empty());
  EXPECT_TRUE(DrawnAcross("0 G 1 w 298 300 m 298 500 l S", kGutter).empty());  // a column rule
}

TEST(DrawnAcross, FindsNothingPaperColoured) {
  EXPECT_TRUE(DrawnAcross("1 g 100 380 400 20 re f", kGutter).empty());
}

}  // namespace
}  // namespace findings

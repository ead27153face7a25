#include "ingest/page_marks.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace findings {
namespace {

// Dots per inch: an A4 page is 70 by 99 pixels, enough for a picture or a chart
// (a scan's grey), not for a hairline, which is no lost content either.
constexpr double kResolution = 9;

// Lighter than this (of 255) is paper: a scan's off-white background is not a mark.
constexpr unsigned char kPaper = 250;

// Ink: pixels per point where a page's drawing is looked at (a bullet of a third of an
// em in 9 pt type is 4 pixels across), and darker than this (of 255) is ink, not a
// box's shading or a light rule.
constexpr double kInkPixelsPerPoint = 1.5;
constexpr unsigned char kInk = 128;

}  // namespace

class DocumentInk {
 public:
  explicit DocumentInk(std::shared_ptr<poppler::document> document) : document_(std::move(document)) {}

  // The pages are destroyed before the document they belong to.
  ~DocumentInk() { pages_.clear(); }

  int Add(std::unique_ptr<poppler::page> page) {
    pages_.push_back(std::move(page));
    return static_cast<int>(pages_.size()) - 1;
  }

  std::optional<PdfBox> InkIn(int slot, const PdfBox& box) {
    const int x0 = std::max(0, static_cast<int>(std::floor(box.left * kInkPixelsPerPoint)));
    const int y0 = std::max(0, static_cast<int>(std::floor(box.top * kInkPixelsPerPoint)));
    const int x1 = static_cast<int>(std::ceil(box.right * kInkPixelsPerPoint));
    const int y1 = static_cast<int>(std::ceil(box.bottom * kInkPixelsPerPoint));
    if (slot != rendered_ || x0 < strip_left_ || x1 > strip_left_ + image_.width()) Render(slot, x0, x1);
    if (!image_.is_valid() || image_.format() != poppler::image::format_gray8) return std::nullopt;
    int left = x1, top = y1, right = -1, bottom = -1;
    for (int y = y0; y < std::min(y1, image_.height()); ++y) {
      const char* row = image_.const_data() + static_cast<std::ptrdiff_t>(y) * image_.bytes_per_row();
      for (int x = x0; x < std::min(x1, strip_left_ + image_.width()); ++x) {
        if (static_cast<unsigned char>(row[x - strip_left_]) >= kInk) continue;
        left = std::min(left, x);
        right = std::max(right, x);
        top = std::min(top, y);
        bottom = std::max(bottom, y);
      }
    }
    if (right < 0) return std::nullopt;
    return PdfBox{left / kInkPixelsPerPoint, top / kInkPixelsPerPoint, (right + 1) / kInkPixelsPerPoint,
                  (bottom + 1) / kInkPixelsPerPoint};
  }

 private:
  // A strip of the page, its full height, around [x0, x1) (pixels): most of a page's
  // questions are about one column's margin, and rendering a strip costs a fraction
  // of the page.
  void Render(int slot, int x0, int x1) {
    rendered_ = slot;
    image_ = poppler::image();
    const std::unique_ptr<poppler::page>& page = pages_[static_cast<std::size_t>(slot)];
    if (!poppler::page_renderer::can_render() || !page) return;
    const poppler::rectf media = page->page_rect(poppler::media_box);
    strip_left_ = std::max(0, x0 - kStripMargin);
    const int width = x1 + kStripMargin - strip_left_;
    const int height = static_cast<int>(std::ceil(media.height() * kInkPixelsPerPoint));
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    image_ = renderer.render_page(page.get(), 72 * kInkPixelsPerPoint, 72 * kInkPixelsPerPoint, strip_left_,
                                  0, width, height);
  }

  static constexpr int kStripMargin = 40;  // pixels either side of the first question's box

  std::shared_ptr<poppler::document> document_;
  std::vector<std::unique_ptr<poppler::page>> pages_;
  int rendered_ = -1;
  int strip_left_ = 0;
  poppler::image image_;
};

std::shared_ptr<DocumentInk> InkOfDocument(std::shared_ptr<poppler::document> document) {
  return std::make_shared<DocumentInk>(std::move(document));
}

InkProbe InkOfPage(const std::shared_ptr<DocumentInk>& ink, std::unique_ptr<poppler::page> page) {
  const int slot = ink->Add(std::move(page));
  return [ink, slot](const PdfBox& box) { return ink->InkIn(slot, box); };
}

bool PaintsAnything(const poppler::page& page) {
  if (!poppler::page_renderer::can_render()) return false;
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  const poppler::image image = renderer.render_page(&page, kResolution, kResolution);
  if (!image.is_valid() || image.format() != poppler::image::format_gray8) return false;
  const char* row = image.const_data();
  for (int y = 0; y < image.height(); ++y, row += image.bytes_per_row()) {
    for (int x = 0; x < image.width(); ++x) {
      if (static_cast<unsigned char>(row[x]) < kPaper) return true;
    }
  }
  return false;
}

}  // namespace findings

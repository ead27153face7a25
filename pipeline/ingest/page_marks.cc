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
    const std::optional<Pixels> pixels = RenderedRound(slot, box);
    if (!pixels) return std::nullopt;
    int left = pixels->x1, top = pixels->y1, right = -1, bottom = -1;
    for (int y = pixels->y0; y < pixels->y1; ++y) {
      for (int x = pixels->x0; x < pixels->x1; ++x) {
        if (Pixel(x, y) >= kInk) continue;
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

  std::vector<std::pair<double, double>> DrawnAcross(int slot, const PdfBox& box) {
    std::vector<std::pair<double, double>> bands;
    const std::optional<Pixels> pixels = RenderedRound(slot, box);
    if (!pixels || pixels->x1 <= pixels->x0) return bands;
    bool open = false;
    for (int y = pixels->y0; y < pixels->y1; ++y) {
      bool across = true;
      for (int x = pixels->x0; x < pixels->x1 && across; ++x) across = Pixel(x, y) < kPaper;
      if (across && open) bands.back().second = (y + 1) / kInkPixelsPerPoint;
      else if (across) bands.emplace_back(y / kInkPixelsPerPoint, (y + 1) / kInkPixelsPerPoint);
      open = across;
    }
    return bands;
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

  // A box in the page's pixels, [x0, x1) by [y0, y1), within the rendered strip.
  struct Pixels {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  };

  // `box` in pixels, its page's strip round it rendered; none where the page cannot be.
  std::optional<Pixels> RenderedRound(int slot, const PdfBox& box) {
    Pixels p{std::max(0, static_cast<int>(std::floor(box.left * kInkPixelsPerPoint))),
             std::max(0, static_cast<int>(std::floor(box.top * kInkPixelsPerPoint))),
             static_cast<int>(std::ceil(box.right * kInkPixelsPerPoint)),
             static_cast<int>(std::ceil(box.bottom * kInkPixelsPerPoint))};
    if (slot != rendered_ || p.x0 < strip_left_ || p.x1 > strip_left_ + image_.width())
      Render(slot, p.x0, p.x1);
    if (!image_.is_valid() || image_.format() != poppler::image::format_gray8) return std::nullopt;
    p.x1 = std::min(p.x1, strip_left_ + image_.width());
    p.y1 = std::min(p.y1, image_.height());
    return p;
  }

  // The grey of the page's pixel (x, y), within the rendered strip.
  unsigned char Pixel(int x, int y) const {
    return static_cast<unsigned char>(
        image_.const_data()[static_cast<std::ptrdiff_t>(y) * image_.bytes_per_row() + x -
                            strip_left_]);
  }

  std::shared_ptr<poppler::document> document_;
  std::vector<std::unique_ptr<poppler::page>> pages_;
  int rendered_ = -1;
  int strip_left_ = 0;
  poppler::image image_;
};

std::shared_ptr<DocumentInk> InkOfDocument(std::shared_ptr<poppler::document> document) {
  return std::make_shared<DocumentInk>(std::move(document));
}

void AttachDrawing(const std::shared_ptr<DocumentInk>& ink, std::unique_ptr<poppler::page> page,
                   PdfPage& into) {
  const int slot = ink->Add(std::move(page));
  into.ink = [ink, slot](const PdfBox& box) { return ink->InkIn(slot, box); };
  into.drawn_across = [ink, slot](const PdfBox& box) { return ink->DrawnAcross(slot, box); };
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

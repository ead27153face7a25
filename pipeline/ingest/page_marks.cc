#include "ingest/page_marks.h"

#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

namespace findings {
namespace {

// Dots per inch: an A4 page is 70 by 99 pixels, enough for a picture or a chart
// (a scan's grey), not for a hairline, which is no lost content either.
constexpr double kResolution = 9;

// Lighter than this (of 255) is paper: a scan's off-white background is not a mark.
constexpr unsigned char kPaper = 250;

}  // namespace

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

#include "layout/turned_text.h"

#include <algorithm>
#include <utility>

namespace findings {

PdfWord TurnedUpright(const PdfWord& word, double width, double height) {
  PdfWord up = word;
  up.turn = 0;
  switch (word.turn) {
    case 1:  // top to bottom: the page turned a quarter anticlockwise, its right edge the top
      up.left = word.top;
      up.right = word.bottom;
      up.top = width - word.right;
      up.bottom = width - word.left;
      break;
    case 2:  // upside down: the page turned half round
      up.left = width - word.right;
      up.right = width - word.left;
      up.top = height - word.bottom;
      up.bottom = height - word.top;
      break;
    case 3:  // bottom to top: the page turned a quarter clockwise, its left edge the top
      up.left = height - word.bottom;
      up.right = height - word.top;
      up.top = word.left;
      up.bottom = word.right;
      break;
    default: break;
  }
  return up;
}

std::vector<TurnedFrame> TakeTurnedText(PdfPage& page) {
  const auto turned = [](const PdfWord& w) { return w.turn != 0; };
  if (std::none_of(page.words.begin(), page.words.end(), turned)) return {};
  std::vector<TurnedFrame> frames;
  for (int turn = 1; turn <= 3; ++turn) {
    TurnedFrame frame;
    frame.turn = turn;
    const bool quarter = turn % 2 == 1;
    frame.page.width = quarter ? page.height : page.width;
    frame.page.height = quarter ? page.width : page.height;
    frame.top = page.height;
    for (const PdfWord& w : page.words) {
      if (w.turn != turn) continue;
      frame.page.words.push_back(TurnedUpright(w, page.width, page.height));
      frame.top = std::min(frame.top, w.top);
      frame.bottom = std::max(frame.bottom, w.bottom);
    }
    if (!frame.page.words.empty()) frames.push_back(std::move(frame));
  }
  page.words.erase(std::remove_if(page.words.begin(), page.words.end(), turned), page.words.end());
  return frames;
}

bool ReadsBeforeText(const TurnedFrame& frame, const std::vector<Region>& regions) {
  double top = -1, bottom = -1;
  for (const Region& region : regions) {
    for (const PdfLine& line : region.lines) {
      top = top < 0 ? line.top : std::min(top, line.top);
      bottom = std::max(bottom, line.bottom);
    }
  }
  return top >= 0 && frame.top + frame.bottom < top + bottom;
}

}  // namespace findings

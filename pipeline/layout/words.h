// A PDF page's words with their boxes and type: what the layout works from, free of
// Poppler types so that the layout can be tested on made-up pages.
#ifndef FINDINGS_LAYOUT_WORDS_H_
#define FINDINGS_LAYOUT_WORDS_H_

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace findings {

struct PdfWord {
  std::string text;  // UTF-8
  double left = 0, top = 0, right = 0, bottom = 0;  // points, y grows downwards
  bool space_after = false;
  double font_size = 0;  // points; 0 when the PDF gave none
  bool bold = false, italic = false;
  // How the word's text runs on the page, in quarter turns (Poppler's rotation): 0
  // left to right, 1 top to bottom, 2 upside down, 3 bottom to top. The box is the
  // page's, whatever the turn (layout/turned_text.h reads turned words upright).
  int turn = 0;
  double height() const { return bottom - top; }
};

struct PdfBox {
  double left = 0, top = 0, right = 0, bottom = 0;  // points, y grows downwards
};

// Where ink is drawn inside a box of the page, if anywhere: the smallest box around
// it. What the text layer does not hold, such as a list's bullets drawn as shapes.
using InkProbe = std::function<std::optional<PdfBox>(const PdfBox&)>;

// Where something is drawn right across a box, however light (a table's rule, a
// shaded row): the ranges top to bottom, each its top and bottom.
using DrawnAcrossProbe = std::function<std::vector<std::pair<double, double>>(const PdfBox&)>;

struct PdfPage {
  double width = 0, height = 0;
  std::vector<PdfWord> words;  // in Poppler's reading order
  InkProbe ink;                // none for a page made up without its drawing
  DrawnAcrossProbe drawn_across;  // likewise
};

}  // namespace findings

#endif  // FINDINGS_LAYOUT_WORDS_H_

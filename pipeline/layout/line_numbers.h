// Line numbers: a rail of numbers down the left of the text, one level with each line
// it numbers (LaTeX's lineno, a draft's or a legal text's numbered lines), counting
// the lines. A reader does not read them as the text's: they are dropped before the
// pages are laid out, so that they open no table cell beside each line.
#ifndef FINDINGS_LAYOUT_LINE_NUMBERS_H_
#define FINDINGS_LAYOUT_LINE_NUMBERS_H_

#include <vector>

#include "layout/words.h"

namespace findings {

// Each page's words (`pages`, running lines removed) without its line numbers. A page
// shows a rail of them where kLeastLineNumbers numbers at least, each opening a line,
// stand one under the other flush on one edge (right or left) in a strip no other word
// of the page enters, count up in one step down the page (1, 2, 3 …; 5, 10, 15 … where
// every fifth line is numbered), the closest two a line's pitch apart for each step,
// most of the lines of text they number in the body's type (a footnote's number
// hanging in the margin numbers a note, in smaller type). On a page with too few lines
// to show it (a title page, a page of figures), the numbers at a rail that two pages at
// least show, on its edge and in its type, are line numbers too, where they stand in a
// strip of their own and count up in one step.
std::vector<std::vector<PdfWord>> WithoutLineNumbers(std::vector<std::vector<PdfWord>> pages);

// Fewer numbers than this down a page show no rail.
inline constexpr int kLeastLineNumbers = 3;

}  // namespace findings

#endif  // FINDINGS_LAYOUT_LINE_NUMBERS_H_

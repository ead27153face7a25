// The one normaliser: UTF-8 text in, a Document (findings/document.h) out.
//
// Both inputs come through here: a text file's decoded contents, and the blocks
// the PDF reader lays out (one per line, '\t' between table cells, '\f' between
// pages, footnote references as superscript digits).
#ifndef FINDINGS_NORMALISE_TEXT_NORMALISER_H_
#define FINDINGS_NORMALISE_TEXT_NORMALISER_H_

#include <string>
#include <string_view>
#include <vector>

#include "findings/document.h"

namespace findings {

struct NormaliseOptions {
  // Text renditions carry markdown/HTML; a PDF's text has none to remove (and a
  // literal '*' or '<' in it is text).
  bool strip_markup = true;
  // What the layout read each input line as (one per line, '\f' ending a line too), if
  // it says: a heading its type shows. kParagraph leaves the line to its form.
  const std::vector<BlockKind>* line_kinds = nullptr;
};

// Lines end at "\n", "\r\n" or "\r"; '\f' ends a page (and a line) and makes the
// Document's page map: page_starts is empty when the text has no form feed.
Document NormaliseText(std::string_view utf8, const NormaliseOptions& options = {});

// One line through the same steps (no page or line splitting); "" if nothing is left.
std::string NormaliseLine(std::string_view line, const NormaliseOptions& options = {});

}  // namespace findings

#endif  // FINDINGS_NORMALISE_TEXT_NORMALISER_H_

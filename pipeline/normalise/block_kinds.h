// What each block of a normalised document is (findings/document.h, BlockKind).
#ifndef FINDINGS_NORMALISE_BLOCK_KINDS_H_
#define FINDINGS_NORMALISE_BLOCK_KINDS_H_

#include <string_view>

#include "findings/document.h"

namespace findings {

// The kind of every line still a kParagraph, from its form: a table row (IsTableRow),
// a list item ("• text", "12.\ttext"), or a footnote's text: its number, a blank and
// a capital or an opening quote ("3 Ministry of Justice …", "5 'Transforming …'")
// where the text cites that footnote ("[^3]") before it. What the normaliser already
// knew of a line (a footnote's number set raised, a heading's mark) it has set.
void ClassifyBlocks(Document& doc);

// Whether `block` is a numbered item whose number a tab sets off: "12.\tText".
bool IsNumberedItem(std::string_view block);

}  // namespace findings

#endif  // FINDINGS_NORMALISE_BLOCK_KINDS_H_

// Paragraph numbers: a committee paper or a typescript numbers its paragraphs 1, 2,
// 3 … through the whole document, across its chapters, whatever a list inside it
// numbers its own items. The numbers are the layout's, not the text's: the same
// report set without them reads the same. Such a sequence numbers most of the
// document's paragraphs, where a list numbers a few, and runs over its pages; it is
// dropped, and a list's own numbers, which the sequence does not take, stay.
#ifndef FINDINGS_LAYOUT_PARAGRAPH_NUMBERS_H_
#define FINDINGS_LAYOUT_PARAGRAPH_NUMBERS_H_

#include <string>
#include <vector>

namespace findings {

// `pages` holds each page's blocks ("12.\tThe CRC had …").
void DropParagraphNumbers(std::vector<std::vector<std::string>>& pages);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_PARAGRAPH_NUMBERS_H_

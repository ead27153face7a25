// Lines set in capitals by the typesetter (a style's "all caps", CSS text-transform):
// the PDF's text is then in capitals, where the document writes the same words in
// their own case elsewhere, in its contents page above all. Such a line is read as
// the document writes it there, so that "1. OVERALL JUDGEMENTS AND RECOMMENDATIONS"
// is the chapter its contents list. A line with no such twin has each word written as
// the document writes it most often ("DURHAM TEES VALLEY CRC SHOULD:" → "Durham Tees
// Valley CRC should:"), where the document writes every word elsewhere and the line
// has two at least. Otherwise it is left as printed: its case cannot be told (a name,
// a label an author typed in capitals).
#ifndef FINDINGS_LAYOUT_CAPITALS_H_
#define FINDINGS_LAYOUT_CAPITALS_H_

#include <string>
#include <vector>

namespace findings {

// `pages` holds each page's blocks; a table row's cells are separated by '\t'.
void RestoreCapitalisedLines(std::vector<std::vector<std::string>>& pages);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_CAPITALS_H_

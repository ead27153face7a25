// Lines set in capitals by the typesetter (a style's "all caps", CSS text-transform):
// the PDF's text is then in capitals, where the document writes the same words in
// their own case elsewhere, in its contents page above all. Such a line is read as
// the document writes it there, so that "1. OVERALL JUDGEMENTS AND RECOMMENDATIONS"
// is the chapter its contents list. A line in capitals with no twin in another case is
// left as printed: its case cannot be told (an acronym, a name).
#ifndef FINDINGS_LAYOUT_CAPITALS_H_
#define FINDINGS_LAYOUT_CAPITALS_H_

#include <string>
#include <vector>

namespace findings {

// `pages` holds each page's blocks; a table row's cells are separated by '\t'.
void RestoreCapitalisedLines(std::vector<std::vector<std::string>>& pages);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_CAPITALS_H_

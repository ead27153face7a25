// The layout stage: lays out the words of a PDF's pages (with their boxes and fonts)
// as the normaliser's input, one block per line: a heading, a paragraph with its line
// wraps joined and hyphenation repaired, a list item, a table row with '\t' between
// cells, a footnote. Pages are separated by '\f'.
//
// What Poppler gives (words, their boxes, fonts and reading order) is taken as it is;
// this stage adds what a reader sees on the page: running headers and footers
// dropped, columns read one after the other, paragraphs told apart by their spacing
// and type, table rows read across, footnotes kept apart from the body, and words
// broken at line ends made whole.
#ifndef FINDINGS_LAYOUT_PAGE_LAYOUT_H_
#define FINDINGS_LAYOUT_PAGE_LAYOUT_H_

#include <string>
#include <vector>

#include "findings/document.h"
#include "layout/words.h"

namespace findings {

// The pages (from 1) where the layout read something it could not be sure of, or
// left something out, for the document's diagnostics.
struct LayoutNotes {
  // A table whose rows could not be told from its cells' wrapped lines
  // (HasUnalignedTable): read as it stands.
  std::vector<int> unaligned_table_pages;
  // Footnote text carrying on a footnote the page before does not have
  // (JoinFootnoteContinuations): left out.
  std::vector<int> footnote_continuation_pages;
};

// `notes`, if given, gets the LayoutNotes. `line_kinds`, if given, gets one kind per
// line of the text (the empty line before each '\f' too): kHeading for a heading the
// page's type shows (layout/headings.h), else kParagraph.
std::string LayOutPages(std::vector<PdfPage> pages, LayoutNotes* notes = nullptr,
                        std::vector<BlockKind>* line_kinds = nullptr);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_PAGE_LAYOUT_H_

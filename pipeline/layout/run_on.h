// Paragraphs that run on from the foot of one column or page to the head of the next
// where the next column starts with a capital (a name, an acronym), so that no
// lower-case letter gives the run-on away. A reader sees it from the page: the last
// line stops mid-sentence (it ends open, by EndsOpen of findings/document.h, the
// page-break rule's), the column is full to its foot, that line is full (the
// next word would not have fitted on it), and the next column starts with a line of
// the same type, not indented, not an item or a footnote.
//
// A break that falls at a sentence's end is a paragraph's end, unless the text is
// justified and that line was stretched to the measure, its word spaces wider than
// the body's own: justification stretches every line of a paragraph but its last.
// (Without the stretch, tried on the 41 test PDFs, the same signs joined 3 such
// breaks rightly and 14 wrongly: a paragraph's last line is as often nearly full.)
#ifndef FINDINGS_LAYOUT_RUN_ON_H_
#define FINDINGS_LAYOUT_RUN_ON_H_

#include <vector>

#include "layout/columns.h"
#include "layout/lines.h"
#include "layout/words.h"

namespace findings {

// The document's body type: the size most words are set in, or (for a PDF that gives
// no sizes) their height.
struct BodyType {
  double font_size = 0;
  double height = 0;
  // The space between words of body lines that are not stretched, per point of
  // type (0 when unknown): the one most lines of many words show.
  double word_space = 0;
  bool Matches(const PdfPiece& piece) const;
};

BodyType MeasureBodyType(const std::vector<PdfPage>& pages);

// `body` with its word_space measured on the pages' regions.
BodyType WithWordSpace(BodyType body, const std::vector<std::vector<Region>>& regions);

// The bottom of the region's last line in body type (footnotes below it aside), or 0.
double BodyFootBottom(const Region& region, const BodyType& body);

// Whether the text at the head of `next` carries on the paragraph at the foot of
// `region`. `floor`: how low a full column's last line reaches (the page's other
// columns, or the document's full pages).
bool RunsOnMidSentence(const Region& region, const Region& next, double floor,
                         const BodyType& body);

// Whether a passage set in from the body's left (a box's text inside its padding, an
// indented quotation) at the foot of `region` carries on at the head of `next`: the
// region's last two lines and the next's first two, in body type, are set in by one
// inset, the column is full to its floor, and the last line was full for the
// passage's measure (its widest line either side): the next word would not have
// fitted. However its last line ends: a box a page breaks is one box, and text that
// leaves a set-in passage goes back to the body's edge; but a justified passage's last
// line at the body's own spaces, under a stretched one, ended its paragraph (one box
// over the next). The inset is measured in ems of the type where the PDF gives its
// size: a padding is set in the type's measure, whatever its boxes' height.
bool CarriesSetInPassageOn(const Region& region, const Region& next, double floor,
                           const BodyType& body);

// Whether the head of `next` carries on a table row the page broke at the foot of
// `region` (a word processor lets a row break across pages, and need not repeat the
// table's header): the region's last line is a row of cells reaching the floor, one
// cell of which stops mid-sentence (EndsOpen), and `next` starts with a line of one
// piece in that cell's type that stands inside the cell: its left at the cell's, its
// right short of the next cell's left and of where the column's cells wrap (a
// paragraph across the page is no cell's rest). Capitals and all ("Compliance and" /
// "Enforcement work").
bool RunsOnInCell(const Region& region, const Region& next, double floor, const BodyType& body);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_RUN_ON_H_

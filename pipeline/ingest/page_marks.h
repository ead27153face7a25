// Whether a page without text paints anything: what tells a page of images or
// drawings (a scan, a chart, a photograph: content the text layer lost) from a
// blank page.
#ifndef FINDINGS_INGEST_PAGE_MARKS_H_
#define FINDINGS_INGEST_PAGE_MARKS_H_

#include <memory>

#include "layout/words.h"

namespace poppler {
class document;
class page;
}

namespace findings {

// The page rendered small, in grey: any pixel not white is a mark.
bool PaintsAnything(const poppler::page& page);

// What is drawn on a page, in grey, rendered when first asked for: most pages never
// are. The pages of one document share one rendering (the last page asked about), so
// they are best asked in turn. Each page keeps the document open.
class DocumentInk;
std::shared_ptr<DocumentInk> InkOfDocument(std::shared_ptr<poppler::document> document);
// Gives `into` its probes of the page's drawing (PdfPage::ink, PdfPage::drawn_across).
void AttachDrawing(const std::shared_ptr<DocumentInk>& ink, std::unique_ptr<poppler::page> page,
                   PdfPage& into);

}  // namespace findings

#endif  // FINDINGS_INGEST_PAGE_MARKS_H_

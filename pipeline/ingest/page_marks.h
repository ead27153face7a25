// Whether a page without text paints anything: what tells a page of images or
// drawings (a scan, a chart, a photograph: content the text layer lost) from a
// blank page.
#ifndef FINDINGS_INGEST_PAGE_MARKS_H_
#define FINDINGS_INGEST_PAGE_MARKS_H_

namespace poppler {
class page;
}

namespace findings {

// The page rendered small, in grey: any pixel not white is a mark.
bool PaintsAnything(const poppler::page& page);

}  // namespace findings

#endif  // FINDINGS_INGEST_PAGE_MARKS_H_

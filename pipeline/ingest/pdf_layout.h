// Lays out the words of PDF pages as normaliser input: blocks one per line.
#ifndef FINDINGS_INGEST_PDF_LAYOUT_H_
#define FINDINGS_INGEST_PDF_LAYOUT_H_

#include <string>
#include <vector>

#include "ingest/pdf_words.h"

namespace findings {

// Pages are separated by '\f'.
std::string LayOutPages(const std::vector<PdfPage>& pages);

}  // namespace findings

#endif  // FINDINGS_INGEST_PDF_LAYOUT_H_

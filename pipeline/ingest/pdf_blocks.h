// Turns the lines of one page region (a page, or one column of it) into blocks:
// paragraphs joined from their lines, table rows with '\t' between cells, and the
// key-facts panel's "• value description" items.
#ifndef FINDINGS_INGEST_PDF_BLOCKS_H_
#define FINDINGS_INGEST_PDF_BLOCKS_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "ingest/pdf_lines.h"
#include "ingest/pdf_spacing.h"

namespace findings {

// Words of the whole document (lower case), to tell a line-end hyphen that splits a
// word ("proba-" "tion" → "probation") from one that belongs to it ("post-release").
struct Vocabulary {
  std::unordered_set<std::string> words;
  // The typesetter breaks words at line ends (justified reports do; ragged-right
  // ones break lines only at the hyphens of compounds). Decides the words the
  // document spells nowhere else.
  bool breaks_words = false;
};

void AddToVocabulary(const std::string& text, Vocabulary& vocabulary);

// Sets vocabulary.breaks_words from the line-end hyphens whose word the document
// spells elsewhere: more of them written whole than with the hyphen.
void DecideWordBreaking(const std::vector<std::string>& words_in_order, Vocabulary& vocabulary);

// Joins two lines of one paragraph, repairing a hyphenated word across them.
std::string JoinWrappedLines(const std::string& first, const std::string& second,
                             const Vocabulary& vocabulary);

// One string per block, in reading order.
std::vector<std::string> BuildBlocks(const std::vector<PdfLine>& lines,
                                     const Vocabulary& vocabulary, const LineSpacing& spacing);

}  // namespace findings

#endif  // FINDINGS_INGEST_PDF_BLOCKS_H_

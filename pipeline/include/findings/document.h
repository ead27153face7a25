// Document: a report's normalised text, the only thing a plugin reads.
//
// The normaliser (pipeline/normalise) builds it the same way from a PDF and from a
// text file, so a plugin never knows which it came from. The text contract:
//   - UTF-8, Unicode NFC; ligatures decomposed (ﬁ → fi); ‘ ’ → ' and “ ” → ";
//     the hyphens U+2010 and U+2011 → "-";
//     en and em dashes kept as – and —; non-breaking and odd spaces → ' '.
//   - One block per line, lines separated by '\n', no empty lines. A block is a
//     heading, a paragraph (line wraps joined, hyphenation repaired), a bullet item
//     (always starting "• "), or a table row (cells separated by '\t').
//   - Footnote markers are written "[^n]" right after the word they follow
//     (from superscript digits, <sup>n</sup>, ^{n m} or raised small glyphs in a PDF).
//   - No markup: markdown (*, **, #), HTML tags and entities are gone.
//   - No running headers, footers or page numbers (PDF input).
//   - A paragraph a page break interrupted: in a PDF the layout joins it back into one
//     block when its first part ends open and the text resumes on the next page, past
//     footnotes and a repeated table header (pipeline/layout/page_breaks.cc). A text
//     file's blocks are taken as written, and the layout's join is a judgement from the
//     page, so a plugin may still meet a paragraph in two blocks (footnotes between
//     them, the second starting in lower case) from either source. Each plugin rejoins
//     such blocks by its own rule where a finding needs the whole paragraph
//     (rated-2018 paragraphs.cc, quality-impact-2016 qi_outline.cc continues_previous
//     and ReportView::paragraph). One join for all would change today's findings.
// Offsets are byte offsets into `text`; they are what provenance points at.
#ifndef FINDINGS_DOCUMENT_H_
#define FINDINGS_DOCUMENT_H_

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace findings {

struct Line {
  std::size_t start = 0;  // byte offset of the first character
  std::size_t end = 0;    // one past the last character (the '\n' is not included)
};

struct Document {
  std::string text;
  std::vector<Line> lines;
  // page_starts[i] is the offset where page i+1 begins. Empty when the input had
  // no pages (a text file without form feeds).
  std::vector<std::size_t> page_starts;

  std::string_view line_text(std::size_t i) const {
    return std::string_view(text).substr(lines[i].start, lines[i].end - lines[i].start);
  }

  // The 1-based page holding `offset`, or nullopt for input without pages.
  std::optional<int> page_at(std::size_t offset) const {
    if (page_starts.empty()) return std::nullopt;
    auto it = std::upper_bound(page_starts.begin(), page_starts.end(), offset);
    return static_cast<int>(it - page_starts.begin());
  }
};

}  // namespace findings

#endif  // FINDINGS_DOCUMENT_H_

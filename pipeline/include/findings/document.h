// Document: a report's normalised text, the only thing a plugin reads.
//
// The normaliser (pipeline/normalise) builds it the same way from a PDF and from a
// text file, so a plugin never knows which it came from. The text contract:
//   - UTF-8, Unicode NFC; ligatures decomposed (ﬁ → fi); ‘ ’ → ' and “ ” → ";
//     the hyphens U+2010 and U+2011 → "-";
//     en and em dashes kept as – and —; non-breaking and odd spaces → ' '.
//   - One block per line, lines separated by '\n', no empty lines. A block is a
//     heading, a paragraph (line wraps joined, hyphenation repaired), a bullet item
//     (always starting "• "), a table row (cells separated by '\t'), or a footnote's
//     text; each line's `kind` (BlockKind, below) says which, so a plugin reads what a
//     block is, not how its line happens to look.
//   - Footnote markers are written "[^n]" right after the word they follow
//     (from superscript digits, <sup>n</sup>, ^{n m} or raised small glyphs in a PDF).
//   - No markup: markdown (*, **, #), HTML tags and entities are gone.
//   - No running headers, footers or page numbers (PDF input).
//   - A paragraph a page break interrupted: ContinuesAcrossBreak (below) says,
//     in the one place, whether a block carries on the one before it. In a PDF
//     the layout (pipeline/layout/page_breaks.cc) joins a page's first block to
//     the previous page's last that is not a footnote, past a repeated table
//     header, when it holds, or when the page's geometry shows the text running
//     on to a capital (layout/run_on.cc; its last line ends open by EndsOpen).
//     A text file's blocks are taken as written. So a plugin may still meet such
//     a paragraph in two blocks, footnotes between them (a text file; footnotes
//     the layout did not read as footnotes), and rejoins them by
//     ContinuesAcrossBreak: rated-2018 (paragraphs.cc) past up to 12 footnote
//     lines, quality-impact-2016 (qi_outline.cc continues_previous) past its
//     footnote lines. A sentence is another matter: a plugin wanting the sentence
//     around a figure may read on over a block that stops mid-sentence whatever
//     the next starts with (quality-impact-2016 percentages.cc, SentenceBefore);
//     that joins no paragraphs.
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

// What a block is. The normaliser (normalise/block_kinds.h) decides it once, for a
// PDF and a text file alike; for a PDF the layout's reading of the page is part of
// the evidence (a footnote's number set raised at its start, a heading's type).
enum class BlockKind : unsigned char {
  kParagraph,
  kHeading,   // a PDF's line of its own in type bolder or larger than the body's,
              // no full stop at its end (layout/headings.h); a text file's markdown
              // heading ("## Key facts"). A plain text file's headings are paragraphs.
  kListItem,  // "• text", or a numbered item "12.\ttext"
  kTableRow,  // cells separated by '\t' (IsTableRow)
  kFootnote,  // a footnote's own text, opening with its number: "3 Ministry of …"
};

struct Line {
  std::size_t start = 0;  // byte offset of the first character
  std::size_t end = 0;    // one past the last character (the '\n' is not included)
  BlockKind kind = BlockKind::kParagraph;
};

struct Document {
  std::string text;
  std::vector<Line> lines;
  // page_starts[i] is the offset where page i+1 begins. Empty when the input had
  // no pages (a text file without form feeds).
  std::vector<std::size_t> page_starts;

  BlockKind kind(std::size_t i) const { return lines[i].kind; }

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

// A table row: a block with a tab, other than the one after a numbered item's
// "12." ("12.\tText" is an item; "12.\tText\tGood" is a row).
inline bool IsTableRow(std::string_view block) {
  const std::size_t tab = block.find('\t');
  if (tab == std::string_view::npos) return false;
  const bool after_number = tab >= 2 && tab <= 4 && block[tab - 1] == '.' && block[0] >= '0' &&
                            block[0] <= '9';
  return !after_number || block.find('\t', tab + 1) != std::string_view::npos;
}

// Whether block `before` ends open: it is no table row, and it ends in none of
// . : ? ! " ; (a paragraph's end, a label's colon, a list item's semicolon, a
// closing quote). The layout asks it of a PDF line before normalisation too
// (layout/run_on.cc), whose closing quote may still be ” (U+201D).
inline bool EndsOpen(std::string_view before) {
  constexpr std::string_view kRightDoubleQuote = "\xE2\x80\x9D";
  const bool closing_quote = before.size() >= kRightDoubleQuote.size() &&
                             before.substr(before.size() - kRightDoubleQuote.size()) == kRightDoubleQuote;
  return !before.empty() && !IsTableRow(before) && !closing_quote &&
         std::string_view(".:?!\";").find(before.back()) == std::string_view::npos;
}

// A block starting with a lower-case ASCII letter: the text of a sentence carried on.
inline bool StartsLower(std::string_view block) {
  return !block.empty() && block.front() >= 'a' && block.front() <= 'z';
}

// Whether `after`, the first block past a page break (footnotes and a repeated
// table header aside), carries on the paragraph `before`, the last block ahead of
// it: `before` ends open and `after` starts with a lower-case ASCII letter.
inline bool ContinuesAcrossBreak(std::string_view before, std::string_view after) {
  return EndsOpen(before) && StartsLower(after);
}

}  // namespace findings

#endif  // FINDINGS_DOCUMENT_H_

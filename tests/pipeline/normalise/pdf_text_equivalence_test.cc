// The PDF and the text rendition of a report normalise to the same words.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "ingest/document_loader.h"
#include "test_paths.h"

namespace findings {
namespace {

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// Words of `a` matched in order in `b`: walks both, and after a mismatch
// resynchronises on the nearest point (within a window) where three words agree.
std::size_t MatchedInOrder(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  constexpr std::size_t kWindow = 200;
  auto agree = [&](std::size_t i, std::size_t j) {
    for (std::size_t k = 0; k < 3; ++k) {
      if (i + k >= a.size() || j + k >= b.size() || a[i + k] != b[j + k]) return false;
    }
    return true;
  };
  std::size_t i = 0, j = 0, matched = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++matched, ++i, ++j;
      continue;
    }
    bool found = false;
    for (std::size_t d = 1; d < kWindow && !found; ++d) {
      for (std::size_t s = 0; s <= d && !found; ++s) {
        if (agree(i + s, j + d - s)) i += s, j += d - s, found = true;
      }
    }
    if (!found) ++i, ++j;
  }
  return matched;
}

// The non-empty lines (blocks) of a normalised text; pages end at '\f'.
std::vector<std::string> Blocks(const std::string& text) {
  std::vector<std::string> blocks;
  std::string block;
  for (char c : text) {
    if (c != '\n' && c != '\f') {
      block += c;
    } else if (!block.empty()) {
      blocks.push_back(std::move(block));
      block.clear();
    }
  }
  if (!block.empty()) blocks.push_back(std::move(block));
  return blocks;
}

struct Pair {
  const char* pdf;
  const char* text;
  double min_share;       // of the text's words found, in order, in the PDF's
  double min_line_share;  // of the text's lines found whole among the PDF's
};

class PdfTextEquivalence : public ::testing::TestWithParam<Pair> {};

// Measured by this matcher (issue 7): 97.9% (Durham Tees Valley: the text file's
// garbled tables) to 99.7%; the two-column Derbyshire 91.1% (82.8% before the footers
// "Page n of m", the typesetter's hyphens and the full-width titles across the gutter
// were repaired; what is left is mostly reading order around boxes and tables).
// Thresholds sit just under these.
TEST_P(PdfTextEquivalence, SameWordsInTheSameOrder) {
  Result<LoadedDocument> pdf = LoadDocument(testing::SourcePath(GetParam().pdf));
  Result<LoadedDocument> text = LoadDocument(testing::SourcePath(GetParam().text));
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  ASSERT_TRUE(text.ok()) << text.status().message();
  std::vector<std::string> text_words = Words(text->doc.text);
  std::vector<std::string> pdf_words = Words(pdf->doc.text);
  double share = static_cast<double>(MatchedInOrder(text_words, pdf_words)) / text_words.size();
  EXPECT_GE(share, GetParam().min_share) << "matched share " << share;
  EXPECT_EQ(pdf->source.media_type, "application/pdf");
  ASSERT_TRUE(pdf->source.pages.has_value());
  EXPECT_EQ(static_cast<std::size_t>(*pdf->source.pages), pdf->doc.page_starts.size());
}

// Block-level agreement: every paragraph, heading, bullet and table row of the text
// file reproduced exactly, as one line, from the PDF. Measured after the layout broke
// paragraphs at the gap between them and wrote a list number's tab stop as '\t'
// (Derbyshire 83% -> 97.5%, Durham Tees Valley 90.5%, Kent 95.8%, North London
// 95.7%, South West South Central 89.6%, two-column 84.8%); what is left is
// mostly tables (the text files' own garbled contents pages and score tables, glossary
// terms set close to their definitions), footnotes placed at the page foot, a
// paragraph running over a page or column break that starts in upper case, and, in
// the two-column rendering, reading order around boxes. Thresholds sit just under.
TEST_P(PdfTextEquivalence, SameBlocks) {
  Result<LoadedDocument> pdf = LoadDocument(testing::SourcePath(GetParam().pdf));
  Result<LoadedDocument> text = LoadDocument(testing::SourcePath(GetParam().text));
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  ASSERT_TRUE(text.ok()) << text.status().message();
  const std::vector<std::string> pdf_blocks = Blocks(pdf->doc.text);
  const std::unordered_set<std::string> in_pdf(pdf_blocks.begin(), pdf_blocks.end());
  const std::vector<std::string> text_blocks = Blocks(text->doc.text);
  std::size_t found = 0;
  for (const std::string& block : text_blocks) found += in_pdf.count(block);
  const double share = static_cast<double>(found) / text_blocks.size();
  EXPECT_GE(share, GetParam().min_line_share) << "line share " << share;
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, PdfTextEquivalence,
    ::testing::Values(Pair{"corpus/pdf/derbyshire.pdf", "corpus/text/derbyshire.txt", 0.99, 0.97},
                      Pair{"corpus/pdf/durham-tees-valley.pdf", "corpus/text/durham-tees-valley.txt", 0.975,
                           0.90},
                      Pair{"corpus/pdf/kent.pdf", "corpus/text/kent.txt", 0.99, 0.955},
                      Pair{"corpus/pdf/north-london.pdf", "corpus/text/north-london.txt", 0.985, 0.955},
                      Pair{"corpus/pdf/south-west-south-central.pdf",
                           "corpus/text/south-west-south-central.txt", 0.99, 0.89},
                      Pair{"corpus/pdf/derbyshire-two-column.pdf", "corpus/text/derbyshire.txt", 0.905,
                           0.845}));

}  // namespace
}  // namespace findings

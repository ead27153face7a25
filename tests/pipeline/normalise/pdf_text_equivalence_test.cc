// The PDF and the text rendition of a report normalise to the same words.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "normalise/document_loader.h"
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

struct Pair {
  const char* pdf;
  const char* text;
  double min_share;  // of the text's words found, in order, in the PDF's
};

class PdfTextEquivalenceTest : public ::testing::TestWithParam<Pair> {};

// Measured by this matcher (issue 7): 97.9% (Durham Tees Valley: the text file's
// garbled tables) to 99.7%; the two-column Derbyshire 91.1% (82.8% before the footers
// "Page n of m", the typesetter's hyphens and the full-width titles across the gutter
// were repaired; what is left is mostly reading order around boxes and tables).
// Thresholds sit just under these.
TEST_P(PdfTextEquivalenceTest, SameWordsInTheSameOrder) {
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

INSTANTIATE_TEST_SUITE_P(
    Corpus, PdfTextEquivalenceTest,
    ::testing::Values(Pair{"corpus/pdf/derbyshire.pdf", "corpus/text/derbyshire.txt", 0.99},
                      Pair{"corpus/pdf/durham-tees-valley.pdf", "corpus/text/durham-tees-valley.txt", 0.975},
                      Pair{"corpus/pdf/kent.pdf", "corpus/text/kent.txt", 0.99},
                      Pair{"corpus/pdf/north-london.pdf", "corpus/text/north-london.txt", 0.985},
                      Pair{"corpus/pdf/south-west-south-central.pdf",
                           "corpus/text/south-west-south-central.txt", 0.99},
                      Pair{"corpus/pdf/derbyshire-two-column.pdf", "corpus/text/derbyshire.txt", 0.905}));

TEST(PdfLayoutTest, KeyFactsComeOutAsInTheTextFile) {
  Result<LoadedDocument> pdf = LoadDocument(testing::SourcePath("corpus/pdf/derbyshire.pdf"));
  ASSERT_TRUE(pdf.ok());
  EXPECT_NE(pdf->doc.text.find("\n\xE2\x80\xA2 251,170 The total number of offenders subject to "
                               "probation supervision across England & Wales[^1].\n"),
            std::string::npos);
  EXPECT_NE(pdf->doc.text.find("\n1 Offender Management Caseload Statistics as at 31 March 2016"),
            std::string::npos);
}

TEST(PdfLayoutTest, RatingsTableRowsAreTabSeparated) {
  Result<LoadedDocument> pdf =
      LoadDocument(testing::SourcePath("corpus/pdf/south-west-south-central.pdf"));
  ASSERT_TRUE(pdf.ok());
  EXPECT_NE(pdf->doc.text.find("\n1.1\tLeadership\tGood\n"), std::string::npos);
  EXPECT_NE(pdf->doc.text.find(
                "\n2.1.3.\tDoes assessment focus sufficiently on keeping other people safe?\t81%\n"),
            std::string::npos);
  // The running header is gone from every page but its first use.
  const std::string header = "An inspection of South West South Central National Probation Service";
  std::size_t count = 0;
  for (std::size_t at = 0; (at = pdf->doc.text.find(header, at)) != std::string::npos; ++at) ++count;
  EXPECT_LE(count, 2u);
}

}  // namespace
}  // namespace findings

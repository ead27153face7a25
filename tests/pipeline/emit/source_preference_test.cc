// The rule that picks one input of a report: the comparator and its SQL form.
// (That the SQL form keeps the same input on the dataset's own table is
// tests/pipeline/dataset/report_projection_test.cc.)
#include "emit/source_preference.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace findings {
namespace {

struct PreferenceCase {
  const char* why;
  SourceRank kept;
  SourceRank other;
};

const PreferenceCase kCases[] = {
    {"a PDF beats text, even with more diagnostics and a later path",
     {"z/kent.pdf", true, 9},
     {"a/kent.txt", false, 0}},
    {"same kind: fewer diagnostics win, even with a later path",
     {"z/kent.txt", false, 1},
     {"a/kent.txt", false, 2}},
    {"tie on kind and diagnostics: the first path wins",
     {"corpus/a.pdf", true, 3},
     {"corpus/b.pdf", true, 3}},
    {"paths compare byte by byte: a shorter prefix first",
     {"kent", false, 0},
     {"kent.txt", false, 0}},
    {"upper-case ASCII sorts before lower-case", {"Kent.txt", false, 0}, {"kent.txt", false, 0}},
    // 'é' is 0xC3 0xA9: after every ASCII byte, as an unsigned byte comparison says.
    {"a byte above 0x7F sorts after ASCII", {"z.txt", false, 0}, {"\xC3\xA9.txt", false, 0}},
};

TEST(SourcePreference, KeepsTheInputTheRuleNames) {
  for (const PreferenceCase& c : kCases) {
    EXPECT_TRUE(Preferred(c.kept, c.other)) << c.why;
    EXPECT_FALSE(Preferred(c.other, c.kept)) << c.why;
  }
}

TEST(SourcePreference, EqualRanksAreNeitherPreferred) {
  const SourceRank a{"corpus/kent.pdf", true, 2};
  EXPECT_FALSE(Preferred(a, a));
}

TEST(SourcePreference, SortingPutsTheKeptInputFirstWhateverTheOrder) {
  std::vector<SourceRank> inputs = {{"b.txt", false, 0},
                                    {"c.pdf", true, 4},
                                    {"a.pdf", true, 4},
                                    {"d.pdf", true, 1},
                                    {"a.txt", false, 0}};
  std::sort(inputs.begin(), inputs.end(), Preferred);
  std::vector<std::string> order;
  for (const SourceRank& r : inputs) order.push_back(r.path);
  EXPECT_EQ(order, (std::vector<std::string>{"d.pdf", "a.pdf", "c.pdf", "a.txt", "b.txt"}));
}

TEST(SourcePreference, OrderByNamesTheKeysBestFirst) {
  EXPECT_EQ(PreferredOrderBy(), "is_pdf DESC, diagnostics ASC, path ASC");
}

TEST(SourcePreference, RankOfReadsTheMediaTypeAndCountsDiagnostics) {
  Findings pdf;
  pdf.report.source.media_type = "application/pdf";
  pdf.diagnostics.resize(2);
  const SourceRank rank = RankOf(pdf, "corpus/pdf/kent.pdf");
  EXPECT_EQ(rank.path, "corpus/pdf/kent.pdf");
  EXPECT_TRUE(rank.is_pdf);
  EXPECT_EQ(rank.diagnostics, 2u);

  Findings text;
  text.report.source.media_type = "text/plain";
  EXPECT_FALSE(RankOf(text, "corpus/text/kent.txt").is_pdf);
  EXPECT_EQ(RankOf(text, "corpus/text/kent.txt").diagnostics, 0u);
}

}  // namespace
}  // namespace findings

// Judgements: the "Strengths:" and "Areas for improvement:" lists of each domain, read
// past a page's footnotes standing between a list's lead-in and its bullets.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

std::vector<std::string> CorpusLines(const char* relative) {
  const Document doc = testing::LoadCorpusDocument(relative);
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < doc.lines.size(); ++i) lines.emplace_back(doc.line_text(i));
  return lines;
}

long Strengths(const Findings& f) {
  return std::count_if(f.judgements.begin(), f.judgements.end(),
                       [](const Judgement& j) { return j.kind == "strength"; });
}

TEST(RatedJudgements, ReadsAListPastTheFootnotesAfterItsLeadIn) {
  std::vector<std::string> lines = CorpusLines("corpus/text/durham-tees-valley.txt");
  const long strengths = Strengths(testing::kRated.ExtractLines(lines));
  ASSERT_GT(strengths, 4);
  const auto lead_in = std::find(lines.begin(), lines.end(), "Strengths:");
  ASSERT_NE(lead_in, lines.end());
  lines.insert(lead_in + 1,
               "5 HM Inspectorate of Probation's standards can be found here: "
               "https://www.justiceinspectorates.gov.uk/hmiprobation/");
  EXPECT_EQ(Strengths(testing::kRated.ExtractLines(lines)), strengths);
}

}  // namespace
}  // namespace findings::rated2018

// Percentages in the body of a rated report: figures in digits and in words, their
// sentence and footnotes, and the parts of a report whose figures are left out.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

// A skeleton NPS report with `body` after its Background heading and `key_facts`
// in its key-facts panel.
Findings ExtractBody(const std::vector<std::string>& body,
                     const std::vector<std::string>& key_facts = {}) {
  std::vector<std::string> lines = {"An inspection of", "Somewhere National Probation Service",
                                    "Overall findings", "Overall rating\tGood",
                                    "Recommendations",  "Background"};
  lines.insert(lines.end(), body.begin(), body.end());
  lines.push_back("Key facts");
  lines.insert(lines.end(), key_facts.begin(), key_facts.end());
  lines.push_back("Annex 4: Glossary");
  lines.push_back("Caseloads fell by 9% nationally.");
  return testing::kRated.ExtractLines(lines);
}

std::vector<double> Values(const Findings& f) {
  std::vector<double> values;
  for (const Percentage& p : f.percentages) values.push_back(p.value);
  return values;
}

TEST(RatedPercentages, ReadsDigitsPerCentAndWords) {
  const Findings f = ExtractBody(
      {"In 71% of cases the plan was good. Only 4 per cent had none, and Seventy-one per cent "
       "were seen weekly; a hundred per cent had a worker."});
  EXPECT_EQ(Values(f), (std::vector<double>{71, 4, 71, 100}));
}

TEST(RatedPercentages, KeepsTheSentenceAndItsFootnotes) {
  const Findings f =
      ExtractBody({"Staff were trained. In 63%[^4] of cases the risk was "
                   "managed well. Others were not."});
  ASSERT_EQ(f.percentages.size(), 1u);
  EXPECT_EQ(f.percentages[0].sentence, "In 63% of cases the risk was managed well.");
  EXPECT_EQ(f.percentages[0].footnotes, std::vector<int>{4});
  EXPECT_EQ(f.percentages[0].provider.value_or(""), "NPS");
}

// A sentence a page break cut, the page's footnotes between its halves, numbered as
// word processors set them (a number on the baseline, a tab) or raised.
TEST(RatedPercentages, ReadsASentenceOnPastThePagesFootnotes) {
  for (const char* footnote : {"2\tOffender Management Caseload Statistics, Ministry of Justice.",
                               "[^2] Offender Management Caseload Statistics, Ministry of Justice."}) {
    const Findings f = ExtractBody({"Of these cases, 89 per cent are eligible for MAPPA, which is higher", footnote,
                                    "than the national average of 73 per cent. Staffing has not risen."});
    ASSERT_EQ(f.percentages.size(), 2u) << footnote;
    EXPECT_EQ(f.percentages[1].sentence,
              "Of these cases, 89 per cent are eligible for MAPPA, which is higher than the national average "
              "of 73 per cent.")
        << footnote;
  }
}

TEST(RatedPercentages, LeavesOutTheKeyFactsPanelAndTheGlossary) {
  const Findings f = ExtractBody({"In 50% of cases contact was enough."}, {"37%", "of staff"});
  EXPECT_EQ(Values(f), std::vector<double>{50});
}

}  // namespace
}  // namespace findings::rated2018

// Judgements: the "Strengths:" and "Areas for improvement:" lists of each domain, read
// past a page's footnotes standing between a list's lead-in and its bullets, and past
// rows of the summary of ratings floated into them.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

long Strengths(const Findings& f) {
  return std::count_if(f.judgements.begin(), f.judgements.end(),
                       [](const Judgement& j) { return j.kind == "strength"; });
}

long AreasForImprovement(const Findings& f) {
  return std::count_if(f.judgements.begin(), f.judgements.end(),
                       [](const Judgement& j) { return j.kind == "area_for_improvement"; });
}

TEST(RatedJudgements, ReadsAListPastTheFootnotesAfterItsLeadIn) {
  std::vector<std::string> lines = testing::LoadCorpusLines("corpus/text/durham-tees-valley.txt");
  const long strengths = Strengths(testing::kRated.ExtractLines(lines));
  ASSERT_GT(strengths, 4);
  const auto lead_in = std::find(lines.begin(), lines.end(), "Strengths:");
  ASSERT_NE(lead_in, lines.end());
  lines.insert(lead_in + 1,
               "5 HM Inspectorate of Probation's standards can be found here: "
               "https://www.justiceinspectorates.gov.uk/hmiprobation/");
  EXPECT_EQ(Strengths(testing::kRated.ExtractLines(lines)), strengths);
}

// A summary of ratings that a typesetter floated into a list (its table set at the top
// of the page the list runs onto; the domain headings between its rows left in place)
// is none of the list's bullets, and the list goes on past it.
TEST(RatedJudgements, ReadsAListPastASummaryFloatedIntoIt) {
  std::vector<std::string> lines =
      testing::LoadCorpusLines("corpus/text/south-west-south-central.txt");
  const long areas = AreasForImprovement(testing::kRated.ExtractLines(lines));
  ASSERT_GT(areas, 4);
  auto starts = [&](auto from, const std::string& prefix) {
    return std::find_if(from, lines.end(),
                        [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
  };
  const auto first = starts(lines.begin(), "Service: Fieldwork started:");
  const auto last = starts(first, "3.2\t");
  ASSERT_NE(last, lines.end());
  std::vector<std::string> rows, headings;
  for (auto it = first; it <= last; ++it)
    (std::isdigit(static_cast<unsigned char>((*it)[0])) && it->find('\t') == std::string::npos
         ? headings
         : rows)
        .push_back(*it);
  ASSERT_EQ(rows.size(), 12u);
  lines.insert(lines.erase(first, last + 1), headings.begin(), headings.end());
  const auto lead_in = std::find(lines.begin(), lines.end(), "Areas for improvement:");
  ASSERT_NE(lead_in, lines.end());
  lines.insert(lead_in + 2, rows.begin(), rows.end());
  const Findings f = testing::kRated.ExtractLines(lines);
  EXPECT_EQ(AreasForImprovement(f), areas);
  EXPECT_EQ(f.ratings.size(), 11u);
}

}  // namespace
}  // namespace findings::rated2018

// The landmarks of a rated report where a typesetter floated the summary of ratings:
// LaTeX may set a table at the top of a later page, past the headings after it, and
// leave the tables' own headings where the text had them.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

bool StartsWith(const std::string& line, const std::string& prefix) {
  return line.rfind(prefix, 0) == 0;
}

std::vector<std::string>::iterator LineStarting(std::vector<std::string>& lines,
                                                const std::string& prefix) {
  return std::find_if(lines.begin(), lines.end(),
                      [&](const std::string& line) { return StartsWith(line, prefix); });
}

long KeyFindings(const Findings& f) {
  return std::count_if(f.judgements.begin(), f.judgements.end(),
                       [](const Judgement& j) { return j.kind == "key_finding"; });
}

// Durham Tees Valley's summary rows (from "Service: …" to standard 4.2), floated to
// just after its second recommendation; the domain headings between them stay.
TEST(RatedContext, ASummaryFloatedPastTheRecommendationsHeadingLeavesThemWhole) {
  std::vector<std::string> lines = testing::LoadCorpusLines("corpus/text/durham-tees-valley.txt");
  const Findings before = testing::kRated.ExtractLines(lines);
  const auto first = LineStarting(lines, "Service: Fieldwork started:");
  const auto last = LineStarting(lines, "4.2\t");
  ASSERT_NE(first, lines.end());
  ASSERT_NE(last, lines.end());
  std::vector<std::string> rows, kept;
  for (auto it = first; it <= last; ++it)
    (it->find('\t') == std::string::npos ? kept : rows).push_back(*it);
  ASSERT_EQ(rows.size(), 12u);
  const auto at = lines.erase(first, last + 1);
  lines.insert(at, kept.begin(), kept.end());
  const auto second = LineStarting(lines, "• 2. improve the quality");
  ASSERT_NE(second, lines.end());
  lines.insert(second + 1, rows.begin(), rows.end());

  const Findings after = testing::kRated.ExtractLines(lines);
  ASSERT_EQ(after.recommendations.size(), 5u);
  EXPECT_EQ(after.recommendations[1].text,
            "improve the quality of work to assess, plan for, manage and review work to "
            "protect potential and actual victims");
  EXPECT_EQ(after.recommendations[2].number, 3);
  EXPECT_EQ(after.recommendations[2].text,
            "equip staff with the skills and knowledge to address domestic abuse work and "
            "deal with child safeguarding concerns");
  ASSERT_EQ(after.ratings.size(), before.ratings.size());
  for (std::size_t i = 0; i < after.ratings.size(); ++i) {
    EXPECT_EQ(after.ratings[i].standard, before.ratings[i].standard);
    EXPECT_EQ(after.ratings[i].rating, before.ratings[i].rating);
  }
  EXPECT_EQ(after.ratings[0].rating, "Requires improvement");
  // The tables' headings left in place end the overall findings: no key finding.
  EXPECT_EQ(KeyFindings(after), KeyFindings(before));
  for (const Judgement& j : after.judgements) EXPECT_NE(j.text, "1. Organisational delivery");
}

}  // namespace
}  // namespace findings::rated2018

// Recommendations and practice examples on small documents shaped like the reports.
#include "quality-impact-2016/extractors.h"

#include <gtest/gtest.h>

#include "plugins/plugin_test_support.h"

namespace findings::qi2016 {
namespace {

Findings ExtractLines(const std::vector<std::string>& lines) {
  Findings out;
  EXPECT_TRUE(Extract(testing::DocumentOf(lines), testing::kQi.grammar(), &out).ok());
  return out;
}

TEST(Recommendations, NumberingRunsAcrossAddresseeGroups) {
  const Findings f = ExtractLines({
      "1. Overall judgements and recommendations",
      "Recommendations",
      "The Community Rehabilitation Company and National Probation Service should:",
      "1. make sure that all staff are familiar with the escalation process.",
      "The National Offender Management Service should:",
      "2. make sure the IT interfaces do not hinder",
      "CRC operations.",
      "2. The arrangements for delivering probation services in X",
  });
  ASSERT_EQ(f.recommendations.size(), 2u);
  EXPECT_EQ(f.recommendations[0].addressees, (std::vector<std::string>{"CRC", "NPS"}));
  EXPECT_EQ(f.recommendations[0].text,
            "make sure that all staff are familiar with the escalation process");
  EXPECT_EQ(f.recommendations[1].number, 2);
  EXPECT_EQ(f.recommendations[1].addressees, (std::vector<std::string>{"NOMS"}));
  EXPECT_EQ(f.recommendations[1].addressee_text, "The National Offender Management Service");
  EXPECT_EQ(f.recommendations[1].text, "make sure the IT interfaces do not hinder CRC operations");
}

TEST(PracticeExamples, KeepTheParagraphsThatGoOnWithTheCase) {
  const Findings f = ExtractLines({
      "3. An evaluation of the quality of probation services in X",
      "Reducing reoffending",
      "NPS effectiveness",
      "Poor practice example: Jack was 40 years old and used drugs.",
      "The responsible officer did not know about his previous offences.",
      "Jack relapsed when his partner was released.",
      "Overall, we judged that many of the plans were not good enough.",
      "Good practice example: We observed a session on disclosure.",
      "This was a well-planned session.",
      "In three-quarters of cases, the offender was involved.",
  });
  ASSERT_EQ(f.practice_examples.size(), 2u);
  EXPECT_EQ(f.practice_examples[0].polarity, "poor");
  EXPECT_EQ(f.practice_examples[0].text,
            "Jack was 40 years old and used drugs. The responsible officer did not know about his "
            "previous offences. Jack relapsed when his partner was released.");
  EXPECT_EQ(f.practice_examples[0].provider.value_or(""), "NPS");
  EXPECT_EQ(f.practice_examples[0].domain.value_or(""), "Reducing reoffending");
  EXPECT_EQ(f.practice_examples[1].text,
            "We observed a session on disclosure. This was a well-planned session.");
}

TEST(KeyFacts, ReadFiguresOfCountsPercentagesAndOf) {
  const Findings f = ExtractLines({
      "Key facts",
      "• 251,170 The total number of offenders across England & Wales[^1].",
      "• 41% The proportion of the CRC cases[^1][^2]. The proportion for all England & Wales was 56%.",
      "• 2 (of 21) The number of CRCs owned by Seetec.",
      "1 Offender Management Caseload Statistics as at 31 March 2016, Ministry of Justice",
      "1. Overall judgements and recommendations",
  });
  ASSERT_EQ(f.key_facts.size(), 3u);
  EXPECT_EQ(f.key_facts[0].value, 251170);
  EXPECT_EQ(f.key_facts[0].unit, "count");
  EXPECT_FALSE(f.key_facts[0].provider.has_value());
  EXPECT_EQ(f.key_facts[1].unit, "percent");
  EXPECT_EQ(f.key_facts[1].footnotes, (std::vector<int>{1, 2}));
  EXPECT_EQ(f.key_facts[1].description,
            "The proportion of the CRC cases. The proportion for all England & Wales was 56%");
  EXPECT_EQ(f.key_facts[2].value_text, "2 (of 21)");
  EXPECT_EQ(f.key_facts[2].of.value_or(0), 21);
  EXPECT_EQ(f.key_facts[2].provider.value_or(""), "CRC");
}

TEST(KeyFacts, APanelWithoutTextIsADiagnostic) {
  const Findings f = ExtractLines({"Key facts", "1. Overall judgements and recommendations"});
  EXPECT_TRUE(f.key_facts.empty());
  EXPECT_TRUE(std::any_of(f.diagnostics.begin(), f.diagnostics.end(),
                          [](const Diagnostic& d) { return d.code == "key_facts.no-text"; }));
}

TEST(Percentages, ReadFiguresWordsAndRanges) {
  const Findings f = ExtractLines({
      "3. An evaluation of the quality of probation services in X",
      "Protecting the public",
      "CRC effectiveness",
      "Seventy-one per cent of plans were sufficient, and 48 per cent were reviewed.",
      "Between 20-30% of cases were late.",
  });
  ASSERT_EQ(f.percentages.size(), 4u);
  std::vector<double> values;
  for (const Percentage& p : f.percentages) values.push_back(p.value);
  std::sort(values.begin(), values.end());
  EXPECT_EQ(values, (std::vector<double>{20, 30, 48, 71}));
  EXPECT_EQ(f.percentages[0].provider.value_or(""), "CRC");
  EXPECT_EQ(f.percentages[0].domain.value_or(""), "Protecting the public");
}

TEST(Percentages, NameTheRecurringMeasureOfEachClause) {
  const Findings f = ExtractLines({
      "3. An evaluation of the quality of probation services in X",
      "Protecting the public",
      "NPS effectiveness",
      "Overall, we considered all reasonable action had been taken to minimise the individual's "
      "risk of harm to others by the responsible officer in 86% of cases; by contracted providers "
      "in all relevant cases; and by partner agencies in 89%. This is strong performance.",
      "There was concern that the target for on the day reports increased to 90%.",
  });
  ASSERT_EQ(f.percentages.size(), 3u);
  EXPECT_EQ(f.percentages[0].measure.value_or(""), "rosh.action-taken.responsible-officer");
  EXPECT_EQ(f.percentages[1].measure.value_or(""), "rosh.action-taken.partner-agencies");
  EXPECT_EQ(f.percentages[1].sentence.substr(f.percentages[1].sentence.size() - 16),
            "agencies in 89%.");
  EXPECT_FALSE(f.percentages[2].measure.has_value());
  EXPECT_EQ(f.percentages[2].note.value_or(""), "context");
}

// A figure's sentence runs over into the block before when that stops on a
// lower-case letter, even where the page break left the text carrying it on to
// start with a name (continues_previous does not hold), and past a footnote set
// between the two; not over a caption ending in a year.
TEST(Percentages, TheSentenceRunsOverABlockThatStopsMidSentence) {
  const Findings f = ExtractLines({
      "3. An evaluation of the quality of probation services in X",
      "Protecting the public",
      "NPS effectiveness",
      "Staffing had long been problematic in the area, with many vacancies and much use of "
      "agency staff. Within the",
      "CRC, front-line staff numbers had been reduced by 15%.",
      "Overall, we considered all reasonable action[^1] had been taken to minimise the "
      "individual's risk of harm to others by the responsible officer in 86% of cases; by "
      "contracted",
      "1 Reasonable action is defined in the glossary.",
      "Enablers providers in all relevant cases; and by partner agencies in 89%. This is strong "
      "performance.",
      "Figure 3.1: Population estimates by borough, mid-2014",
      "Most boroughs have a lower proportion of white residents than the average (80.5%).",
  });
  ASSERT_EQ(f.percentages.size(), 4u);
  EXPECT_EQ(f.percentages[0].sentence,
            "Within the CRC, front-line staff numbers had been reduced by 15%.");
  const std::string rosh =
      "Overall, we considered all reasonable action had been taken to minimise the individual's "
      "risk of harm to others by the responsible officer in 86% of cases; by contracted Enablers "
      "providers in all relevant cases; and by partner agencies in 89%.";
  EXPECT_EQ(f.percentages[1].sentence, rosh);
  EXPECT_EQ(f.percentages[2].sentence, rosh);
  EXPECT_EQ(f.percentages[2].measure.value_or(""), "rosh.action-taken.partner-agencies");
  EXPECT_EQ(f.percentages[3].sentence,
            "Most boroughs have a lower proportion of white residents than the average (80.5%).");
}

// A summary paragraph carries on over a page break by the page-break rule
// (ContinuesAcrossBreak): onto a lower-case start it is one judgement; a block
// starting with a capital after one ending in a full stop is the next.
TEST(Judgements, AParagraphCarriedOnOverAPageBreakIsOneJudgement) {
  const Findings f = ExtractLines({
      "1. Overall judgements and recommendations",
      "Protecting the public",
      "CRC effectiveness",
      "Work to protect the public was mixed, and responsible officers did not always",
      "recognise the risks that individuals posed.",
      "Management oversight was poor.",
  });
  ASSERT_EQ(f.judgements.size(), 2u);
  EXPECT_EQ(f.judgements[0].text,
            "Work to protect the public was mixed, and responsible officers did not always "
            "recognise the risks that individuals posed.");
  EXPECT_EQ(f.judgements[1].text, "Management oversight was poor.");
}

}  // namespace
}  // namespace findings::qi2016

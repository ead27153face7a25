// The tables of an earlier inspection's scores: every figure gets its measure, the
// year of that inspection and what its column means. Expected values are read from
// the reports: Derbyshire's 2010 table ("Our report"), Kent's and North London's
// 2014 tables (corpus/text/*.txt), from the text and from the PDF.
#include "quality-impact-2016/earlier_tables.h"

#include <gtest/gtest.h>

#include <tuple>

#include "plugins/plugin_test_support.h"

namespace findings::qi2016 {
namespace {

using Figure = std::tuple<std::string, std::string, double>;  // measure, basis, value

std::vector<Figure> EarlierFigures(const Findings& f, const std::string& period) {
  std::vector<Figure> figures;
  for (const Percentage& p : f.percentages) {
    if (!p.period) continue;
    EXPECT_EQ(*p.period, period) << p.sentence;
    EXPECT_FALSE(p.provider.has_value()) << p.sentence;  // the Probation Trust, not the CRC or NPS
    figures.emplace_back(p.measure.value_or("(null)"), p.basis.value_or("(null)"), p.value);
  }
  return figures;
}

std::vector<std::string> EarlierDiagnostics(const Findings& f) {
  std::vector<std::string> codes;
  for (const Diagnostic& d : f.diagnostics)
    if (d.code.rfind("percentages.earlier", 0) == 0) codes.push_back(d.code + ": " + d.message);
  return codes;
}

const std::vector<Figure> kDerbyshire2010 = {
    {"omi2.risk-of-harm", "programme_lowest", 64},
    {"omi2.risk-of-harm", "programme_highest", 81},
    {"omi2.risk-of-harm", "programme_average", 70},
    {"omi2.risk-of-harm", "area", 80},
    {"omi2.likelihood-of-reoffending", "programme_lowest", 62},
    {"omi2.likelihood-of-reoffending", "programme_highest", 76},
    {"omi2.likelihood-of-reoffending", "programme_average", 69},
    {"omi2.likelihood-of-reoffending", "area", 77},
    {"omi2.compliance-enforcement", "programme_lowest", 69},
    {"omi2.compliance-enforcement", "programme_highest", 84},
    {"omi2.compliance-enforcement", "programme_average", 77},
    {"omi2.compliance-enforcement", "area", 84}};
const std::vector<Figure> kKent2014 = {{"iaow.assisting-sentencing", "area", 86},
                                       {"iaow.delivering-sentence", "area", 74},
                                       {"iaow.reducing-reoffending", "area", 63},
                                       {"iaow.protecting-public", "area", 58},
                                       {"iaow.victims", "area", 64}};
const std::vector<Figure> kNorthLondon2014 = {{"iaow.assisting-sentencing", "area", 85},
                                              {"iaow.delivering-sentence", "area", 67},
                                              {"iaow.reducing-reoffending", "area", 53},
                                              {"iaow.protecting-public", "area", 52},
                                              {"iaow.victims", "area", 53}};

struct Case {
  const char* input;
  const char* period;
  const std::vector<Figure>* expected;
};

class EarlierScores : public ::testing::TestWithParam<Case> {};

TEST_P(EarlierScores, EveryFigureHasItsMeasureYearAndColumn) {
  const auto run = testing::kQi.ExtractCorpusFile(GetParam().input);
  EXPECT_EQ(EarlierFigures(run.findings, GetParam().period), *GetParam().expected);
  EXPECT_EQ(EarlierDiagnostics(run.findings), std::vector<std::string>());
}

INSTANTIATE_TEST_SUITE_P(
    QualityImpactReports, EarlierScores,
    ::testing::Values(Case{"corpus/text/derbyshire.txt", "2010", &kDerbyshire2010},
                      Case{"corpus/pdf/derbyshire.pdf", "2010", &kDerbyshire2010},
                      Case{"corpus/pdf/derbyshire-two-column.pdf", "2010", &kDerbyshire2010},
                      Case{"corpus/text/kent.txt", "2014", &kKent2014},
                      Case{"corpus/pdf/kent.pdf", "2014", &kKent2014},
                      Case{"corpus/text/north-london.txt", "2014", &kNorthLondon2014},
                      Case{"corpus/pdf/north-london.pdf", "2014", &kNorthLondon2014}));

Findings ExtractLines(const std::vector<std::string>& lines) {
  Findings out;
  EXPECT_TRUE(Extract(testing::DocumentOf(lines), testing::kQi.grammar(), &out).ok());
  return out;
}

const char* const kHeading = "2. The arrangements for delivering probation services in X";

// A 2010 table with one row under the given column headings.
Findings OmiTable(const std::string& columns, const std::string& row) {
  return ExtractLines({
      kHeading, "We summarised the outcomes from our 2010 inspection in the following table:",
      "\tScores from the English regions that have been inspected to date\t\t\tScores for X",
      columns, row});
}

TEST(EarlierScores, TheYearMayComeFromTheCaption) {
  const Findings f = ExtractLines({
      kHeading, "Our report", "We summarise the outcomes in the following table:",
      "Outcomes\tThe proportion of work judged to have been done well enough",
      "Assisting sentencing\t85%", "Protecting the public by minimising the risk of harm to others\t52%",
      "Table 1.1. Summary of the findings from the previous inspection in the X area in January 2014.",
  });
  EXPECT_EQ(EarlierFigures(f, "2014"),
            (std::vector<Figure>{{"iaow.assisting-sentencing", "area", 85},
                                 {"iaow.protecting-public", "area", 52}}));
  EXPECT_EQ(EarlierDiagnostics(f), std::vector<std::string>());
}

// A layout that loses the tabs still gives the rows, by their wording.
TEST(EarlierScores, RowsWithoutTabsAreReadByTheirWording) {
  const Findings f = ExtractLines({
      kHeading, "We summarise the outcomes from our 2014 inspection in the following table:",
      "Outcomes The proportion of work judged to have been done well enough",
      "Assisting sentencing 85%", "Delivering effective work for victims 53%",
      "At that time, sentencers were generally happy.",
  });
  EXPECT_EQ(EarlierFigures(f, "2014"),
            (std::vector<Figure>{{"iaow.assisting-sentencing", "area", 85},
                                 {"iaow.victims", "area", 53}}));
  EXPECT_EQ(EarlierDiagnostics(f), std::vector<std::string>());
}

// The header's wording in a paragraph, with no table under it, is not a table.
TEST(EarlierScores, TheHeadersWordingInProseIsNotATable) {
  const Findings f = ExtractLines({
      kHeading, "We reported the proportion of work judged to have been done well enough.",
      "Most of it was, and 12% was not reviewed.",
  });
  EXPECT_EQ(EarlierFigures(f, ""), std::vector<Figure>());
  EXPECT_EQ(EarlierDiagnostics(f), std::vector<std::string>());
}

TEST(EarlierScores, AHeaderWithoutAColumnLeavesTheBasisNullAndSaysSo) {
  const Findings f = OmiTable(
      "\tLowest\tHighest\tMedian\t",
      "'Control' – 'Risk of Harm to others' work (action to protect the public)\t64%\t81%\t70%\t80%");
  ASSERT_EQ(f.percentages.size(), 4u);
  for (const Percentage& p : f.percentages) {
    EXPECT_EQ(p.measure.value_or(""), "omi2.risk-of-harm");
    EXPECT_EQ(p.period.value_or(""), "2010");
    EXPECT_FALSE(p.basis.has_value());
  }
  EXPECT_EQ(EarlierDiagnostics(f),
            std::vector<std::string>{"percentages.earlier-columns-unread: the header of the earlier "
                                     "inspection's table (omi2) does not name the column "
                                     "\"Average\"; its figures have no basis"});
}

TEST(EarlierScores, ARowOfTheWrongWidthHasNoBasis) {
  const Findings f = OmiTable(
      "\tLowest\tHighest\tAverage\t",
      "'Punish' – Compliance and Enforcement work (individual serves his/her sentence)\t69%\t84%\t77%");
  ASSERT_EQ(f.percentages.size(), 3u);
  EXPECT_FALSE(f.percentages[0].basis.has_value());
  EXPECT_EQ(f.percentages[0].measure.value_or(""), "omi2.compliance-enforcement");
  ASSERT_EQ(EarlierDiagnostics(f).size(), 1u);
  EXPECT_EQ(EarlierDiagnostics(f)[0],
            "percentages.earlier-columns-unread: a row of the earlier inspection's table has 3 "
            "figures for its 4 columns; they have no basis");
}

TEST(EarlierScores, AnUnknownRowAndAMissingYearAreDiagnostics) {
  const Findings f = ExtractLines({
      kHeading, "We inspected probation services in X before.",
      "Outcomes\tThe proportion of work judged to have been done well enough",
      "Assisting sentencing\t86%", "Working with families\t40%", "We concluded at that time that all was well.",
  });
  ASSERT_EQ(f.percentages.size(), 2u);
  EXPECT_EQ(f.percentages[0].measure.value_or(""), "iaow.assisting-sentencing");
  EXPECT_FALSE(f.percentages[1].measure.has_value());
  EXPECT_EQ(f.percentages[1].basis.value_or(""), "area");
  EXPECT_FALSE(f.percentages[0].period.has_value());
  EXPECT_EQ(EarlierDiagnostics(f),
            (std::vector<std::string>{
                "percentages.earlier-year-unknown: no year is given for the earlier inspection's "
                "table (iaow); its figures have no period",
                "percentages.earlier-unknown-row: the row \"Working with families\" of the earlier "
                "inspection's table (iaow) matches no measure of the catalogue (catalogue.json)"}));
}

}  // namespace
}  // namespace findings::qi2016

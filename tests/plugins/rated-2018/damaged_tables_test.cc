// Damaged table rows of the summary of ratings and Annex 2, as the text layers of
// the rated reports print them: ids lost, cells wrapped, footnote markers in cells,
// garbled rating words, questions without a figure.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

// A skeleton NPS report around the given summary rows and Annex 2 rows.
std::vector<std::string> Report(const std::vector<std::string>& summary,
                                const std::vector<std::string>& annex) {
  std::vector<std::string> lines = {"An inspection of", "Somewhere National Probation Service",
                                    "© Crown copyright 2018", "Overall findings",
                                    "Service: Fieldwork started:\tSomewhere July 2018"};
  lines.insert(lines.end(), summary.begin(), summary.end());
  lines.push_back("Recommendations");
  lines.push_back("Annex 2: Inspection results: domains two and three");
  lines.insert(lines.end(), annex.begin(), annex.end());
  lines.push_back("Annex 4: Glossary");
  return lines;
}

std::optional<double> PercentOf(const Findings& f, const std::string& question, bool* found) {
  for (const CaseResult& c : f.case_results)
    if (c.question == question) {
      *found = true;
      return c.percent;
    }
  *found = false;
  return std::nullopt;
}

struct AnnexCase {
  const char* name;
  std::vector<std::string> rows;
  const char* question;
  std::optional<double> percent;
};

const AnnexCase kAnnexCases[] = {
    {"clean row",
     {"2.1.2.\tDoes assessment focus sufficiently on the factors linked to offending and "
      "desistance?\t87%"},
     "2.1.2", 87},
    {"id lost, fused with the statement's tail",
     {"\ty involving the service user Does assessment focus sufficiently on engaging the "
      "service user?\t83%"},
     "2.1.1", 83},
    {"question wrapped, figure on the first line",
     {"2.2.2.\tDoes planning focus sufficiently on reducing reoffending and supporting the\t60%",
      "service user's desistance?"},
     "2.2.2", 60},
    {"footnote marker before the figure",
     {"2.2.3.\tDoes planning focus sufficiently on keeping other people safe? [^12]\t70%"},
     "2.2.3", 70},
    {"footnote digits after the figure (PDF)",
     {"2.1.3.\tDoes assessment focus sufficiently on keeping other people safe?\t47% 18"},
     "2.1.3", 47},
    {"no figure printed; the next row's figure is not taken",
     {"3.2.3.\tDoes pre-release contact with the victim/s allow them to make appropriate "
      "contributions to the conditions of release?\t\t",
      "3.2.4.\tIs there good communication between offender management and victim liaison to "
      "support the safety of victim/s?\t94%"},
     "3.2.3", std::nullopt},
    {"row broken by the column, the header repeated without its first cell",
     {"Standa\trd/Key question\tRating/% yes", "2.2.2.\tDoes planning focus sufficiently\t60%",
      "rd/Key question\tRating/% yes",
      "on reducing reoffending and supporting the service user's desistance?"},
     "2.2.2", 60},
    {"figure printed over the question's first word, before it",
     {"2.1.2.\t87%Does assessment focus sufficiently on the factors linked to offending and "
      "desistance?"},
     "2.1.2", 87},
    {"figure before the question that the row above took is not taken again",
     {"2.1.1.\tDoes assessment focus sufficiently on engaging the service",
      "user?\t83%\t2.1.2.\tDoes assessment focus sufficiently on the factors linked to "
      "offending and desistance?"},
     "2.1.2", std::nullopt},
    {"row broken by the page, the page's footnotes between its halves",
     {"Standard/Key question\tRating/% yes",
      "2.4.1. Does reviewing focus sufficiently on supporting the service user's\t65%",
      "18 In arriving at the rating for assessment, we have exercised professional discretion.",
      "19 Please note: percentages relating to questions 2.2.3, 2.3.3 and 2.4.3 are calculated for the relevant",
      "sub-sample, rather than for the total inspected sample.", "compliance and engagement?"},
     "2.4.1", 65},
    {"row broken by the page, its footnote's number set against the text, the header repeated",
     {"Standard/Key question\tRating/% yes", "2.3.3. Does the implementation and\t42%",
      "18In arriving at the rating for assessment, we have exercised professional discretion.",
      "Standard/Key question\tRating/% yes", "delivery of services effectively support the safety of other people?"},
     "2.3.3", 42},
};

class DamagedAnnex : public ::testing::TestWithParam<AnnexCase> {};

TEST_P(DamagedAnnex, QuestionGetsItsOwnFigure) {
  const Findings f =
      testing::kRated.ExtractLines(Report({"Overall rating\tGood"}, GetParam().rows));
  bool found = false;
  const std::optional<double> percent = PercentOf(f, GetParam().question, &found);
  ASSERT_TRUE(found) << GetParam().name;
  EXPECT_EQ(percent, GetParam().percent) << GetParam().name;
  if (!GetParam().percent) {
    EXPECT_TRUE(testing::HasDiagnostic(f, "case_results.no-figure"));
  }
}

INSTANTIATE_TEST_SUITE_P(Rows, DamagedAnnex, ::testing::ValuesIn(kAnnexCases),
                         [](const auto& info) { return testing::TestNameOf(info.param.name); });

TEST(DamagedAnnex, QuestionNotPrintedIsADiagnostic) {
  const Findings f =
      testing::kRated.ExtractLines(Report({"Overall rating\tGood"}, {"2.1.1.\tDoes assessment"}));
  EXPECT_TRUE(testing::HasDiagnostic(f, "case_results.question-missing"));
  bool found = true;
  PercentOf(f, "2.1.1", &found);
  EXPECT_FALSE(found);
}

// A layout that floats its tables (LaTeX's) may set the annex's table pages after its
// heading, past the next annex's heading, among the glossary's entries.
TEST(DamagedAnnex, TableFloatedPastTheNextAnnexIsRead) {
  std::vector<std::string> lines = Report({"Overall rating\tGood"}, {"2. Case supervision"});
  lines.insert(lines.end(),
               {"Desistance\tThe cessation of offending or other antisocial behaviour",
                "Standard/Key question\tRating/% yes",
                "2.1.2.\tDoes assessment focus sufficiently on the factors linked to offending "
                "and desistance?\t87%",
                "Enforcement\tAction taken by a responsible officer in response to an "
                "individual's non-compliance with a community sentence or licence"});
  const Findings f = testing::kRated.ExtractLines(lines);
  bool found = false;
  EXPECT_EQ(PercentOf(f, "2.1.2", &found), 87);
  EXPECT_TRUE(found);
}

TEST(DamagedAnnex, GarbledRatingCellIsADiagnostic) {
  const Findings f =
      testing::kRated.ExtractLines(Report({"Overall rating\tGood"}, {"2.4. Reviewing\tDoguiroo"}));
  EXPECT_TRUE(testing::HasDiagnostic(f, "ratings.unreadable-cell"));
}

std::optional<std::string> RatingOf(const Findings& f, const std::string& standard) {
  for (const Rating& r : f.ratings)
    if (r.standard == standard) return r.rating;
  return std::nullopt;
}

struct SummaryCase {
  const char* name;
  std::vector<std::string> rows;
  const char* standard;
  std::optional<std::string> rating;
};

const SummaryCase kSummaryCases[] = {
    {"clean row", {"1.2\tStaff\tRequires improvement"}, "1.2", "Requires improvement"},
    {"capitalised rating", {"1.3. Services\tRequires Improvement"}, "1.3", "Requires improvement"},
    {"rating split across lines", {"2.3\tImplementation and\tRequires", "delivery\timprovement"},
     "2.3", "Requires improvement"},
    {"footnote on the id", {"3.1[^2]\tCourt reports and case allocation\tGood"}, "3.1", "Good"},
    {"misspelt title keeps the framework's", {"3.2\tStatuatory victim work\tGood"}, "3.2", "Good"},
    {"garbled rating is not guessed", {"2.4\tReviewing\tDoguiroo"}, "2.4", std::nullopt},
    {"overall rating", {"Overall rating\tInadequate"}, "overall", "Inadequate"},
};

class DamagedSummary : public ::testing::TestWithParam<SummaryCase> {};

TEST_P(DamagedSummary, RowGetsItsRatingOrADiagnostic) {
  const Findings f = testing::kRated.ExtractLines(Report(GetParam().rows, {}));
  EXPECT_EQ(RatingOf(f, GetParam().standard), GetParam().rating) << GetParam().name;
  if (!GetParam().rating) {
    EXPECT_TRUE(testing::HasDiagnostic(f, "ratings.missing")) << GetParam().name;
  }
}

INSTANTIATE_TEST_SUITE_P(Rows, DamagedSummary, ::testing::ValuesIn(kSummaryCases),
                         [](const auto& info) { return testing::TestNameOf(info.param.name); });

TEST(DamagedSummary, TitleComesFromTheFramework) {
  const Findings f =
      testing::kRated.ExtractLines(Report({"3.2\tStatuatory victim work\tGood"}, {}));
  ASSERT_FALSE(f.ratings.empty());
  EXPECT_EQ(f.ratings.back().title, "Statutory victim work");
}

TEST(DamagedSummary, FootnotedDomainHeadingIsNotARow) {
  Findings f = testing::kRated.ExtractLines(
      Report({"4.2 CRC specific work", "4.2\tThrough the Gate\tRequires improvement"}, {}));
  EXPECT_EQ(RatingOf(f, "4.2"), std::nullopt);  // an NPS report: 4.x is the other provider's
  f = testing::kRated.ExtractLines(
      {"An inspection of", "Somewhere Community Rehabilitation Company", "Overall findings",
       "Overall rating\tGood", "4.2 CRC specific work",
       "4.2\tThrough the Gate\tRequires improvement", "Recommendations"});
  EXPECT_EQ(RatingOf(f, "4.2"), "Requires improvement");
}

}  // namespace
}  // namespace findings::rated2018

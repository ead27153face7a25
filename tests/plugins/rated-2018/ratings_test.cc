// The summary of ratings: a rating cell read whatever the layout did to it.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "plugins/plugin_test_support.h"

namespace findings::rated2018 {
namespace {

std::map<std::string, std::string> RatingsOf(const std::vector<std::string>& summary) {
  std::vector<std::string> lines = {"An inspection of", "Somewhere National Probation Service",
                                    "Overall findings"};
  lines.insert(lines.end(), summary.begin(), summary.end());
  lines.push_back("Recommendations");
  std::map<std::string, std::string> ratings;
  for (const Rating& r : testing::kRated.ExtractLines(lines).ratings) ratings[r.standard] = r.rating;
  return ratings;
}

// A cell too narrow for its word, broken inside it without a hyphen ("Goo" "d"),
// and "Requires" pushed from "improvement": each still one rating.
TEST(RatedRatings, ACellBrokenInsideItsWordIsStillARating) {
  const auto ratings = RatingsOf({"Overall rating\tGood", "1. Organisational delivery",
                                  "1.1\tLeadership\tOutstan ding", "1.2\tStaff\tRequires",
                                  "improvement", "3. NPS-specific",
                                  "3.1[^2]\tCourt reports and case allocation\tGoo d",
                                  "3.2\tStatutory victim work\tInad equate"});
  EXPECT_EQ(ratings.at("overall"), "Good");
  EXPECT_EQ(ratings.at("1.1"), "Outstanding");
  EXPECT_EQ(ratings.at("1.2"), "Requires improvement");
  EXPECT_EQ(ratings.at("3.1"), "Good");
  EXPECT_EQ(ratings.at("3.2"), "Inadequate");
}

// A last cell of letters that spell no rating is no rating.
TEST(RatedRatings, ACellSpellingNoRatingIsNone) {
  const auto ratings = RatingsOf({"Overall rating\tGood", "1. Organisational delivery",
                                  "1.1\tLeadership\tGoo dwill", "1.2\tStaff\tGo od"});
  EXPECT_EQ(ratings.count("1.1"), 0u);
  EXPECT_EQ(ratings.at("1.2"), "Good");
}

// Two tables side by side in two columns, their rows level, read as one line: each
// standard whose row opens in a later cell, its id there a cell of its own or not, has
// the rating of its own cells.
TEST(RatedRatings, StandardsInTwoColumnsOnOneLineEachHaveTheirOwnRating) {
  const auto ratings =
      RatingsOf({"Overall rating\tRequires improvement", "1. Organisational delivery",
                 "1.1\tLeadership\tOutstanding",
                 "1.4\tInformation and facilities\tGood\t2.2 Planning\tInadequate",
                 "2. Case supervision\t2.3 Implementation and delivery\tInadequate",
                 "2.1 Assessment\tRequires improvement\t2.4 Reviewing\tOutstanding",
                 "3. NPS specific work",
                 "3.1\tCourt reports and case allocation\tGood\t3.2\tStatutory victim work\tRequires "
                 "improvement"});
  EXPECT_EQ(ratings.at("1.4"), "Good");
  EXPECT_EQ(ratings.at("2.2"), "Inadequate");
  EXPECT_EQ(ratings.at("2.3"), "Inadequate");
  EXPECT_EQ(ratings.at("2.1"), "Requires improvement");
  EXPECT_EQ(ratings.at("2.4"), "Outstanding");
  EXPECT_EQ(ratings.at("3.1"), "Good");
  EXPECT_EQ(ratings.at("3.2"), "Requires improvement");
}

// A row is its line and the lines its cells wrapped onto, up to its rating: a footnote
// marker set alone on the line after a row is no part of it.
TEST(RatedRatings, ARowEndsAtTheLineThatHoldsItsRating) {
  const std::vector<std::string> lines = {"An inspection of",
                                          "Somewhere National Probation Service",
                                          "Overall findings",
                                          "Overall rating\tGood",
                                          "2.3\tImplementation and delivery\tRequires",
                                          "improvement",
                                          "2.4\tReviewing\tInadequate",
                                          "2",
                                          "Recommendations"};
  const Document doc = testing::DocumentOf(lines);
  const Findings f = testing::kRated.ExtractLines(lines);
  ASSERT_EQ(f.ratings.size(), 3u);
  EXPECT_EQ(f.ratings[1].rating, "Requires improvement");
  EXPECT_EQ(f.ratings[1].provenance.end, doc.lines[5].end);
  EXPECT_EQ(f.ratings[2].rating, "Inadequate");
  EXPECT_EQ(f.ratings[2].provenance.start, doc.lines[6].start);
  EXPECT_EQ(f.ratings[2].provenance.end, doc.lines[6].end);
}

}  // namespace
}  // namespace findings::rated2018

// The catalogue's wording: folded words, '*' for a name, prefix and anywhere.
#include "quality-impact-2016/wording.h"

#include <gtest/gtest.h>

namespace findings::qi2016 {
namespace {

TEST(FoldWords, IgnoresCasePunctuationQuotesAndDashes) {
  EXPECT_EQ(FoldWords("'Control' – 'Risk of Harm to others' work"),
            (Words{"control", "risk", "of", "harm", "to", "others", "work"}));
  EXPECT_EQ(FoldWords("\u2018Control\u2019 - Risk"), (Words{"control", "risk"}));
  EXPECT_EQ(FoldWords("England & Wales, 2015-2016"),
            (Words{"england", "and", "wales", "2015", "2016"}));
  EXPECT_TRUE(FoldWords(" .,; ").empty());
}

struct Case {
  const char* wording;
  const char* text;
  bool starts;
  bool occurs;
};

const Case kCases[] = {
    {"The number of offenders supervised by the * CRC",
     "The number of offenders supervised by the Kent, Surrey & Sussex CRC", true, true},
    {"The number of offenders supervised by the * CRC",
     "The number of offenders supervised by the London division of the NPS", false, false},
    {"The number of offenders supervised by the * of the NPS",
     "The number of offenders supervised by the Midlands Division of the NPS", true, true},
    {"The number of CRCs owned by *", "The number of CRCs owned by Seetec", true, true},
    {"The number of CRCs owned by *", "The number of CRCs owned by", false, false},
    {"The proportion of the CRC cases which relate to a custodial sentence",
     "The proportion of the CRC cases which relate to a custodial sentence (pre or post-release "
     "supervision). The proportion for all England & Wales was 56%", true, true},
    {"Scores for *", "Lowest Highest Average Scores for Derbyshire", false, true},
    {"Protecting the public", "Protecting the publicity", false, false},
    {"", "anything", true, true},
};

TEST(Wording, MatchesFromTheStartOrAnywhere) {
  for (const Case& c : kCases) {
    const Wording wording(c.wording);
    EXPECT_EQ(wording.MatchesStart(FoldWords(c.text)), c.starts) << c.wording << " / " << c.text;
    EXPECT_EQ(wording.OccursIn(FoldWords(c.text)), c.occurs) << c.wording << " / " << c.text;
  }
}

}  // namespace
}  // namespace findings::qi2016

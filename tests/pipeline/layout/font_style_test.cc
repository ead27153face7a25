#include "layout/font_style.h"

#include <gtest/gtest.h>

#include <string>

namespace findings {
namespace {

struct FontCase {
  std::string name;
  bool bold;
  bool italic;
};

// PostScript names as PDF producers write them: a subset prefix, a family, and the
// style after a '-', ',' or '_'.
const FontCase kFontCases[] = {
    {"Helvetica", false, false},
    {"ArialMT", false, false},
    {"ABCDEF+LiberationSans", false, false},
    {"ABCDEF+LiberationSans-Bold", true, false},
    {"Arial-BoldMT", true, false},
    {"Arial,Bold", true, false},
    {"Arial,BoldItalic", true, true},
    {"TimesNewRomanPS-BoldItalicMT", true, true},
    {"TimesNewRomanPS-ItalicMT", false, true},
    {"QWERTY+DejaVuSerif-Italic", false, true},
    {"Helvetica-Oblique", false, true},
    {"Helvetica-BoldOblique", true, true},
    {"Arial-Black", true, false},
    {"SourceSansPro-Semibold", true, false},
    {"Frutiger_DemiBold", true, false},
    {"Calibri-Light", false, false},
    {"Roboto-Medium", false, false},
    // The family's own letters are no style: only what follows its separator counts.
    {"ABCDEF+Boldoni-Roman", false, false},
    {"BlackadderITC-Regular", false, false},
    {"Italiana-Regular", false, false},
};

TEST(FontStyleOf, ReadsWeightAndSlantFromThePostScriptName) {
  for (const FontCase& c : kFontCases) {
    const FontStyle style = FontStyleOf(c.name);
    EXPECT_EQ(style.bold, c.bold) << c.name;
    EXPECT_EQ(style.italic, c.italic) << c.name;
  }
}

TEST(FontStyleOf, ReadsNoStyleFromAnEmptyName) {
  const FontStyle style = FontStyleOf("");
  EXPECT_FALSE(style.bold);
  EXPECT_FALSE(style.italic);
}

}  // namespace
}  // namespace findings

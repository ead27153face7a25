#include "normalise/footnotes.h"

#include <gtest/gtest.h>

#include <string>

#include "normalise/text_normaliser.h"
#include "pipeline/normalise/line_cases.h"

namespace findings {
namespace {

using normalise_test::ExpectEachLine;
using normalise_test::LineCase;

// ¹ is C2 B9, ² C2 B2, ³ C2 B3, ⁰ E2 81 B0, ⁴ E2 81 B4.
const LineCase kCases[] = {
    {"a superscript joins the word before, spaces dropped", "England & Wales \xC2\xB9.",
     "England & Wales[^1]."},
    {"a superscript right after a word", "caseload\xC2\xB2 was high", "caseload[^2] was high"},
    {"a run of superscripts is one number", "offenders\xC2\xB9\xE2\x81\xB0", "offenders[^10]"},
    {"superscripts beyond three", "figure\xE2\x81\xB4", "figure[^4]"},
    {"a caret group of several numbers", "staff^{1 2} said", "staff[^1][^2] said"},
    {"a caret group with a comma", "staff ^{3,4}", "staff[^3][^4]"},
    {"a caret group holding other text is left alone", "x^{a} and 2^{10", "x^{a} and 2^{10"},
    {"a line without markers is unchanged",
     "No footnotes here: 62% \xC2\xB0", "No footnotes here: 62% \xC2\xB0"},
    {"at the start of a line, the footnote's own text", "\xC2\xB3Offender Management",
     "3 Offender Management"},
    {"at the start of a line before punctuation, a reference", "\xE2\x81\xB5. The reduction",
     "[^5]. The reduction"},
    {"after a list mark, the footnote's own text too", "\xE2\x80\xA2 ^{4}Ministry of Justice",
     "4 Ministry of Justice"},
};

TEST(MarkFootnotes, MarksReferencesAndPlainsFootnoteTexts) {
  ExpectEachLine(kCases, [](const std::string& line) { return MarkFootnotes(line); });
}

// The header's example, "² Offender Management…" → "2 Offender Management…", holds
// for the normalised line: MarkFootnotes writes "2 " and keeps the blank that
// followed the superscript, which NormaliseLine then collapses.
TEST(MarkFootnotes, TheHeadersExampleHoldsForTheNormalisedLine) {
  const std::string out = MarkFootnotes("\xC2\xB2 Offender Management");
  EXPECT_EQ(out.rfind("2 ", 0), 0u) << out;
  EXPECT_EQ(NormaliseLine("\xC2\xB2 Offender Management"), "2 Offender Management");
}

TEST(MarkFootnotes, EveryAsciiMarkerStartIsListed) {
  EXPECT_EQ(kFootnoteAsciiStarts, "^");
  EXPECT_EQ(MarkFootnotes("a ^ b"), "a ^ b");  // a caret alone is text
}

}  // namespace
}  // namespace findings

// No percentage silently lost: every "%" and "per cent" in a report's normalised text
// is either a finding of `percentages` (its provenance covers the sign) or sits where
// percentages are deliberately left out, for a stated reason. The expected counts were
// made by reading each report; "percentage points" (a difference) is not a percentage.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "plugins/plugin_test_support.h"
#include "quality-impact-2016/extractors.h"

namespace findings::qi2016 {
namespace {

const char* ExclusionReason(Part part) {
  switch (part) {
    case Part::kContents: return "contents page";
    case Part::kKeyFacts: return "key facts panel (second figures stay in the description)";
    case Part::kGlossary: return "glossary";
    default: return nullptr;
  }
}

struct Case {
  const char* input;
  std::size_t extracted;  // percent signs in the body
  std::size_t key_facts;  // in the key facts panel
};

class PercentCompleteness : public ::testing::TestWithParam<Case> {};

TEST_P(PercentCompleteness, AccountsForEveryPercentSign) {
  const auto run = testing::kQi.ExtractCorpusFile(GetParam().input);
  std::vector<Diagnostic> diagnostics;
  const GrammarView grammar(testing::kQi.grammar(), &diagnostics);
  const Outline outline = BuildOutline(run.doc, grammar);

  const re2::RE2 sign(R"((%|\b[Pp]er ?cent\b))");
  std::map<std::string, std::size_t> excluded;
  std::size_t extracted = 0;
  const std::string& text = run.doc.text;
  re2::StringPiece rest(text);
  re2::StringPiece match;
  while (RE2::FindAndConsume(&rest, sign, &match)) {
    const std::size_t at = static_cast<std::size_t>(match.data() - text.data());
    const bool found = std::any_of(
        run.findings.percentages.begin(), run.findings.percentages.end(),
        [&](const Percentage& p) { return p.provenance.start <= at && at < p.provenance.end; });
    if (found) {
      ++extracted;
      continue;
    }
    const auto line = std::upper_bound(run.doc.lines.begin(), run.doc.lines.end(), at,
                                       [](std::size_t v, const Line& l) { return v < l.start; }) -
                      1;
    const char* reason = ExclusionReason(outline.lines[line - run.doc.lines.begin()].part);
    ASSERT_NE(reason, nullptr) << "a percentage left out of `percentages`: \""
                               << text.substr(line->start, line->end - line->start) << "\"";
    ++excluded[reason];
  }
  EXPECT_EQ(extracted, GetParam().extracted);
  EXPECT_EQ(excluded[ExclusionReason(Part::kKeyFacts)], GetParam().key_facts);
  EXPECT_EQ(run.findings.percentages.size(), GetParam().extracted);
}

// Derbyshire: 12 cells of the 2010 table, 11 in chapter 3, 6 in Appendix 2. Key facts:
// 41%, 56%, 62%, 75%, 65%, 12%, -6%, -36% (the same eight figures in each report).
INSTANTIATE_TEST_SUITE_P(
    Reports, PercentCompleteness,
    ::testing::Values(Case{"corpus/text/derbyshire.txt", 29, 8},
                      Case{"corpus/text/north-london.txt", 20, 8},
                      Case{"corpus/text/kent.txt", 14, 8},
                      Case{"corpus/pdf/north-london.pdf", 20, 8},
                      Case{"corpus/pdf/kent.pdf", 14, 8}));

}  // namespace
}  // namespace findings::qi2016

#include "layout/notes_in_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace findings {
namespace {

using Pages = std::vector<std::vector<std::string>>;

// Key facts whose notes a layout prints right after the reference that calls them,
// inside the sentence: the sentence runs on past the notes (after its full stop, or a
// word in lower case), the notes after its paragraph.
TEST(JoinSentencesAroundNotes, RunsTheSentenceOnPastTheNotesItCalls) {
  Pages pages = {{"251,170", "The total number of offenders across England & Wales\xC2\xB9",
                  "\xC2\xB9 Offender Management Caseload Statistics", ".", "37%",
                  "The proportion of cases (pre or post-release supervision)\xC2\xB9 \xC2\xB2",
                  "\xC2\xB2 Figure for the Kent CRC", "\xC2\xB3 CRC Service Level 9",
                  "and more. The proportion for all England & Wales was 56%."}};
  JoinSentencesAroundNotes(pages, Vocabulary{});
  EXPECT_EQ(
      pages,
      (Pages{{"251,170", "The total number of offenders across England & Wales\xC2\xB9.",
              "\xC2\xB9 Offender Management Caseload Statistics", "37%",
              "The proportion of cases (pre or post-release supervision)\xC2\xB9 \xC2\xB2 and "
              "more. The proportion for all England & Wales was 56%.",
              "\xC2\xB2 Figure for the Kent CRC", "\xC2\xB3 CRC Service Level 9"}}));
}

// Notes at a page's foot, under a paragraph that ends with a reference, stay apart
// from what follows them: a paragraph of its own (a capital), a note the paragraph
// does not call last, text that follows no note, or a note's own next line (a web
// address) under a paragraph whose sentence ended before its reference.
TEST(JoinSentencesAroundNotes, LeavesTextThatDoesNotCarryTheSentenceOnApart) {
  const Pages pages = {
      {"The CRC was owned by Seetec\xC2\xB9", "\xC2\xB9 Seetec annual report",
       "The NPS was in a better position.", "Its staff were trained\xC2\xB2",
       "\xC2\xB3 Training records", ", and supervised.", "Staff knew their cases\xC2\xB9",
       "and their risks.", "The standards drive improvement.\xE2\x81\xB4",
       "\xE2\x81\xB4 Further information at", "www.justiceinspectorates.gov.uk/standards"}};
  Pages read = pages;
  JoinSentencesAroundNotes(read, Vocabulary{});
  EXPECT_EQ(read, pages);
}

}  // namespace
}  // namespace findings

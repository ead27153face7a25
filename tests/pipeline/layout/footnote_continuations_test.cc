#include "layout/footnote_continuations.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/page_layout.h"
#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::PageBuilder;
using layout_test::Wrap;

// Pages of 10 pt text on A4 between 72 and 432, lines 13 pt apart, footnotes in 8 pt
// at the foot, 10 pt apart.
constexpr double kSize = 10, kPitch = 13, kLeft = 72, kRight = 432, kNoteSize = 8, kNotePitch = 10;

const char* kVision =
    "The service had a clear vision for the delivery of probation services in the region, and "
    "its leaders were visible to staff in every office.";
const char* kCaseloads =
    "Caseloads were manageable in most teams, but the number of vacancies in the northern "
    "offices was high.";

struct Note {
  std::string text;
  double size = kNoteSize;
};

// A page of `paragraph`, then `notes` one a line from 730 down.
PdfPage Page(const std::string& paragraph, const std::vector<Note>& notes) {
  PageBuilder page;
  page.Lines(kLeft, 100, kPitch, Wrap(paragraph, kRight - kLeft, kSize), kSize);
  double baseline = 730;
  for (const Note& note : notes) {
    page.Line(kLeft, baseline, note.text, note.size);
    baseline += kNotePitch;
  }
  return page.page();
}

struct Case {
  const char* name;
  std::vector<Note> first_page_notes, second_page_notes;
  std::string expected;
};

TEST(FootnoteContinuations, JoinsTheHeadOfAPagesFootnotesToTheFootnoteItCarriesOn) {
  const std::string vision = kVision, caseloads = kCaseloads;
  const Case cases[] = {
      {"the end of the page before's last footnote, above the page's own",
       {{"^1 Offender Management Caseload Statistics"}},
       {{"as at 31 March 2016, Ministry of Justice"}, {"^2 Figure for the Kent, Surrey & Sussex CRC"}},
       vision + "\n¹ Offender Management Caseload Statistics as at 31 March 2016, Ministry of Justice\n\f" +
           caseloads + "\n² Figure for the Kent, Surrey & Sussex CRC\n"},
      {"nothing to carry on on the page before: left out, not read into the text above",
       {},
       {{"as at 31 March 2016, Ministry of Justice"}, {"^2 Figure for the Kent, Surrey & Sussex CRC"}},
       vision + "\n\f" + caseloads + "\n² Figure for the Kent, Surrey & Sussex CRC\n"},
      {"a footnote with its number on the baseline is a footnote of its own",
       {{"^1 Offender Management Caseload Statistics"}},
       {{"3 Offender Management Caseload Statistics"}, {"^2 Figure for the Kent, Surrey & Sussex CRC"}},
       vision + "\n¹ Offender Management Caseload Statistics\n\f" + caseloads +
           "\n3 Offender Management Caseload Statistics\n² Figure for the Kent, Surrey & Sussex CRC\n"},
      {"a line in the body's type above the footnotes is no footnote's",
       {{"^1 Offender Management Caseload Statistics"}},
       {{"as at 31 March 2016, Ministry of Justice", kSize}, {"^2 Figure for the Kent, Surrey & Sussex CRC"}},
       vision + "\n¹ Offender Management Caseload Statistics\n\f" + caseloads +
           "\nas at 31 March 2016, Ministry of Justice\n² Figure for the Kent, Surrey & Sussex CRC\n"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(LayOutPages({Page(vision, c.first_page_notes), Page(caseloads, c.second_page_notes)}), c.expected)
        << c.name;
  }
}

// What carries on no footnote that was read is left out, and its page named: on the
// first page, or under a page without footnotes. One carrying a footnote on is not.
TEST(FootnoteContinuations, NamesThePagesWhoseContinuationItLeavesOut) {
  const std::vector<Note> carried = {{"as at 31 March 2016, Ministry of Justice"},
                                     {"^2 Figure for the Kent, Surrey & Sussex CRC"}};
  LayoutNotes notes;
  LayOutPages({Page(kVision, carried), Page(kCaseloads, {}), Page(kVision, carried)}, &notes);
  EXPECT_EQ(notes.footnote_continuation_pages, (std::vector<int>{1, 3}));
  notes = LayoutNotes{};
  LayOutPages(
      {Page(kVision, {{"^1 Offender Management Caseload Statistics"}}), Page(kCaseloads, carried)},
      &notes);
  EXPECT_TRUE(notes.footnote_continuation_pages.empty());
}

// The page's first numbered footnote is a short one justified across the measure, its
// number on the baseline and its words spread apart ("6   'Transforming
// Rehabilitation',"): the line at the head of the footnotes still carries on the page
// before's.
TEST(FootnoteContinuations, FindsTheFootnotesUnderAContinuationWhenTheFirstIsSpreadApart) {
  PageBuilder second;
  second.Lines(kLeft, 100, kPitch, Wrap(kCaseloads, kRight - kLeft, kSize), kSize);
  second.Line(kLeft, 730, "as at 31 March 2016, Ministry of Justice", kNoteSize);
  second.Justified(kLeft, kRight, 740, "6 'Transforming Rehabilitation',", kNoteSize);
  second.Line(kLeft, 750, "National Audit Office, 2016.", kNoteSize);
  const std::string text =
      LayOutPages({Page(kVision, {{"^1 Offender Management Caseload Statistics"}}), second.page()});
  const std::string second_page = text.substr(text.find('\f'));
  EXPECT_NE(text.find("¹ Offender Management Caseload Statistics as at 31 March 2016, Ministry of Justice\n\f"),
            std::string::npos)
      << text;
  EXPECT_EQ(second_page.find("as at 31 March"), std::string::npos) << text;
}

// A table set in the footnotes' type with a note of its own under it, in a stretch of
// the page that a side head in the margin ends (more text under it): the table's rows
// carry on no footnote of the page before, for they stand nowhere near the page's foot.
TEST(FootnoteContinuations, TakesNothingFromARegionWithTextUnderIt) {
  PageBuilder top, under;
  top.Line(kLeft, 100, "3. NPS-specific", kSize, layout_test::kBold);
  top.Line(kLeft, 120, "3.1 Court reports and case allocation rated good", kNoteSize);
  top.Line(kLeft, 130, "3.2 Statutory victim work rated good", kNoteSize);
  top.Line(kLeft, 145, "^1 CRC aspects of domain three work are listed as 4.1 and 4.2.", kNoteSize);
  under.Lines(kLeft, 180, kPitch, Wrap(kCaseloads, kRight - kLeft, kSize), kSize);
  std::vector<Region> regions = {Region{BuildLines(top.words()), Region::kWhole, 0},
                                 Region{BuildLines(under.words()), Region::kWhole, 0}};
  ASSERT_EQ(regions[0].lines.size(), 4u);
  EXPECT_EQ(TakeFootnoteContinuation(regions, BodyType{kSize, 1.2 * kSize}, Vocabulary{}), "");
  EXPECT_EQ(regions[0].lines.size(), 4u);
}

// A table in the footnotes' type right over the page's footnotes (a web page's table
// at the foot of its page): its rows' cells stand far further apart than justification
// spreads a line's words, so they carry on no footnote and stay where they stand.
TEST(FootnoteContinuations, TakesNoTableRowOverTheFootnotes) {
  PageBuilder page;
  page.Lines(kLeft, 100, kPitch, Wrap(kCaseloads, kRight - kLeft, kSize), kSize);
  page.Line(kLeft, 700, "Outcomes", kNoteSize);
  page.Line(kLeft + 180, 700, "Proportion done well enough", kNoteSize);
  page.Line(kLeft, 710, "Assisting sentencing", kNoteSize);
  page.RightAligned(kRight, 710, "86%", kNoteSize);
  page.Line(kLeft, 730, "^8 Based on the NPS caseload as at December 2015", kNoteSize);
  std::vector<Region> regions = {Region{BuildLines(page.words()), Region::kWhole, 0}};
  const std::size_t lines = regions[0].lines.size();
  EXPECT_EQ(TakeFootnoteContinuation(regions, BodyType{kSize, 1.2 * kSize}, Vocabulary{}), "");
  EXPECT_EQ(regions[0].lines.size(), lines);
}

}  // namespace
}  // namespace findings

#include "layout/page_layout.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "ingest/document_loader.h"
#include "pipeline/layout/page_builder.h"
#include "test_paths.h"

namespace findings {
namespace {

using layout_test::kBold;
using layout_test::PageBuilder;
using layout_test::Wrap;
using Lines = std::vector<std::string>;

// One column of 10 pt justified text on A4, 72–432; lines 13 pt apart, paragraphs 6 pt
// further.
constexpr double kSize = 10, kPitch = 13, kParagraphGap = 6;
constexpr double kLeft = 72, kRight = 432;

// A paragraph of `text` from `baseline`; returns the next paragraph's baseline. One
// that runs on to the next page fills its last line too.
double AddParagraph(PageBuilder& page, double baseline, const std::string& text, bool runs_on = false) {
  const Lines lines = Wrap(text, kRight - kLeft, kSize);
  if (!runs_on) return page.JustifiedLines(kLeft, kRight, baseline, kPitch, lines, kSize) + kParagraphGap;
  for (const std::string& line : lines) {
    page.Justified(kLeft, kRight, baseline, line, kSize);
    baseline += kPitch;
  }
  return baseline;
}

const char* kVision =
    "The service had a clear vision for the delivery of probation services in the region, and "
    "its leaders were visible to staff in every office. Staff told us that their managers "
    "supported them well.";
const char* kCaseloads =
    "Caseloads were manageable in most teams, but the number of vacancies in the northern "
    "offices was high, and cover arrangements had put pressure on experienced staff.";
const char* kPartners =
    "Partnerships with the police and with local authorities were strong, and information "
    "about domestic abuse and child safeguarding was shared promptly with the service.";

TEST(LayOutPages, WritesEachBlockOnALineOfItsOwn) {
  PageBuilder page;
  page.Line(kLeft, 100, "Leadership", 14, kBold);
  double baseline = 100 + 24;
  baseline = AddParagraph(page, baseline, "The service supervised 2,300 offenders^1 in the community and in "
                                          "custody, and its leaders were visible to staff in every office.");
  baseline = AddParagraph(page, baseline, kCaseloads);
  AddParagraph(page, baseline, kPartners);
  page.Line(kLeft, 760, "^1 Ministry of Justice, Offender management statistics quarterly, 2019.", 8);
  EXPECT_EQ(LayOutPages({page.page()}),
            "Leadership\n"
            "The service supervised 2,300 offenders¹ in the community and in custody, and its leaders "
            "were visible to staff in every office.\n" +
                std::string(kCaseloads) + "\n" + kPartners + "\n" +
                "¹ Ministry of Justice, Offender management statistics quarterly, 2019.\n");
}

// A condensed font whose word spaces are 1.7 pt at 10 pt, narrower than letters set
// apart usually stand: measured over the document, they are its word spaces, and its
// words stay apart.
TEST(LayOutPages, KeepsApartTheWordsOfAFontWithNarrowWordSpaces) {
  PageBuilder page;
  const Lines lines = {"The service had a clear vision for the delivery of probation",
                       "services in the region, and its leaders were visible to staff."};
  for (std::size_t i = 0; i < lines.size(); ++i)
    page.Line(kLeft, 100 + kPitch * static_cast<double>(i), lines[i], kSize, {}, 1.7);
  EXPECT_EQ(LayOutPages({page.page()}), lines[0] + " " + lines[1] + "\n");
}

// The layout says which lines are headings, by their type, one kind per line of its
// text, the empty line a form feed ends included.
TEST(LayOutPages, NamesTheLinesItReadsAsHeadings) {
  PageBuilder first, second;
  first.Line(kLeft, 100, "Leadership", 14, kBold);
  double baseline = AddParagraph(first, 124, kVision);
  first.Line(kLeft, baseline, "All staff had manageable workloads.", kSize, kBold);
  AddParagraph(first, baseline + kPitch + kParagraphGap, kCaseloads);
  second.Line(kLeft, 100, "Partnerships", kSize, kBold);
  AddParagraph(second, 100 + kPitch + kParagraphGap, kPartners);
  std::vector<BlockKind> kinds;
  const std::string text = LayOutPages({first.page(), second.page()}, nullptr, &kinds);
  ASSERT_EQ(text, "Leadership\n" + std::string(kVision) +
                      "\nAll staff had manageable workloads.\n" + kCaseloads +
                      "\n\fPartnerships\n" + kPartners + "\n");
  using K = BlockKind;
  EXPECT_EQ(kinds,
            (std::vector<K>{K::kHeading, K::kParagraph, K::kParagraph, K::kParagraph,  // page 1
                            K::kParagraph,                                             // before \f
                            K::kHeading, K::kParagraph}));
}

// Quotations set in under the sentences that introduce them, six a page on three
// pages, nothing drawn before them: the pages' drawing is looked at before the first
// sixteen (a list whose bullets are drawn would show one), then no more. Where the
// looks find a bullet, each line set in is looked at (and read as an item).
TEST(LayOutPages, LooksAtADocumentsDrawingUntilItShowsNoBullet) {
  PageBuilder page;
  double baseline = 80;
  for (int i = 0; i < 6; ++i) {
    baseline = AddParagraph(page, baseline, std::string(kCaseloads) + " A member of staff told us:");
    page.Line(kLeft + 24, baseline, "\u201cWe know our cases well.\u201d", kSize);
    baseline += kPitch + kParagraphGap;
  }
  int looks = 0;
  PdfPage blank = page.page();
  blank.ink = [&looks](const PdfBox&) -> std::optional<PdfBox> {
    ++looks;
    return std::nullopt;
  };
  const std::string text = LayOutPages({blank, blank, blank});
  EXPECT_EQ(looks, 16);
  EXPECT_EQ(text.find("\u2022"), std::string::npos) << text;

  looks = 0;
  PdfPage bulleted = page.page();
  bulleted.ink = [&looks](const PdfBox& box) -> std::optional<PdfBox> {
    ++looks;
    return PdfBox{box.left + 1, box.top + 3, box.left + 4, box.top + 6};  // a small square
  };
  const std::string items = LayOutPages({bulleted, bulleted, bulleted});
  EXPECT_EQ(looks, 18);
  std::size_t count = 0;
  for (std::size_t at = items.find("\u2022 \u201cWe know"); at != std::string::npos;
       at = items.find("\u2022 \u201cWe know", at + 1))
    ++count;
  EXPECT_EQ(count, 18u) << items;
}

// Three pages with a running header on the outer side and page numbers at the foot;
// the first page's last sentence runs on to the second.
TEST(LayOutPages, SeparatesPagesAndJoinsASentenceBrokenByAPageBreak) {
  const char* header = "Inspection of probation services: Durham Tees Valley";
  const std::string foot_of_page_1 =
      "Partnerships with the police and with local authorities were strong, and information about "
      "domestic abuse and child safeguarding was shared promptly";
  const std::string head_of_page_2 = "with the service and its partners.";
  const std::vector<std::vector<std::string>> paragraphs = {
      {kVision, kCaseloads, foot_of_page_1}, {head_of_page_2, kVision, kCaseloads}, {kPartners, kVision}};
  std::vector<PdfPage> pages;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    PageBuilder page;
    if (p % 2 == 1) page.Line(kLeft, 50, header, 8);
    else page.RightAligned(kRight, 50, header, 8);
    double baseline = 100;
    for (const std::string& text : paragraphs[p]) {
      baseline = AddParagraph(page, baseline, text, text == foot_of_page_1);
    }
    page.Line(295, 800, std::to_string(p + 1), 9);
    pages.push_back(page.page());
  }
  EXPECT_EQ(LayOutPages(pages), std::string(kVision) + "\n" + kCaseloads + "\n" + foot_of_page_1 + " " +
                                    head_of_page_2 + "\n\f" + kVision + "\n" + kCaseloads + "\n\f" + kPartners +
                                    "\n" + kVision + "\n");
}

// Enough text for two columns of eight lines or more, 218 pt wide.
const std::string kTwoColumnsOfText =
    std::string(kVision) + " " + kCaseloads + " " + kPartners +
    " Accommodation remained a concern: too many people were released from prison without a settled "
    "address. Leaders had plans to reduce caseloads, and they had recruited new staff who were due to "
    "start work in the spring.";
const char* kFindingsHeading = "2. Findings on the quality of probation work";

// kTwoColumnsOfText in two justified columns under a heading across them; the
// paragraph runs on from the foot of the first column to the head of the second.
PageBuilder TwoColumnsOfText() {
  const Lines lines = Wrap(kTwoColumnsOfText, 218, kSize);
  const std::size_t half = (lines.size() + 1) / 2;
  EXPECT_GE(lines.size() - half, 8u) << "a column of a few lines only";
  PageBuilder page;
  page.Line(kLeft, 90, kFindingsHeading, 14, kBold);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool left = i < half;
    const double baseline = 120 + kPitch * static_cast<double>(left ? i : i - half);
    if (i + 1 < lines.size()) page.Justified(left ? 72 : 306, left ? 290 : 524, baseline, lines[i], kSize);
    else page.Line(306, baseline, lines[i], kSize);
  }
  return page;
}

TEST(LayOutPages, ReadsTwoColumnsWithAParagraphRunningOnFromOneToTheNext) {
  EXPECT_EQ(LayOutPages({TwoColumnsOfText().page()}), std::string(kFindingsHeading) + "\n" + kTwoColumnsOfText + "\n");
}

// A list whose bullets are drawn, broken between two columns: the first column's last
// item, set in as the next column's head is, ends on a line too full for the head's
// first word, as a set-in passage the break cuts would (CarriesSetInPassageOn). The
// drawing shows a bullet before the head: it opens an item, no run-on.
TEST(LayOutPages, StartsAnItemAtAColumnsHeadWhoseBulletIsDrawn) {
  const Lines lines = Wrap(kTwoColumnsOfText, 218, kSize);
  PageBuilder page;
  std::vector<PdfBox> discs;
  const auto item = [&](double left, double baseline, const Lines& text) {
    discs.push_back({left + 8, baseline - 5, left + 11, baseline - 2});
    return page.Lines(left + 18, baseline, kPitch, text, kSize) + kParagraphGap;
  };
  double baseline =
      page.JustifiedLines(72, 290, 120, kPitch, Lines(lines.begin(), lines.begin() + 6), kSize);
  page.Line(72, baseline + kParagraphGap, "Strengths:", kSize, kBold);
  baseline = item(72, baseline + kPitch + 2 * kParagraphGap,
                  {"Information was used to identify the", "risk of harm to others."});
  baseline =
      item(72, baseline, {"Requirements of the order started", "promptly and were well recorded."});
  const double foot = baseline - kPitch - kParagraphGap;
  baseline = item(306, 120, {"Joint working with other agencies", "to keep people safe was good."});
  const auto rows =
      static_cast<std::size_t>((foot - baseline) / kPitch) + 1;  // down to the first column's foot
  ASSERT_GE(lines.size(), 6 + rows);
  page.JustifiedLines(306, 524, baseline, kPitch,
                      Lines(lines.begin() + 6, lines.begin() + static_cast<long>(6 + rows)), kSize);
  PdfPage drawn = page.page();
  drawn.ink = [discs](const PdfBox& box) -> std::optional<PdfBox> {
    for (const PdfBox& d : discs)
      if (d.left > box.left && d.right < box.right && d.top > box.top && d.bottom < box.bottom)
        return d;
    return std::nullopt;
  };
  const std::string text = LayOutPages({drawn});
  EXPECT_NE(
      text.find("\n\u2022 Requirements of the order started promptly and were well recorded.\n"
                "\u2022 Joint working with other agencies to keep people safe was good.\n"),
      std::string::npos)
      << text;
}

// A footnote at the foot of the first column: the paragraph running on to the head
// of the second column carries on past the footnote.
TEST(LayOutPages, ReadsARunOnAtAColumnsHeadPastTheFootnotesOfTheColumnBefore) {
  PageBuilder page = TwoColumnsOfText();
  page.Line(72, 780, "^1 Ministry of Justice, 2019.", 8);
  EXPECT_EQ(LayOutPages({page.page()}),
            std::string(kFindingsHeading) + "\n" + kTwoColumnsOfText + "\n¹ Ministry of Justice, 2019.\n");
}

// A footnote set in the text's flow, running on from the foot of one column to the
// head of the next in its own smaller type, carries on the footnote.
TEST(LayOutPages, ReadsAFootnoteRunningOnToTheNextColumnAsOne) {
  const Lines first = Wrap(std::string(kVision) + " " + kCaseloads, 218, kSize);
  const Lines second = Wrap(std::string(kPartners) + " " + kVision, 218, kSize);
  PageBuilder page;
  page.Line(kLeft, 90, kFindingsHeading, 14, kBold);
  const double foot = page.JustifiedLines(72, 290, 120, kPitch, first, kSize) + kParagraphGap;
  page.Justified(72, 290, foot, "^1 Ministry of Justice, Offender management statistics", 8);
  page.Line(306, 120, "quarterly, 2019.", 8);
  page.JustifiedLines(306, 524, 120 + 10 + kParagraphGap, kPitch, second, kSize);
  EXPECT_EQ(LayOutPages({page.page()}),
            std::string(kFindingsHeading) + "\n" + kVision + " " + kCaseloads +
                "\n¹ Ministry of Justice, Offender management statistics quarterly, 2019.\n" + kPartners + " " +
                kVision + "\n");
}

// Two justified columns: a paragraph, then a table that runs from the foot of the
// first column to the head of the second, where its header row is set again, then
// another paragraph.
TEST(LayOutPages, ReadsATableHeaderRepeatedAtTheNextColumnsHeadOnce) {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"Does assessment focus on engagement?", "83%"}, {"Does assessment focus on desistance?", "87%"},
      {"Does assessment focus on safety?", "81%"},      {"Does planning focus on engagement?", "76%"},
      {"Does planning focus on desistance?", "68%"},    {"Does planning focus on safety?", "70%"}};
  PageBuilder page;
  const auto add_row = [&page](double left, double baseline, const std::string& question,
                               const std::string& figure) {
    page.Line(left, baseline, question, kSize);
    page.RightAligned(left + 218, baseline, figure, kSize);
    return baseline + kPitch + kParagraphGap;
  };
  const std::string before = std::string(kVision) + " " + kCaseloads;
  double baseline = page.JustifiedLines(72, 290, 100, kPitch, Wrap(before, 218, kSize), kSize) + kParagraphGap;
  for (double left : {72.0, 306.0}) {
    baseline = add_row(left, left == 72 ? baseline : 100, "Key question", "% yes");
    for (std::size_t i = left == 72 ? 0 : 3; i < (left == 72 ? 3u : rows.size()); ++i)
      baseline = add_row(left, baseline, rows[i].first, rows[i].second);
  }
  page.JustifiedLines(306, 524, baseline, kPitch, Wrap(kPartners, 218, kSize), kSize);
  std::string table = "Key question\t% yes\n";
  for (const auto& [question, figure] : rows) table += question + "\t" + figure + "\n";
  EXPECT_EQ(LayOutPages({page.page()}), before + "\n" + table + kPartners + "\n");
}

// Two justified columns of 10 pt text; between them a table in 8 pt whose last row in
// the first column is broken by the column's foot, a footnote in 7 pt under it. The
// rest of the row's question, at the head of the second column in the table's type,
// carries on the question's cell, not the footnote.
TEST(LayOutPages, ReadsATableRowBrokenAtAColumnsFootWithAFootnoteUnderItWhole) {
  constexpr double kTable = 8, kRowPitch = 10.5, kNote = 7;
  PageBuilder page;
  const auto add_row = [&page](double left, double baseline, const std::vector<std::string>& lines,
                               const std::string& figure) {
    page.RightAligned(left + 218, baseline, figure, kTable);
    for (const std::string& line : lines) {
      page.Line(left, baseline, line, kTable);
      baseline += kRowPitch;
    }
    return baseline + 4;
  };
  const std::string before = std::string(kVision) + " " + kCaseloads;
  double baseline = page.JustifiedLines(72, 290, 100, kPitch, Wrap(before, 218, kSize), kSize) + kParagraphGap;
  baseline = add_row(72, baseline, {"Does assessment focus on engagement?"}, "83%");
  baseline = add_row(72, baseline, {"Does planning focus on desistance?"}, "68%");
  add_row(72, baseline, {"Does reviewing focus sufficiently on supporting"}, "65%");
  page.Line(72, 770, "^1 Please note: percentages relate to the relevant sub-sample.", kNote);
  baseline = add_row(306, 100, {"the service user's compliance and engagement?"}, "");
  baseline = add_row(306, baseline, {"Does reviewing focus on keeping people safe?"}, "33%");
  page.JustifiedLines(306, 524, baseline + kParagraphGap, kPitch, Wrap(kPartners, 218, kSize), kSize);
  EXPECT_EQ(LayOutPages({page.page()}),
            before + "\nDoes assessment focus on engagement?\t83%\nDoes planning focus on desistance?\t68%\n" +
                "Does reviewing focus sufficiently on supporting the service user's compliance and "
                "engagement?\t65%\n¹ Please note: percentages relate to the relevant sub-sample.\n" +
                "Does reviewing focus on keeping people safe?\t33%\n" + kPartners + "\n");
}

// A glossary in 8 pt running from the first column's foot to the second's head: the
// row at the head, its term in lower case, is a row of its own, not the rest of the
// row before.
TEST(LayOutPages, ReadsAGlossaryRowAtAColumnsHeadAsARowOfItsOwn) {
  constexpr double kTable = 8, kRowPitch = 10.5;
  PageBuilder page;
  const std::string before = std::string(kVision) + " " + kCaseloads;
  double baseline = page.JustifiedLines(72, 290, 100, kPitch, Wrap(before, 218, kSize), kSize) + kParagraphGap;
  for (const char* term : {"HMPPS", "MoJ"}) {
    page.Line(72, baseline, term, kTable);
    page.Line(140, baseline, term == std::string("MoJ") ? "Ministry of Justice" : "Her Majesty's Prison Service",
              kTable);
    baseline += kRowPitch + 4;
  }
  page.Line(306, 100, "nDelius", kTable);
  page.Line(374, 100, "National Delius: case management", kTable);
  page.Line(306, 100 + kRowPitch + 4, "NPS", kTable);
  page.Line(374, 100 + kRowPitch + 4, "National Probation Service", kTable);
  const std::string after = std::string(kPartners) + " " + kVision;
  page.JustifiedLines(306, 524, 140, kPitch, Wrap(after, 218, kSize), kSize);
  EXPECT_EQ(LayOutPages({page.page()}),
            before + "\nHMPPS\tHer Majesty's Prison Service\nMoJ\tMinistry of Justice\n" +
                "nDelius\tNational Delius: case management\nNPS\tNational Probation Service\n" + after + "\n");
}

struct HyphenCase {
  const char* name;
  const char* elsewhere;  // a paragraph before, spelling the word whole or not at all
  Lines lines;            // the paragraph with the word broken at a line end
  const char* read;
};

const char* kVisionForTheRegion = "The service had a clear vision for the region.";

const HyphenCase kHyphenCases[] = {
    {"a word the document spells whole", "The probation service had a clear vision for the region.",
     {"Staff told us that the quality of supervision given by the service's proba-",
      "tion officers had improved."},
     "Staff told us that the quality of supervision given by the service's probation officers had improved."},
    {"a compound the document spells with its hyphen",
     "The service had a clear vision for post-release supervision in the region.",
     {"Staff told us that the arrangements made by the service in the area for post-",
      "release work with prisons were good."},
     "Staff told us that the arrangements made by the service in the area for post-release work with prisons "
     "were good."},
    {"a U+2010 hyphen", kVisionForTheRegion,
     {"Staff told us that their managers had always acted in the very best inter\xE2\x80\x90",
      "ests of victims."},
     "Staff told us that their managers had always acted in the very best interests of victims."},
    {"a soft hyphen", kVisionForTheRegion,
     {"Staff told us that their managers had always acted in the very best inter\xC2\xAD",
      "ests of victims."},
     "Staff told us that their managers had always acted in the very best interests of victims."},
    {"a capital after the hyphen", kVisionForTheRegion,
     {"Staff told us that the work of the service with its partners within the Multi-",
      "Agency Public Protection Arrangements was effective."},
     "Staff told us that the work of the service with its partners within the Multi-Agency Public Protection "
     "Arrangements was effective."},
};

TEST(LayOutPages, RepairsAWordHyphenatedAtALineEnd) {
  for (const HyphenCase& c : kHyphenCases) {
    PageBuilder page;
    const double baseline = AddParagraph(page, 100, c.elsewhere);
    page.JustifiedLines(kLeft, kRight, baseline, kPitch, c.lines, kSize);
    EXPECT_EQ(LayOutPages({page.page()}), std::string(c.elsewhere) + "\n" + c.read + "\n") << c.name;
  }
}

// A typesetter that prints its breaks as U+2010: a line-end '-' is a compound's.
TEST(LayOutPages, KeepsACompoundsHyphenWhereBreaksArePrintedApart) {
  PageBuilder page;
  page.JustifiedLines(kLeft, kRight, 100, kPitch,
                      {"Staff told us that their managers had always acted in the very best inter\xE2\x80\x90",
                       "ests of victims, and that the work of the service with young men was offence-",
                       "focused and effective."},
                      kSize);
  EXPECT_EQ(LayOutPages({page.page()}),
            "Staff told us that their managers had always acted in the very best interests of victims, and that "
            "the work of the service with young men was offence-focused and effective.\n");
}

// The sidebar layout: a narrow main column of ragged 10 pt text, and the footnote
// texts in 8.5 pt in a sidebar beside it, some of their lines level with the body's.
// The body is read first, then the sidebar.
TEST(LayOutPages, ReadsASidebarBesideTheBodyAfterIt) {
  PageBuilder page;
  const std::string body = std::string(kVision) + " " + kCaseloads;
  double baseline = page.Lines(kLeft, 100, kPitch, Wrap(body, 258, kSize), kSize) + kParagraphGap;
  page.Lines(kLeft, baseline, kPitch, Wrap(kPartners, 258, kSize), kSize);
  const std::vector<std::string> notes = {
      "^1 Ministry of Justice, Offender management statistics quarterly, October to December 2019.",
      "^2 Probation delivery units are the local teams through which the service works with partners.",
      "^3 At 31 March 2019, as reported by the service in its evidence to the inspection."};
  baseline = 100;
  for (const std::string& note : notes) baseline = page.Lines(360, baseline, 10.5, Wrap(note, 163, 8.5), 8.5) + 4;
  EXPECT_EQ(LayOutPages({page.page()}),
            body + "\n" + kPartners + "\n" +
                "¹ Ministry of Justice, Offender management statistics quarterly, October to December 2019.\n"
                "² Probation delivery units are the local teams through which the service works with partners.\n"
                "³ At 31 March 2019, as reported by the service in its evidence to the inspection.\n");
}

// A page of justified text 72–400 in 10 pt, `text`, and a column beside it from x = 428
// to 538 (under ten heights of the text's type wide) from `beside_top` down: the
// `beside` paragraphs, each in its type, ragged; the next page's text is `next_text`.
struct Paragraph {
  std::string text;
  double size;
};

std::vector<PdfPage> TextBesideAColumn(const std::string& text, double beside_top,
                                       const std::vector<Paragraph>& beside,
                                       const std::string& next_text) {
  PageBuilder first, next;
  double baseline = 100;
  for (const std::string& line : Wrap(text, 400 - kLeft, kSize)) {
    first.Justified(kLeft, 400, baseline, line, kSize);
    baseline += kPitch;
  }
  baseline = beside_top;
  for (const Paragraph& paragraph : beside) {
    baseline = first.Lines(428, baseline, 1.25 * paragraph.size,
                           Wrap(paragraph.text, 110, paragraph.size), paragraph.size) +
               0.4 * paragraph.size;
  }
  AddParagraph(next, 100, next_text);
  return {first.page(), next.page()};
}

const std::string kThreeTimesTwoColumns =
    kTwoColumnsOfText + " " + kTwoColumnsOfText + " " + kTwoColumnsOfText;
const std::vector<Paragraph> kRailNotes = {
    {"Notes", 8},
    {"1 Offender Management Caseload Statistics as at 31 March 2016, Ministry of Justice", 8},
    {"2 Figure for the Derbyshire, Nottinghamshire, Leicestershire & Rutland CRC", 8},
    {"3 CRC Service Level 9, Community Performance Quarterly Statistics January-March 2016, "
     "Ministry "
     "of Justice",
     8},
    {"4 Multi-Agency Public Protection Arrangements (MAPPA) Annual Report as at 31 March 2015, "
     "Ministry of Justice",
     8},
    {"5 'Transforming Rehabilitation', National Audit Office, 2016", 8}};

// A rail of endnotes in 8 pt beside the head of the text, read after the text, as a
// column: the text's paragraph, not the rail's last note, takes the next page's run-on.
TEST(LayOutPages, CarriesTheTextOnOverThePageBreakPastARailOfNotesBesideIt) {
  const std::string open = kThreeTimesTwoColumns + " Staff told us that the work of the service";
  const std::string carried = "with young men was offence-focused and effective.";
  const std::string out = LayOutPages(TextBesideAColumn(open, 100, kRailNotes, carried));
  // The text's paragraph carried on, then the rail (whatever cells its narrow justified
  // lines' wide spaces make); the next page keeps nothing.
  const std::string text = open + " " + carried + "\nNotes\n";
  EXPECT_EQ(out.substr(0, text.size()), text);
  EXPECT_EQ(out.find(carried), open.size() + 1);
  EXPECT_EQ(out.back(), '\f');
}

// The column beside the text carries the run-on where it ends the page: one in smaller
// type running down past the text's last line (a glossary's table), or one whose last
// paragraph is in the body's type.
TEST(LayOutPages, CarriesOnTheColumnBesideTheTextWhereItEndsThePage) {
  const std::string closed = kThreeTimesTwoColumns;
  const std::string open_note = "6 Offender Management Statistics for the quarter, Ministry of";
  const std::string carried = "and of the Home Office.";
  std::vector<Paragraph> rail = kRailNotes;
  rail.push_back({open_note, 8});
  for (const bool to_the_foot : {true, false}) {
    std::vector<Paragraph> beside = rail;
    if (!to_the_foot) beside.back().size = kSize;
    const std::string out =
        LayOutPages(TextBesideAColumn(closed, to_the_foot ? 400 : 100, beside, carried));
    EXPECT_NE(out.find(open_note + " " + carried + "\n"), std::string::npos) << to_the_foot << out;
    EXPECT_EQ(out.back(), '\f') << to_the_foot;
  }
}

// The key-facts panel: two figures in 20 pt, each beside its description.
TEST(LayOutPages, ReadsKeyFactsAsItems) {
  PageBuilder page;
  page.Line(kLeft, 100, "Key facts", 14, kBold);
  page.Line(kLeft, 152, "62%", 20);
  page.Lines(140, 140, kPitch, {"of cases had a sufficient", "assessment of risk of harm"}, kSize);
  page.Line(320, 152, "4", 20);
  page.Lines(350, 140, kPitch, {"probation delivery units", "were inspected"}, kSize);
  EXPECT_EQ(LayOutPages({page.page()}), "Key facts\n"
                                        "• 62% of cases had a sufficient assessment of risk of harm\n"
                                        "• 4 probation delivery units were inspected\n");
}

// The words of `frame`, a page laid out as a reader sees it with the A4 page `page`
// turned its way, set turned on `page`: running bottom to top (turn 3) or top to
// bottom (1), the frame 842 wide and 595 tall, or upside down (2).
void SetTurned(const PdfPage& frame, int turn, PageBuilder& page) {
  const double width = 595, height = 842;
  for (PdfWord w : frame.words) {
    const PdfWord up = w;
    w.turn = turn;
    if (turn == 3) {  // the page's left edge is the frame's top
      w.left = up.top, w.right = up.bottom, w.top = height - up.right, w.bottom = height - up.left;
    } else if (turn == 1) {  // its right edge is the frame's top
      w.left = width - up.bottom, w.right = width - up.top, w.top = up.left, w.bottom = up.right;
    } else {
      w.left = width - up.right, w.right = width - up.left, w.top = height - up.bottom,
      w.bottom = height - up.top;
    }
    page.AddWord(w);
  }
}

// A table of the scores of an earlier inspection, 9 pt, its cells at 72, 400, 480
// and 560 of a frame `width` wide.
PdfPage ScoresTable(double width, double height, double top) {
  PageBuilder table(width, height);
  const auto row = [&](double baseline, const std::string& label, const Lines& cells) {
    table.Line(72, baseline, label, 9);
    for (std::size_t i = 0; i < cells.size(); ++i) table.Line(400 + 80 * i, baseline, cells[i], 9);
  };
  row(top, "Work", {"Lowest", "Highest", "Average"});
  row(top + 14, "Risk of harm work", {"64%", "81%", "70%"});
  row(top + 28, "Likelihood of reoffending work", {"62%", "76%", "69%"});
  row(top + 42, "Compliance and enforcement work", {"69%", "84%", "77%"});
  return table.page();
}

const char* kScoresRows =
    "Work\tLowest\tHighest\tAverage\n"
    "Risk of harm work\t64%\t81%\t70%\n"
    "Likelihood of reoffending work\t62%\t76%\t69%\n"
    "Compliance and enforcement work\t69%\t84%\t77%\n";

// A table set sideways on a portrait page (LaTeX's sidewaystable): a reader turns the
// page and reads its rows, whichever way it is turned.
TEST(LayOutPages, ReadsATableSetSidewaysWithThePageTurned) {
  for (int turn : {3, 1, 2}) {
    PageBuilder page;
    const bool quarter = turn != 2;
    SetTurned(ScoresTable(quarter ? 842 : 595, quarter ? 595 : 842, 200), turn, page);
    EXPECT_EQ(LayOutPages({page.page()}), kScoresRows) << turn;
  }
}

// The turned table reads where it stands: over the page's text, before it; under it,
// after it. A paragraph running on over the page break reads whole past it.
TEST(LayOutPages, ReadsTurnedTextWhereItStandsOnThePage) {
  const std::string foot =
      "Partnerships with the police and with local authorities were strong, and information about "
      "domestic abuse and child safeguarding was shared promptly";
  const std::string head = "with the service and its partners.";
  PageBuilder first;
  AddParagraph(first, 700, foot, /*runs_on=*/true);
  // Running down the page from 72 to 591 pt, the table is over text set from 680 pt.
  PageBuilder over;
  SetTurned(ScoresTable(842, 595, 200), 1, over);
  AddParagraph(over, AddParagraph(over, 680, head), kCaseloads);
  EXPECT_EQ(LayOutPages({first.page(), over.page()}),
            foot + " " + head + "\n\f" + kScoresRows + kCaseloads + "\n");
  // Running up the page from 770 to 251 pt, under text set from 100 pt.
  PageBuilder under;
  SetTurned(ScoresTable(842, 595, 200), 3, under);
  AddParagraph(under, AddParagraph(under, 100, head), kCaseloads);
  EXPECT_EQ(LayOutPages({first.page(), under.page()}),
            foot + " " + head + "\n\f" + kCaseloads + "\n" + kScoresRows);
}

// A page of a table set sideways alone, under its running head (a float page): the
// paragraph at the foot of the page before runs on to the head of the page after it.
TEST(LayOutPages, RunsAParagraphOnPastAPageOfTurnedTextOnly) {
  const char* header = "Inspection of probation services: Durham Tees Valley";
  const std::string foot =
      "Partnerships with the police and with local authorities were strong, and information about "
      "domestic abuse and child safeguarding was shared promptly";
  const std::string head = "with the service and its partners.";
  const std::vector<std::vector<std::string>> paragraphs = {
      {kVision, foot}, {}, {head, kCaseloads}, {kPartners}};
  std::vector<PdfPage> pages;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    PageBuilder page;
    page.Line(kLeft, 50, header, 8);
    double baseline = 100;
    for (const std::string& text : paragraphs[p]) baseline = AddParagraph(page, baseline, text, text == foot);
    if (paragraphs[p].empty()) SetTurned(ScoresTable(842, 595, 200), 3, page);
    page.Line(295, 800, std::to_string(p + 1), 9);
    pages.push_back(page.page());
  }
  EXPECT_EQ(LayOutPages(pages), std::string(kVision) + "\n" + foot + " " + head + "\n\f" + kScoresRows +
                                    "\f" + kCaseloads + "\n\f" + kPartners + "\n");
}

// A label running up the margin beside a paragraph stays out of its lines.
TEST(LayOutPages, ReadsALabelTurnedInTheMarginApartFromTheText) {
  PageBuilder frame(842, 595);
  frame.Line(300, 40, "Draft for consultation", 9);
  PageBuilder page;
  SetTurned(frame.page(), 3, page);
  AddParagraph(page, 440, kCaseloads);
  EXPECT_EQ(LayOutPages({page.page()}), std::string(kCaseloads) + "\nDraft for consultation\n");
}

TEST(LayOutPages, LaysOutNoPagesAsNothing) { EXPECT_EQ(LayOutPages({}), ""); }

// The layout of real reports, read through the document loader.

TEST(PdfLayout, KeyFactsComeOutAsInTheTextFile) {
  Result<LoadedDocument> pdf = LoadDocument(testing::SourcePath("corpus/pdf/derbyshire.pdf"));
  ASSERT_TRUE(pdf.ok());
  EXPECT_NE(pdf->doc.text.find("\n\xE2\x80\xA2 251,170 The total number of offenders subject to "
                               "probation supervision across England & Wales[^1].\n"),
            std::string::npos);
  EXPECT_NE(pdf->doc.text.find("\n1 Offender Management Caseload Statistics as at 31 March 2016"),
            std::string::npos);
}

TEST(PdfLayout, RatingsTableRowsAreTabSeparated) {
  Result<LoadedDocument> pdf =
      LoadDocument(testing::SourcePath("corpus/pdf/south-west-south-central.pdf"));
  ASSERT_TRUE(pdf.ok());
  EXPECT_NE(pdf->doc.text.find("\n1.1\tLeadership\tGood\n"), std::string::npos);
  EXPECT_NE(pdf->doc.text.find(
                "\n2.1.3.\tDoes assessment focus sufficiently on keeping other people safe?\t81%\n"),
            std::string::npos);
  // The running header is gone from every page but its first use.
  const std::string header = "An inspection of South West South Central National Probation Service";
  std::size_t count = 0;
  for (std::size_t at = 0; (at = pdf->doc.text.find(header, at)) != std::string::npos; ++at) ++count;
  EXPECT_LE(count, 2u);
}

}  // namespace
}  // namespace findings

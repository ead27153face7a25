#include "layout/run_on.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/page_layout.h"
#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::kBold;
using layout_test::PageBuilder;
using layout_test::Wrap;

// 10 pt text on A4 between 72 and 432, lines 13 pt apart, from a baseline of 100 down to
// 750 on a full page.
constexpr double kSize = 10, kPitch = 13, kLeft = 72, kRight = 432, kTop = 100, kFoot = 750;

const char* kFiller =
    "Staff told us that their managers supported them well and that the training they had been "
    "given prepared them for the work they were asked to do with people on probation. ";

// Justified lines of filler from `top` down to `foot` (exclusive); returns the
// baseline under them. With `paragraph_lines`, the filler is paragraphs of that many
// lines, each last one set at the body's own space.
// `wrap`: the width the lines are broken at; wider than the measure, a line of more
// words is set with its spaces shrunk to fit, as TeX sets lines.
double Filler(PageBuilder& page, double foot, std::size_t paragraph_lines, double top = kTop,
              double wrap = kRight - kLeft) {
  std::string text;
  while (Wrap(text, wrap, kSize).size() < 60) text += kFiller;
  const std::vector<std::string> lines = Wrap(text, wrap, kSize);
  double baseline = top;
  for (std::size_t i = 0; baseline < foot; ++i, baseline += kPitch) {
    if (paragraph_lines > 0 && i % paragraph_lines == paragraph_lines - 1)
      page.Line(kLeft, baseline, "the work they were asked to do.", kSize);
    else
      page.Justified(kLeft, kRight, baseline, lines[i], kSize);
  }
  return baseline;
}

// Filler, then `last` set as a full justified line or as a paragraph's last line.
PdfPage PageEndingWith(const std::string& last, bool last_full, double foot = kFoot,
                       std::size_t paragraph_lines = 0) {
  PageBuilder page;
  const double baseline = Filler(page, foot, paragraph_lines);
  if (last_full) page.Justified(kLeft, kRight, baseline, last, kSize);
  else page.Line(kLeft, baseline, last, kSize);
  return page.page();
}

// A page starting with `first` (its own paragraph's last line), then filler.
PdfPage PageStartingWith(const std::string& first, double left = kLeft, bool bold = false) {
  PageBuilder page;
  page.Line(left, kTop, first, kSize, bold ? kBold : layout_test::kPlain);
  page.Line(kLeft, kTop + 2 * kPitch, "Caseloads were manageable in most teams.", kSize);  // a paragraph after
  return page.page();
}

// How the text reads across the last page break: the end of the last block before it
// (as long as `foot`, or as `foot` and `head` with a space), a '|' for a block's end,
// and, where `head` was not joined, the start of the next page.
std::string AcrossTheLastBreak(const std::vector<PdfPage>& pages, const std::string& foot,
                               const std::string& head) {
  const std::string text = LayOutPages(pages);
  const std::size_t page_break = text.rfind('\f');
  if (page_break == std::string::npos) return text;
  const std::string before = text.substr(0, page_break - 1);  // less the block's '\n'
  const std::size_t joined = foot.size() + 1 + head.size();
  if (before.size() >= joined && before.compare(before.size() - joined, joined, foot + " " + head) == 0) {
    return foot + " " + head + "|";
  }
  return before.substr(before.size() - std::min(before.size(), foot.size())) + "|" +
         text.substr(page_break + 1, head.size());
}

const std::string kFootMidSentence = "without a settled address, and the number of those released from the";
const std::string kFootAtSentenceEnd = "without a settled address, and the number of those released had risen.";
const std::string kHead = "National Probation Service rose in the year.";

TEST(RunsOnMidSentence, JoinsAParagraphRunningOnToACapitalAtTheNextPagesHead) {
  EXPECT_EQ(AcrossTheLastBreak({PageEndingWith(kFootMidSentence, true), PageStartingWith(kHead)},
                               kFootMidSentence, kHead),
            kFootMidSentence + " " + kHead + "|");
}

// A line above in the body's type running out of the column (a table too wide for
// it) does not move the measure the justified lines end at.
TEST(RunsOnMidSentence, MeasuresAJustifiedColumnWhereMostOfItsLinesEnd) {
  PdfPage foot_page = PageEndingWith(kFootMidSentence, true);
  PageBuilder wide;
  wide.Line(
      kLeft, kTop - 2 * kPitch,
      "Offender Rehabilitation Act 2014 Implemented in February 2015, for offences on or after it",
      kSize);
  ASSERT_GT(wide.words().back().right, kRight + 5 * kSize);
  foot_page.words.insert(foot_page.words.begin(), wide.words().begin(), wide.words().end());
  EXPECT_EQ(AcrossTheLastBreak({foot_page, PageStartingWith(kHead)}, kFootMidSentence, kHead),
            kFootMidSentence + " " + kHead + "|");
}

// A paragraph's last line that happens to fill the measure, set at the body's own
// word space: its sentence's end is the paragraph's.
TEST(RunsOnMidSentence, LeavesABreakAtASentencesEndAParagraphsEnd) {
  const std::string full = "without a settled address, and so the number of those released had then risen.";
  ASSERT_GT(layout_test::TextWidth(full, kSize), kRight - kLeft - 0.5 * kSize);
  ASSERT_LE(layout_test::TextWidth(full, kSize), kRight - kLeft);
  EXPECT_EQ(AcrossTheLastBreak({PageEndingWith(full, false), PageStartingWith(kHead)}, full, kHead),
            full + "|" + kHead);
}

// The same where justification shrinks lines' spaces as well as stretching them:
// the body's own space is the one the paragraphs' last lines share, not the narrowest
// that many lines show.
TEST(RunsOnMidSentence, LeavesABreakAtASentencesEndWhereJustificationAlsoShrinks) {
  const std::string full =
      "without a settled address, and so the number of those released had then risen.";
  PageBuilder page;
  const double baseline = Filler(page, kFoot, 5, kTop, 1.06 * (kRight - kLeft));
  const std::vector<PdfWord>& words = page.words();
  ASSERT_TRUE(std::none_of(words.begin(), words.end(),
                           [](const PdfWord& w) { return w.right > kRight + 0.1; }));
  bool shrunk = false;  // some line's spaces narrower than the body's own
  for (std::size_t i = 1; i < words.size(); ++i)
    shrunk =
        shrunk || (words[i].bottom == words[i - 1].bottom &&
                   words[i].left - words[i - 1].right < 0.95 * layout_test::kSpaceWidth * kSize);
  ASSERT_TRUE(shrunk);
  page.Line(kLeft, baseline, full, kSize);
  EXPECT_EQ(AcrossTheLastBreak({page.page(), PageStartingWith(kHead)}, full, kHead),
            full + "|" + kHead);
}

// The foot line ends open as findings/document.h's EndsOpen reads a block: a quote
// closed after a full stop ends the sentence in the PDF's ” as in the text's ".
TEST(RunsOnMidSentence, LeavesABreakAfterAClosedQuoteAParagraphsEnd) {
  const std::string quoted = "without a settled address, and one officer said they were all so \xE2\x80\x9Cstretched.\xE2\x80\x9D";
  ASSERT_GE(layout_test::TextWidth(quoted, kSize), kRight - kLeft - 0.5 * kSize);
  EXPECT_EQ(AcrossTheLastBreak({PageEndingWith(quoted, false), PageStartingWith(kHead)}, quoted, kHead),
            quoted + "|" + kHead);
}

TEST(RunsOnMidSentence, LeavesAJustifiedLineThatStopsShortOfTheMeasure) {
  const std::string heading_like = "Planning was sufficiently focused on reducing reoffending";
  EXPECT_EQ(AcrossTheLastBreak({PageEndingWith(heading_like, false), PageStartingWith(kHead)}, heading_like, kHead),
            heading_like + "|" + kHead);
}

TEST(RunsOnMidSentence, LeavesAPageThatStopsShortOfItsFoot) {
  // The full pages around it set how low a full page's text reaches.
  const std::vector<PdfPage> pages = {PageEndingWith(kFootAtSentenceEnd, false),
                                      PageEndingWith(kFootMidSentence, true, kFoot - 8 * kPitch),
                                      PageStartingWith(kHead), PageEndingWith(kFootAtSentenceEnd, false)};
  const std::string text = LayOutPages(pages);
  EXPECT_NE(text.find(kFootMidSentence + "\n\f" + kHead), std::string::npos) << text.substr(0, 300);
}

TEST(RunsOnMidSentence, LeavesAnIndentedOrBoldHead) {
  EXPECT_EQ(AcrossTheLastBreak({PageEndingWith(kFootMidSentence, true), PageStartingWith(kHead, kLeft + 18)},
                               kFootMidSentence, kHead),
            kFootMidSentence + "|" + kHead);
  EXPECT_EQ(AcrossTheLastBreak({PageEndingWith(kFootMidSentence, true), PageStartingWith(kHead, kLeft, true)},
                               kFootMidSentence, kHead),
            kFootMidSentence + "|" + kHead);
}

// A justified foot line ending a sentence, its spaces stretched wider than the
// paragraphs' last lines (every fifth line) show the body's own: not a paragraph's last line, so the
// paragraph runs on to the capital at the next page's head.
TEST(RunsOnMidSentence, JoinsAStretchedLineEndingASentenceToTheNextPagesHead) {
  const std::string stretched = "and the number of people released without an address rose.";
  EXPECT_EQ(AcrossTheLastBreak({PageEndingWith(stretched, true, kFoot, 5), PageStartingWith(kHead)}, stretched,
                               kHead),
            stretched + " " + kHead + "|");
}

// Justification may stretch a line's spaces by much less than a fifth: the foot line
// here is a few points short of the measure, its thirteen spaces each widened by a
// twelfth, which still sets it apart from a paragraph's last line. Spaces a fiftieth
// wider than the body's own (rounding, a word in other type) are no stretch.
TEST(RunsOnMidSentence, JoinsALineStretchedByATwelfthButNotByAFiftieth) {
  const std::string line =
      "so the number of people released from custody with no address had risen again.";
  const double gaps = 13, natural = layout_test::TextWidth(line, kSize);
  const double stretch = 1 + (kRight - kLeft - natural) / (gaps * layout_test::kSpaceWidth * kSize);
  ASSERT_GT(stretch, 1.05);
  ASSERT_LT(stretch, 1.2);
  EXPECT_EQ(AcrossTheLastBreak({PageEndingWith(line, true, kFoot, 5), PageStartingWith(kHead)},
                               line, kHead),
            line + " " + kHead + "|");

  PageBuilder rounded;
  const double baseline = Filler(rounded, kFoot, 5);
  rounded.Line(kLeft, baseline, line, kSize, layout_test::kPlain,
               1.02 * layout_test::kSpaceWidth * kSize);
  ASSERT_GT(rounded.words().back().right, kRight - 0.5 * kSize);
  EXPECT_EQ(AcrossTheLastBreak({rounded.page(), PageStartingWith(kHead)}, line, kHead),
            line + "|" + kHead);
}

// The same on a page whose table cells, in the body's type, outnumber its lines of
// text: a table's cells end anywhere, and only the lines of text tell whether it is
// justified.
TEST(RunsOnMidSentence, JoinsAStretchedLineUnderATableOfManyCellsToTheNextPagesHead) {
  const std::string stretched = "and the number of people released without an address rose;";
  PageBuilder page;
  double baseline = kTop;
  // Rows of four cells, each cell further right than the one above it (no column
  // gutter runs down the page to cut the table off as a column of its own).
  for (int row = 0; row < 24; ++row, baseline += kPitch) {
    for (const double x : {0.0, 80.0, 200.0, 270.0})
      page.Line(kLeft + x + 2 * row, baseline, "Good", kSize);
  }
  baseline = Filler(page, kFoot, 5, baseline);
  page.Justified(kLeft, kRight, baseline, stretched, kSize);
  EXPECT_EQ(AcrossTheLastBreak({page.page(), PageStartingWith(kHead)}, stretched, kHead),
            stretched + " " + kHead + "|");
}

// Set ragged, a line ends early only where the next word would not have fitted.
TEST(RunsOnMidSentence, ReadsARaggedLineByWhetherTheNextWordWouldHaveFitted) {
  auto ragged_page = [](const std::string& last) {
    PageBuilder page;
    double baseline = kTop;
    const std::vector<std::string> lines = Wrap(std::string(kFiller) + kFiller + kFiller, kRight - kLeft, kSize);
    for (std::size_t i = 0; baseline < kFoot; ++i, baseline += kPitch) {
      page.Line(kLeft, baseline, lines[i % lines.size()], kSize);
    }
    page.Line(kLeft, baseline, last, kSize);
    return page.page();
  };
  // The foot line stops 20 to 45 pt short of the filler's widest line: "National" (40
  // pt after a word space) would not have fitted after it, "In" (10 pt) would.
  const std::string foot = "without a settled address, and the number of people released from the";
  double widest = 0;
  for (const std::string& line : Wrap(std::string(kFiller) + kFiller, kRight - kLeft, kSize)) {
    widest = std::max(widest, layout_test::TextWidth(line, kSize));
  }
  const double short_by = widest - layout_test::TextWidth(foot, kSize);
  ASSERT_GT(short_by, 20);
  ASSERT_LT(short_by, 45);
  EXPECT_EQ(AcrossTheLastBreak({ragged_page(foot), PageStartingWith(kHead)}, foot, kHead),
            foot + " " + kHead + "|");
  const std::string in = "In the year it rose.";
  EXPECT_EQ(AcrossTheLastBreak({ragged_page(foot), PageStartingWith(in)}, foot, in), foot + "|" + in);
}

// A table row the page broke (no header repeated on the next page), under a row whose
// first cell is short: its first cell stops mid-sentence at the foot of a full page,
// and the rest of that cell, starting with a capital, stands inside the cell at the
// next page's head. Its rest joins the cell; a cell ending its sentence, or a line
// wider than the cell, does not.
TEST(RunsOnInCell, JoinsTheRestOfACellTheRowBrokeAtThePageFoot) {
  const double figure_left = 300;
  auto foot_page = [&](const std::string& cell) {
    PageBuilder page;
    const std::vector<std::string> lines = Wrap(std::string(kFiller) + kFiller + kFiller, kRight - kLeft, kSize);
    double baseline = kTop;
    for (std::size_t i = 0; baseline < kFoot - kPitch; ++i, baseline += kPitch) {
      page.Justified(kLeft, kRight, baseline, lines[i % lines.size()], kSize);
    }
    page.Line(kLeft, baseline, "'Help'", kSize);
    page.Line(figure_left, baseline, "62%", kSize);
    page.Line(figure_left + 60, baseline, "75%", kSize);
    baseline += kPitch;
    page.Line(kLeft, baseline, cell, kSize);
    page.Line(figure_left, baseline, "69%", kSize);
    page.Line(figure_left + 60, baseline, "84%", kSize);
    return page.page();
  };
  auto head_page = [&](const std::vector<std::string>& rest) {
    PageBuilder page;
    double baseline = kTop;
    for (const std::string& line : rest) page.Line(kLeft, (baseline += kPitch) - kPitch, line, kSize);
    page.Line(kLeft, baseline + kPitch, "In the next section of this report, we consider the work of the service.", kSize);
    return page.page();
  };
  const std::string row = "'Punish' – Compliance and Enforcement work (individual serves his/her sentence)\t69%\t84%\n";
  std::string text = LayOutPages({foot_page("'Punish' – Compliance and"),
                                  head_page({"Enforcement work (individual", "serves his/her sentence)"})});
  EXPECT_NE(text.find(row), std::string::npos) << text.substr(text.size() - 300);
  text = LayOutPages({foot_page("'Punish' – Compliance."), head_page({"Enforcement work (individual"})});
  EXPECT_NE(text.find("Compliance.\t69%\t84%\n\fEnforcement work (individual\n"), std::string::npos)
      << text.substr(text.size() - 300);
  text = LayOutPages({foot_page("'Punish' – Compliance and"),
                      head_page({"Enforcement work (individual serves his/her sentence) and more"})});
  EXPECT_NE(text.find("Compliance and\t69%\t84%\n\fEnforcement work"), std::string::npos)
      << text.substr(text.size() - 300);
}

// A table of labels and figures ends at the foot of a full page, its last label
// ending open ("… for victims"); its label cells wrap narrower than the next page's
// first line, a paragraph's across the page (which stops short of the figures' x). The
// paragraph is no rest of the cell: the row ends at the page foot.
TEST(RunsOnInCell, LeavesAParagraphWiderThanTheCellsColumnOutOfTheCell) {
  const double figure_left = 400;
  PageBuilder foot;
  const std::vector<std::string> lines =
      Wrap(std::string(kFiller) + kFiller + kFiller, kRight - kLeft, kSize);
  double baseline = kTop;
  for (std::size_t i = 0; baseline < kFoot - 3 * kPitch; ++i, baseline += kPitch)
    foot.Justified(kLeft, kRight, baseline, lines[i % lines.size()], kSize);
  foot.Line(kLeft, baseline, "Reducing the likelihood of", kSize);
  foot.Line(figure_left, baseline, "63%", kSize);
  foot.Line(kLeft, baseline += kPitch, "reoffending", kSize);
  foot.Line(kLeft, baseline += kPitch, "Protecting the public", kSize);
  foot.Line(figure_left, baseline, "58%", kSize);
  foot.Line(kLeft, baseline += kPitch, "Delivering work for victims", kSize);
  foot.Line(figure_left, baseline, "64%", kSize);
  PageBuilder head;
  head.Lines(kLeft, kTop, kPitch,
             {"We concluded at that time that the work was not", "being delivered well enough."},
             kSize);
  const std::string text = LayOutPages({foot.page(), head.page()});
  EXPECT_NE(text.find("Delivering work for victims\t64%\n\fWe concluded"), std::string::npos)
      << text.substr(text.size() - 300);
}

// A box of text set in 9 pt by its padding, cut by the page break after a line that
// ends a sentence: its first two lines at the head of the next page, set in as far,
// carry it on, for the foot line was full for the box's measure ("It" would not have
// fitted). Where the next page starts back at the body's edge, or the foot line
// stops short of the box's measure, the box ended there.
TEST(CarriesSetInPassageOn, JoinsABoxThePageBreakCutsHoweverItsLastLineEnds) {
  const double box = kLeft + 9;
  const std::string first = "Good practice example: the NPS in Derbyshire was",
                    last = "engaged in developing a Learning Disability Pathway.",
                    head = "It was taking a partnership response to this complex",
                    head_rest = "area of need that had been identified locally.",
                    short_last = "engaged in developing a Pathway.";
  const double measure =
      std::max({layout_test::TextWidth(first, kSize), layout_test::TextWidth(last, kSize),
                layout_test::TextWidth(head, kSize)});
  ASSERT_GT(layout_test::TextWidth(last + " It", kSize), measure);
  auto foot_page = [&](const std::string& foot) {
    PageBuilder page;
    const std::vector<std::string> lines =
        Wrap(std::string(kFiller) + kFiller + kFiller, kRight - kLeft, kSize);
    double baseline = kTop;
    for (std::size_t i = 0; baseline < kFoot - kPitch; ++i, baseline += kPitch) {
      page.Justified(kLeft, kRight, baseline, lines[i % lines.size()], kSize);
    }
    page.Line(box, baseline + 6, first, kSize);
    page.Line(box, baseline + 6 + kPitch, foot, kSize);
    return page.page();
  };
  auto head_page = [&](double left) {
    PageBuilder page;
    page.Line(left, kTop, head, kSize);
    page.Line(left, kTop + kPitch, head_rest, kSize);
    page.Line(kLeft, kTop + 2 * kPitch + 6, "Caseloads were manageable in most teams.", kSize);
    return page.page();
  };
  const std::string rest = head + " " + head_rest;
  EXPECT_EQ(AcrossTheLastBreak({foot_page(last), head_page(box)}, last, rest),
            last + " " + rest + "|");
  EXPECT_EQ(AcrossTheLastBreak({foot_page(last), head_page(kLeft)}, last, rest), last + "|" + rest);
  EXPECT_EQ(AcrossTheLastBreak({foot_page(short_last), head_page(box)}, short_last, rest),
            short_last + "|" + rest);
}

// `page` in a font whose boxes stand a quarter taller than its size (Vollkorn's 9.5 pt
// in 12.35 pt boxes), the 0.05 em more above its letters.
PdfPage InTallerBoxes(PdfPage page) {
  for (PdfWord& w : page.words) w.top -= 0.05 * w.font_size;
  return page;
}

// A justified box in a narrow column, set in by a padding of 6 pt in such a font: 0.6
// em, set in as a padding is, in the type's measure, though under half its boxes'
// 12.5 pt height. The page break cuts its sentence after a dash, on a line of four
// words, too few to tell its spaces by; its next two lines, at the head of the next
// page, set in as far, carry it on.
TEST(CarriesSetInPassageOn, MeasuresABoxsPaddingInEmsOfItsType) {
  const std::string first = "Good practice example: We observed a",
                    above = "two hour session entitled 'Skills for",
                    last = "Employment, Changing Direction \xE2\x80\x93",
                    head = "Disclosure'. The session was for",
                    head_rest = "service users with RAR attached";
  const double box = kLeft + 6, box_right = box +
                                            std::max({layout_test::TextWidth(first, kSize),
                                                      layout_test::TextWidth(above, kSize),
                                                      layout_test::TextWidth(head, kSize),
                                                      layout_test::TextWidth(head_rest, kSize)}) +
                                            2;
  PageBuilder foot;
  const double baseline = Filler(foot, kFoot - 2 * kPitch, 4);
  foot.Justified(box, box_right, baseline + 6, first, kSize);
  foot.Justified(box, box_right, baseline + 6 + kPitch, above, kSize);
  foot.Justified(box, box_right, baseline + 6 + 2 * kPitch, last, kSize);
  PageBuilder next;
  next.Justified(box, box_right, kTop, head, kSize);
  next.Justified(box, box_right, kTop + kPitch, head_rest, kSize);
  next.Line(kLeft, kTop + 2 * kPitch + 6, "Caseloads were manageable in most teams.", kSize);
  const std::string rest = head + " " + head_rest;
  EXPECT_EQ(
      AcrossTheLastBreak({InTallerBoxes(foot.page()), InTallerBoxes(next.page())}, last, rest),
      last + " " + rest + "|");
}

// A justified box cut by the page break, in type whose own word space the filler's
// paragraphs' last lines show: its foot line full for the box's measure, stretched (the
// page cut a paragraph) or at the body's own spaces under a stretched line (the box's
// paragraph ended there; the next page opens the next box, set in as far). The first
// carries on, the second does not.
TEST(CarriesSetInPassageOn, EndsAJustifiedBoxWhoseLastLineKeepsTheBodysSpaces) {
  const double box = kLeft + 9, box_right = kRight - 9;
  const std::string above =
                        "how the exclusion zone, curfew or restraining order would work to protect",
                    last =
                        "In our view, the work was insufficiently focused on the risks he posed.",
                    head = "Good practice example: Shane was already subject to a community order",
                    head_rest =
                        "and a criminal behaviour order when he was sentenced to custody for";
  const double measure = box_right - box;
  ASSERT_GT(layout_test::TextWidth(last + " Good", kSize), measure);
  ASSERT_LT(layout_test::TextWidth(last, kSize), measure);
  auto foot_page = [&](bool stretched) {
    PageBuilder page;
    const double baseline = Filler(page, kFoot - kPitch, 4);
    page.Justified(box, box_right, baseline + 6, above, kSize);
    if (stretched) page.Justified(box, box_right, baseline + 6 + kPitch, last, kSize);
    else page.Line(box, baseline + 6 + kPitch, last, kSize);
    return page.page();
  };
  PageBuilder next;
  next.Justified(box, box_right, kTop, head, kSize);
  next.Justified(box, box_right, kTop + kPitch, head_rest, kSize);
  next.Line(kLeft, kTop + 2 * kPitch + 6, "Caseloads were manageable in most teams.", kSize);
  const std::string rest = head + " " + head_rest;
  EXPECT_EQ(AcrossTheLastBreak({foot_page(true), next.page()}, last, rest),
            last + " " + rest + "|");
  EXPECT_EQ(AcrossTheLastBreak({foot_page(false), next.page()}, last, rest), last + "|" + rest);
}

}  // namespace
}  // namespace findings

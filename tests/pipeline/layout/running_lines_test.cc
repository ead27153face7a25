#include "layout/running_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/lines.h"
#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::kBold;
using layout_test::PageBuilder;
using Lines = std::vector<std::string>;

// A4: the margins hold what lies above 76 pt or below 766 pt.
constexpr double kHeaderBaseline = 50, kFooterBaseline = 800, kSize = 10;
const char* kHeader = "Inspection of probation services: Durham Tees Valley";

// Each page's remaining words as lines.
std::vector<Lines> Read(const std::vector<std::vector<PdfWord>>& pages) {
  std::vector<Lines> out;
  for (const std::vector<PdfWord>& words : pages) {
    Lines lines;
    for (const PdfLine& line : BuildLines(words)) {
      std::string text;
      for (const PdfPiece& piece : line.pieces) text += (text.empty() ? "" : " | ") + piece.text;
      lines.push_back(text);
    }
    out.push_back(lines);
  }
  return out;
}

// A page's body: a heading and a sentence naming the page.
void AddBody(PageBuilder& page, int number) {
  page.Line(72, 100, "Findings", 14, kBold);
  page.Line(72, 130, "This is the text of page " + std::to_string(number) + ".", kSize);
}

std::vector<Lines> Bodies(int pages) {
  std::vector<Lines> out;
  for (int p = 1; p <= pages; ++p) {
    out.push_back({"Findings", "This is the text of page " + std::to_string(p) + "."});
  }
  return out;
}

// The header on the outer side of facing pages (left on even pages, right on odd
// ones), the page number centred at the foot.
TEST(WithoutRunningLines, DropsAHeaderOnAlternateSidesAndThePageNumbers) {
  std::vector<PdfPage> pages;
  for (int p = 1; p <= 6; ++p) {
    PageBuilder page;
    if (p % 2 == 0) page.Line(72, kHeaderBaseline, kHeader, 8);
    else page.RightAligned(523, kHeaderBaseline, kHeader, 8);
    AddBody(page, p);
    page.Line(295, kFooterBaseline, std::to_string(p), 9);
    pages.push_back(page.page());
  }
  EXPECT_EQ(Read(WithoutRunningLines(pages)), Bodies(6));
}

// A running head of the report's title beside the chapter's, centred on one line in the
// top margin (its baseline at 40); in a chapter whose title is too long for one line,
// both wrap onto two lines, centred where the one line stood (baselines 35 and 45), on
// fewer pages than a third of the document's. Those are running lines too.
TEST(WithoutRunningLines, DropsARunningHeadWrappedOntoTwoLinesAroundWhereTheOneLineStands) {
  std::vector<PdfPage> pages;
  for (int p = 1; p <= 12; ++p) {
    PageBuilder page;
    if (p <= 3) {
      page.Line(72, 35, "The effectiveness of probation work in the north of", 7.5);
      page.Line(300, 35, "2. The arrangements for delivering probation services in the north of",
                7.5);
      page.Line(72, 45, "London", 7.5);
      page.Line(300, 45, "London", 7.5);
    } else {
      page.Line(72, 40, "The effectiveness of probation work in the north of London", 7.5);
      page.Line(300, 40, "3. An evaluation of the quality of probation services", 7.5);
    }
    AddBody(page, p);
    pages.push_back(page.page());
  }
  EXPECT_EQ(Read(WithoutRunningLines(pages)), Bodies(12));
}

// As Word sets them: the header on the outer side with the page number under it,
// and a title page without either.
TEST(WithoutRunningLines, DropsAPageNumberUnderTheHeaderInTheTopMargin) {
  std::vector<PdfPage> pages;
  for (int p = 1; p <= 5; ++p) {
    PageBuilder page;
    if (p > 1 && p % 2 == 0) {
      page.Line(72, 40, kHeader, 8);
      page.Line(72, 52, std::to_string(p), 8);
    } else if (p > 1) {
      page.RightAligned(523, 40, kHeader, 8);
      page.RightAligned(523, 52, std::to_string(p), 8);
    }
    AddBody(page, p);
    pages.push_back(page.page());
  }
  EXPECT_EQ(Read(WithoutRunningLines(pages)), Bodies(5));
}

// A word processor that sets the header and footer inside wide margins (3.2 cm all
// round, the header on the outer side, the page number at the foot) puts them
// further in than the margins' usual share of the page: they recur at the head and
// foot of every page, set apart from the body, and go all the same.
TEST(WithoutRunningLines, DropsAHeaderAndFooterSetInsideWideMargins) {
  const char* kHeadings[] = {"Leadership", "Staff", "Partnerships", "Services", "Information", "Assessment"};
  const char* kTexts[] = {"The leaders set a clear vision.", "Staff were engaged and motivated.",
                          "Partners worked well together.", "Services met most needs.",
                          "Information was shared promptly.", "Assessments were thorough."};
  std::vector<PdfPage> pages;
  std::vector<Lines> expected;
  for (int p = 0; p < 6; ++p) {
    PageBuilder page;
    if (p % 2 == 0) page.Line(91, 99, kHeader, 8);
    else page.RightAligned(504, 99, kHeader, 8);
    page.Line(91, 131 + 14 * p, kHeadings[p], 14, kBold);
    page.Line(91, 151 + 14 * p, kTexts[p], kSize);
    page.Line(91, 165 + 14 * p, "Most cases had a plan.", kSize);
    page.RightAligned(504, 750, std::to_string(p + 4), 9);
    pages.push_back(page.page());
    expected.push_back({kHeadings[p], kTexts[p], "Most cases had a plan."});
  }
  EXPECT_EQ(Read(WithoutRunningLines(pages)), expected);
}

// A typescript's page number centred at the foot, above the margins' usual share of the
// page, in the body's type: on pages with footnotes, their last line comes closer
// above it than its own height. It goes all the same; a footnote's last line there
// that is no page number stays.
TEST(WithoutRunningLines, DropsAPageNumberAtTheFootCloseUnderTheFootnotes) {
  const char* topics[] = {"courts", "leadership", "staff", "services", "information", "assessment"};
  std::vector<PdfPage> pages;
  std::vector<Lines> expected;
  for (int p = 1; p <= 6; ++p) {
    PageBuilder page;
    const std::string text =
        std::string("This page is about ") + topics[p - 1] + ", its text across the page.";
    page.Line(72, 100, text, kSize);
    page.Line(72, 113, text, kSize);
    expected.push_back({text, text});
    if (p % 2 == 0) {
      const std::string note = std::string("1 Statistics on ") + topics[p - 1] + ", Ministry of";
      const std::string more = std::string("Justice, ") + topics[p - 2] + " and more";
      page.Line(72, 720, note, 8);
      page.Line(72, 731, more, 8);
      expected.back().insert(expected.back().end(), {note, more});
    }
    page.Line(295, 752, std::to_string(p), kSize);
    pages.push_back(page.page());
  }
  EXPECT_EQ(Read(WithoutRunningLines(pages)), expected);
}

// Footnotes at the foot of a page, in the margin's share, each number set apart from
// its text by a tab on one x (so read as cells): the last footnote's number is no page
// number, its text beside it; the page number under them goes.
TEST(WithoutRunningLines, KeepsAFootnotesNumberSetApartFromItsTextAtTheFoot) {
  PageBuilder page;
  page.Line(72, 100, "The text of the page, its last line.", kSize);
  page.Line(72, 772, "4", 8);
  page.Line(80, 772, "Multi-agency public protection arrangements", 8);
  page.Line(72, 782, "5", 8);
  page.Line(80, 782, "Transforming Rehabilitation, 2016", 8);
  page.Line(295, 805, "5", kSize);
  EXPECT_EQ(Read(WithoutRunningLines({page.page()})),
            (std::vector<Lines>{{"The text of the page, its last line.",
                                 "4 | Multi-agency public protection arrangements",
                                 "5 | Transforming Rehabilitation, 2016"}}));
}

TEST(WithoutRunningLines, DropsARunningFooterWhoseNumberChanges) {
  std::vector<PdfPage> pages;
  for (int p = 1; p <= 4; ++p) {
    PageBuilder page;
    AddBody(page, p);
    page.Line(72, kFooterBaseline, "Durham Tees Valley inspection report " + std::to_string(p + 8), 8);
    pages.push_back(page.page());
  }
  EXPECT_EQ(Read(WithoutRunningLines(pages)), Bodies(4));
}

struct PageNumberCase {
  const char* name;
  const char* footer;
};

const PageNumberCase kPageNumberCases[] = {
    {"a number", "7"},
    {"Page N", "Page 7"},
    {"Page N of M", "Page 7 of 37"},
    {"N of M", "7 of 37"},
};

// A page number at the foot is dropped even where no other page has one.
TEST(WithoutRunningLines, DropsAPageNumberAtTheFootOfASinglePage) {
  for (const PageNumberCase& c : kPageNumberCases) {
    PageBuilder page;
    AddBody(page, 7);
    page.RightAligned(523, kFooterBaseline, c.footer, 9);
    EXPECT_EQ(Read(WithoutRunningLines({page.page()})), std::vector<Lines>{Bodies(7)[6]}) << c.name;
  }
}

// A title in the top margin of the first page only, and a footnote in the bottom
// margin of one page: no running lines.
TEST(WithoutRunningLines, KeepsWhatStandsInTheMarginsOfOnePageOnly) {
  std::vector<PdfPage> pages;
  for (int p = 1; p <= 4; ++p) {
    PageBuilder page;
    if (p == 1) page.Line(72, 60, "An inspection of youth offending services", 20, kBold);
    AddBody(page, p);
    if (p == 3) page.Line(72, 790, "1 Ministry of Justice statistics, 2019.", 8);
    pages.push_back(page.page());
  }
  std::vector<Lines> expected = Bodies(4);
  expected[0].insert(expected[0].begin(), "An inspection of youth offending services");
  expected[2].push_back("1 Ministry of Justice statistics, 2019.");
  EXPECT_EQ(Read(WithoutRunningLines(pages)), expected);
}

// Running heads on facing pages: the report's title on even pages, and on odd ones
// the chapter the page is in, each chapter's name on too few pages to recur. Each
// stands where the title does, in its type: all are running lines, in the margin's
// share of an A4 page or further in on an A5 one. A title in larger type on the first
// page, standing at that height too, is the page's own.
TEST(WithoutRunningLines, DropsARunningHeadNamingEachPagesChapter) {
  const char* chapters[] = {"Overall findings", "1. Organisational delivery", "2. Case supervision",
                            "Annex 1: Methodology", "Annex 2: Inspection results"};
  const char* kTopics[] = {"courts",     "leadership", "staff",    "services",  "information",
                           "assessment", "planning",   "delivery", "reviewing", "victims"};
  struct Size {
    double width, height, header;
  };
  for (const Size& size : {Size{595, 842, kHeaderBaseline}, Size{420, 595, 60}}) {
    std::vector<PdfPage> pages;
    for (int p = 1; p <= 10; ++p) {
      PageBuilder page(size.width, size.height);
      // The title's top level with the heads' tops.
      if (p == 1)
        page.Line(72, size.header + layout_test::kAscent * (20 - 8), "Durham Tees Valley", 20,
                  kBold);
      else if (p % 2 == 0) page.Line(72, size.header, kHeader, 8);
      else page.RightAligned(size.width - 72, size.header, chapters[p / 2], 8);
      // A body of its own on each page: none of its lines recurs.
      const std::string text = std::string("This page is about ") + kTopics[p - 1] + ".";
      page.Line(72, 100, text, kSize);
      page.Line(72, 113, text, kSize);
      pages.push_back(page.page());
    }
    std::vector<Lines> expected;
    for (int p = 1; p <= 10; ++p) {
      const std::string text = std::string("This page is about ") + kTopics[p - 1] + ".";
      expected.push_back({text, text});
    }
    expected[0].insert(expected[0].begin(), "Durham Tees Valley");
    EXPECT_EQ(Read(WithoutRunningLines(pages)), expected) << size.height;
  }
}

// A running head naming each page's chapter in small capitals, the page number at the
// right, set low in the top margin: the capitals' boxes reach past the margin's share,
// the small capitals' stop short of it. The whole head is a running line.
TEST(WithoutRunningLines, DropsARunningHeadInSmallCapitalsReachingPastTheMarginsShare) {
  const double baseline = 73.5;  // 10 pt capitals' boxes end at 76, past 0.09 of 842
  std::vector<PdfPage> pages;
  std::vector<Lines> expected;
  for (int p = 1; p <= 10; ++p) {
    PageBuilder page;
    const bool first = p <= 4;
    const double x = page.Line(72, baseline, first ? "1. O" : "2. T", 10);
    page.Line(x + 0.5, baseline, first ? "VERALL JUDGEMENTS" : "HE ARRANGEMENTS", 8);
    page.RightAligned(523, baseline, std::to_string(p), 10);
    const std::string text = "This is the text of page " + std::to_string(p) + ".";
    page.Line(72, 110, text, kSize);
    expected.push_back({text});
    pages.push_back(page.page());
  }
  EXPECT_EQ(Read(WithoutRunningLines(pages)), expected);
}

// `count` pages, each set by `set(page, number)`, which returns the lines expected to
// be read of it; and those lines, page by page.
struct SetPages {
  std::vector<PdfPage> pages;
  std::vector<Lines> expected;
};
template <typename Set>
SetPages MakePages(int count, Set set) {
  SetPages out;
  for (int p = 1; p <= count; ++p) {
    PageBuilder page;
    out.expected.push_back(set(page, p));
    out.pages.push_back(page.page());
  }
  return out;
}

// A book's running heads: the report's title on even pages, and on odd ones, higher
// up and in a larger type, the title of the chapter the page is in. No chapter's
// title recurs on a third of the pages, and none stands where the report's title
// does, but each recurs, and together they stand at one height in one type on a
// third of the pages at least: all are running lines. A line recurring on two pages
// only, where no other stands, is the pages' own (a table's header carried over).
TEST(WithoutRunningLines, DropsChapterTitlesRunningOnRectoPagesInTheirOwnType) {
  const char* chapters[] = {"1. Overall judgements", "1. Overall judgements",
                            "2. The arrangements", "2. The arrangements", "2. The arrangements"};
  const SetPages set = MakePages(12, [&](PageBuilder& page, int p) {
    Lines lines;
    if (p % 2 == 0) page.Line(72, kHeaderBaseline, kHeader, 8);
    else if (p > 1) page.Line(200, kHeaderBaseline - 6, chapters[(p - 3) / 2], 9);
    if (p == 5 || p == 6) {
      page.Line(72, kHeaderBaseline + 14, "Standard and rating", kSize, kBold);
      lines.push_back("Standard and rating");
    }
    lines.push_back("This is the text of page " + std::to_string(p) + ".");
    page.Line(72, 100, lines.back(), kSize);
    return lines;
  });
  EXPECT_EQ(Read(WithoutRunningLines(set.pages)), set.expected);
}

// A page set with little margin: the body's first line stands in the top margin's
// share, at one height in one type on every page. Its text is each page's own, so it
// is no running line, however many pages hold a line there.
TEST(WithoutRunningLines, KeepsTheBodysFirstLineInTheMarginsShare) {
  const char* topics[] = {"courts",      "leadership", "staff",    "services",
                          "information", "assessment", "planning", "delivery",
                          "reviewing",   "victims",    "outcomes", "partners"};
  const SetPages set = MakePages(12, [&](PageBuilder& page, int p) {
    const Lines lines = {std::string("The text about ") + topics[p - 1] + " starts high up,",
                         "and it carries on under the first line here."};
    page.Line(72, kHeaderBaseline, kHeader, 8);
    page.Line(72, 70, lines[0], kSize);
    page.Line(72, 83, lines[1], kSize);
    return lines;
  });
  EXPECT_EQ(Read(WithoutRunningLines(set.pages)), set.expected);
}

// A running title of two lines down the outer margin, beside the body (left of it on
// even pages, right on odd ones), its first line in the top margin's share level
// with the body's first line, its second below that share, level with the body's
// text. Both are running lines; the body's first line is the page's own.
TEST(WithoutRunningLines, DropsARunningTitleDownTheOuterMarginBesideTheBody) {
  std::vector<PdfPage> pages;
  std::vector<Lines> expected;
  for (int p = 1; p <= 6; ++p) {
    PageBuilder page;
    for (const auto& [baseline, line] :
         {std::pair{70.0, "The effectiveness of"}, std::pair{80.0, "probation work in Kent"}}) {
      if (p % 2 == 0) page.RightAligned(110, baseline, line, 7);
      else page.Line(490, baseline, line, 7);
    }
    const double left = p % 2 == 0 ? 130 : 72;
    // Lines of the page's own: none recurs.
    const char* topics[] = {"courts", "leadership", "staff", "services", "assessment", "planning"};
    const std::string first = std::string("This page opens on ") + topics[p - 1] + ".";
    const std::string text = std::string("Its text is about ") + topics[p - 1] + ".";
    page.Line(left, 73.5, first, 9);
    page.Line(left, 86, text, 9);
    page.Line(left, 98.5, text, 9);
    pages.push_back(page.page());
    expected.push_back({first, text, text});
  }
  EXPECT_EQ(Read(WithoutRunningLines(pages)), expected);
}

// A heading at the head of each page, in the top margin's share, level with the
// running header on the right: the header recurs, though the line both stand on
// does not. The header goes; the heading stays.
TEST(WithoutRunningLines, DropsAHeaderLevelWithAHeadingOfThePagesOwn) {
  const char* headings[] = {"COURT REPORTING", "UNPAID WORK", "LEADERSHIP", "PLANNING"};
  std::vector<PdfPage> pages;
  std::vector<Lines> expected;
  for (int p = 1; p <= 4; ++p) {
    PageBuilder page;
    page.Line(72, kHeaderBaseline, headings[p - 1], 8.5, kBold);
    page.RightAligned(523, kHeaderBaseline, "The effectiveness of probation work", 8);
    AddBody(page, p);
    pages.push_back(page.page());
    expected.push_back(Bodies(4)[static_cast<std::size_t>(p - 1)]);
    expected.back().insert(expected.back().begin(), headings[p - 1]);
  }
  EXPECT_EQ(Read(WithoutRunningLines(pages)), expected);
}

// A table's header row repeated at the top of each page the table runs over is the
// table's, not a running header: it stands in the body, below the margin.
TEST(WithoutRunningLines, KeepsATableHeaderRepeatedOnEachPage) {
  std::vector<PdfPage> pages;
  for (int p = 1; p <= 3; ++p) {
    PageBuilder page;
    page.Line(72, 90, "Standard", kSize, kBold);
    page.Line(300, 90, "Rating", kSize, kBold);
    page.Line(72, 110, "Standard " + std::to_string(p), kSize);
    page.Line(300, 110, "Good", kSize);
    pages.push_back(page.page());
  }
  const std::vector<Lines> read = Read(WithoutRunningLines(pages));
  ASSERT_EQ(read.size(), 3u);
  for (int p = 1; p <= 3; ++p) {
    EXPECT_EQ(read[p - 1], (Lines{"Standard | Rating", "Standard " + std::to_string(p) + " | Good"}));
  }
}

}  // namespace
}  // namespace findings

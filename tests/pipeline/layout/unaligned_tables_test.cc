#include "layout/unaligned_tables.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/layout/page_builder.h"

namespace findings {
namespace {

using layout_test::PageBuilder;

// 10 pt type in 12 pt boxes, 13 pt apart, paragraphs at the line pitch.
constexpr double kSize = 10, kPitch = 13;
constexpr LineSpacing kAtTheLinePitch{0, kPitch / 12};
constexpr double kLeft = 72, kSecondColumn = 360;

// A row of a two-column table: its cells' lines, top down ("" where a cell has no
// more lines), and the space above it beyond the line pitch.
struct Row {
  std::vector<const char*> first, second;
  double padding = 0;
};

struct Case {
  const char* name;
  std::vector<Row> rows;
  bool unaligned;
};

std::vector<PdfLine> Table(const std::vector<Row>& rows) {
  PageBuilder page;
  double baseline = 100;
  for (const Row& row : rows) {
    baseline += row.padding;
    for (std::size_t i = 0; i < std::max(row.first.size(), row.second.size()); ++i) {
      if (i < row.first.size() && *row.first[i]) page.Line(kLeft, baseline, row.first[i], kSize);
      if (i < row.second.size() && *row.second[i]) page.Line(kSecondColumn, baseline, row.second[i], kSize);
      baseline += kPitch;
    }
  }
  return BuildLines(page.words());
}

// The questions fill their column (they stop within a few heights of the
// percentages' column at 360 pt); "63%" ends where the table does.
const char* const kEngaging = "Does assessment focus on engaging the service user?";
const char* const kOffending = "Does assessment focus on the factors linked to offending";

TEST(HasUnalignedTable, TellsWhetherATablesRowsCanBeToldFromItsWrappedCells) {
  const Case cases[] = {
      {"one-line rows at the line pitch, cells stopping short of the next column",
       {{{"Leadership"}, {"Good"}},
        {{"Staffing"}, {"Requires improvement"}},
        {{"Partnerships"}, {"Good"}}},
       false},
      {"full cells, rows padded apart",
       {{{"Leadership"}, {"Good"}},
        {{kEngaging}, {"63%"}, 8},
        {{kOffending, "and desistance?"}, {"57%", ""}, 8}},
       false},
      {"full cells wrapping together, rows padded apart",
       {{{kEngaging, kOffending}, {"63% of the", "cases"}}, {{"Staffing"}, {"Good"}, 8}},
       false},
      {"a full cell wrapping alone at the line pitch",
       {{{"Leadership"}, {"Good"}},
        {{kOffending, "and desistance?"}, {"57%", ""}},
        {{"Staffing"}, {"Good"}}},
       false},
      {"rows at the line pitch, a line going on in lower case under each full cell",
       {{{"Leadership"}, {"Good"}},
        {{kEngaging, "and the factors linked to it"}, {"63% of the", "cases"}}},
       false},
      {"rows at the line pitch, and under full cells a line with a cell under each",
       {{{"Leadership"}, {"Good"}},
        {{kEngaging}, {"Good"}},
        {{kOffending, "and desistance?"}, {"Inadequate", ""}}},
       true},
      {"the same, then a table padded apart under it",
       {{{"Leadership"}, {"Good"}},
        {{kEngaging}, {"Good"}},
        {{kOffending}, {"Inadequate"}},
        {{"Staffing"}, {"Good"}, 20}},
       true},
      {"the same with a figure under a figure, which starts its row",
       {{{"Leadership"}, {"Good"}},
        {{kEngaging}, {"63%"}},
        {{kOffending, "and desistance?"}, {"57%", ""}}},
       false},
  };
  for (const Case& c : cases) EXPECT_EQ(HasUnalignedTable(Table(c.rows), kAtTheLinePitch), c.unaligned) << c.name;
}

// A paragraph is no table; nor is a table whose document's spacing is unknown
// (the layout starts a row at every line of cells).
TEST(HasUnalignedTable, FindsNoneWithoutATableOrWithoutTheLinePitch) {
  PageBuilder page;
  page.Lines(kLeft, 100, kPitch, {kEngaging, kOffending, "and desistance."}, kSize);
  EXPECT_FALSE(HasUnalignedTable(BuildLines(page.words()), kAtTheLinePitch));
  EXPECT_FALSE(HasUnalignedTable(Table({{{"Leadership"}, {"Good"}}, {{kEngaging}, {"63%"}}, {{kOffending}, {"57%"}}}),
                                 LineSpacing{}));
}

}  // namespace
}  // namespace findings

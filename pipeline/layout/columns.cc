#include "layout/columns.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <string_view>
#include <utility>

#include "findings/document.h"
#include "layout/broken_rows.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

using Band = std::pair<double, double>;  // top, bottom

// A paragraph's next line is no further below it than this (in text heights), and
// its type the same to this ratio.
constexpr double kLastLineReachInHeights = 1.6;
constexpr double kSameSizeRatio = 1.1;
// Two line pitches this close (in text heights) are one.
constexpr double kPitchSpreadInHeights = 0.15;

// Two words' boxes sharing more than this share of their height stand level (on
// one line, or one printed over the other); less is the sliver by which the boxes of
// lines set closer than their fonts' height overlap.
constexpr double kLevelShare = 0.25;

// Two words of one line, in one size (a table's smaller type beside a column's
// text is another line), with no more than a word space between them.
bool Adjacent(const PdfWord& a, const PdfWord& b) {
  return OneSize(a.font_size, b.font_size) && CentresLevel(a, b) &&
         b.left - a.right < 0.5 * std::max(a.height(), b.height());
}

bool Level(const PdfWord& a, const PdfWord& b) {
  return std::min(a.bottom, b.bottom) - std::max(a.top, b.top) > kLevelShare * std::min(a.height(), b.height());
}

// The last word of the run of words one after another a word space apart from
// `from`, rightwards or leftwards: where its line ends or starts.
const PdfWord& RunEdge(const PdfWord& from, const std::vector<PdfWord>& words, bool rightwards) {
  const PdfWord* last = &from;
  for (bool more = true; more;) {
    more = false;
    for (const PdfWord& w : words) {
      const bool next = rightwards ? w.left > last->left && Adjacent(*last, w)
                                   : w.left < last->left && Adjacent(w, *last);
      if (next) {
        last = &w;
        more = true;
        break;
      }
    }
  }
  return *last;
}

// Where `from`'s row starts: its leftmost word level with it, however far (a table's
// cells stand further apart than a word space).
double RowStart(const PdfWord& from, const std::vector<PdfWord>& words) {
  double start = from.left;
  for (const PdfWord& w : words)
    if (CentresLevel(from, w)) start = std::min(start, w.left);
  return start;
}

// Whether `a` and `b`, in one size, stand on two lines of one paragraph: on two lines
// (kOneLineShare), and those lines starting at one x, to within an em (a footnote's
// number in smaller type before its first line).
// A font whose boxes stand taller than its lines are apart overlaps the next line's
// boxes by more than a sliver, but that line is no column's beside it.
bool LinesOfOneParagraph(const PdfWord& a, const PdfWord& b, const std::vector<PdfWord>& words) {
  return OneSize(a.font_size, b.font_size) && !CentresLevel(a, b) &&
         std::abs(RunEdge(a, words, false).left - RunEdge(b, words, false).left) <
             (a.font_size > 0 ? a.font_size : a.height());
}

// Whether `w` is set over another of `words`, their boxes overlapping: a table too
// wide for its column printed over the next column's text. `page`: the page's words.
bool Overprints(const PdfWord& w, const std::vector<const PdfWord*>& words,
                const std::vector<PdfWord>& page) {
  return std::any_of(words.begin(), words.end(), [&](const PdfWord* other) {
    return other != &w && other->left < w.right && other->right > w.left && Level(w, *other) &&
           !LinesOfOneParagraph(w, *other, page);
  });
}

// Whether `on`, a word on a gutter, spills into it from one column (a narrow table
// cell's long word) rather than running across it: on one side, the other column's
// line stands level with it in no smaller type (a key figure in display type stands
// beside its description), and no word of its own line follows it there a word
// space away but over that column's text.
bool SpillsIntoGutter(const PdfWord& on, const std::vector<const PdfWord*>& before,
                      const std::vector<const PdfWord*>& after, const std::vector<PdfWord>& page) {
  const auto level = [&](const PdfWord* w) {
    return Level(*w, on) && on.font_size <= kSameTypeRatio * w->font_size &&
           !LinesOfOneParagraph(*w, on, page);
  };
  const auto spills_towards = [&](const std::vector<const PdfWord*>& side, bool rightwards) {
    const auto runs_on = [&](const PdfWord* w) {
      return (rightwards ? Adjacent(on, *w) : Adjacent(*w, on)) && !Overprints(*w, side, page);
    };
    return std::any_of(side.begin(), side.end(), level) && std::none_of(side.begin(), side.end(), runs_on);
  };
  return spills_towards(after, true) || spills_towards(before, false);
}

// A narrow table's cell running over a gutter, not a line across it: a word past
// the gutter in smaller type than the page's body, above its body's last line
// (footnotes and tables under the columns run across the page), whose line (its row,
// where it stops in the gutter) starts in the column before, two text heights short
// of the gutter at least (a table across the page may start a cell near it), and
// stops short of the middle of the next column, where a title or a paragraph across
// the columns runs on.
struct CellOverGutter {
  const std::vector<PdfWord>& words;
  double body = 0, foot = 0;

  explicit CellOverGutter(const std::vector<PdfWord>& page_words)
      : words(page_words), body(MedianFontSize(page_words)) {
    for (const PdfWord& w : words) {
      if (!SmallerType(w.font_size, body)) foot = std::max(foot, w.bottom);
    }
  }
  // Where the next column's text starts: its leftmost word in the body's type past
  // the gutter, no further in than the column's middle.
  double NextText(double gutter, double next_column_middle) const {
    double next_text = next_column_middle;
    for (const PdfWord& x : words)
      if (!SmallerType(x.font_size, body) && x.left >= gutter)
        next_text = std::min(next_text, x.left);
    return next_text;
  }
  // `next_text`: NextText for this gutter.
  bool operator()(const PdfWord& w, double gutter, double next_column_middle,
                  double next_text) const {
    if (!SmallerType(w.font_size, body) || w.bottom >= foot) return false;
    const PdfWord& end = RunEdge(w, words, true);
    if (end.right >= next_column_middle) return false;
    // A cell that stops in the gutter, short of the next column's text (a figure set
    // flush right a little past its column's edge), is its row's, however far apart
    // the row's cells stand.
    const double start = end.right < next_text ? RowStart(w, words) : RunEdge(w, words, false).left;
    return start < gutter - 2 * w.height();
  }
};

// `bands` top to bottom, overlaps merged.
std::vector<Band> Merged(std::vector<Band> bands) {
  std::sort(bands.begin(), bands.end());
  std::vector<Band> merged;
  for (const Band& band : bands) {
    if (!merged.empty() && band.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, band.second);
    } else {
      merged.push_back(band);
    }
  }
  return merged;
}

// Whether the text runs on past `heading`, in the first column: where a heading spans
// the columns, the first column's text above it carries on at the head of the next
// column (of the stretch of columns from `stretch_top` down), so a line there ending a
// sentence does not lead into a head that opens mid-sentence (in lower case), which
// carries on the first column's text below the heading.
bool RunsOnPast(const std::vector<PdfWord>& words, double gutter, const Band& heading,
                double stretch_top) {
  const PdfWord* end = nullptr;   // the last word of the first column's line above
  const PdfWord* head = nullptr;  // the first word of the next column's first line
  for (const PdfWord& w : words) {
    if (w.top < stretch_top) continue;
    if (w.right <= gutter) {
      if (w.bottom <= heading.first &&
          (!end || w.bottom > end->bottom + 0.5 * w.height() ||
           (std::abs(w.bottom - end->bottom) <= 0.5 * w.height() && w.right > end->right)))
        end = &w;
    } else if (!head || w.top < head->top - 0.5 * w.height() ||
               (std::abs(w.top - head->top) <= 0.5 * w.height() && w.left < head->left)) {
      head = &w;
    }
  }
  if (!end || !head || end->text.empty()) return false;
  const bool closed = std::string_view(".?!").find(end->text.back()) != std::string_view::npos;
  return closed && StartsLower(head->text);
}

// The gap a heading across the columns leaves the others holds it and the space around
// it, as the first column shows them, to within this share.
constexpr double kSpanRoomShare = 0.8;

// The room `heading` takes in the first column: its own height and the space set
// around it, the narrower side's twice (the columns above it may not end level). The
// space under it reaches no further than `others_under`, the top of the other
// columns' first line under it: the first column may open with a head of its own,
// set lower by its own space above it.
double RoomTaken(const std::vector<PdfWord>& words, double gutter, const Band& heading,
                 double others_under) {
  double over = std::numeric_limits<double>::lowest(), under = others_under;
  for (const PdfWord& w : words) {
    if (w.right > gutter) continue;
    if (w.bottom <= heading.first) over = std::max(over, w.bottom);
    if (w.top >= heading.second) under = std::min(under, w.top);
  }
  const double above = over > std::numeric_limits<double>::lowest() ? heading.first - over : 0;
  const double below = under < std::numeric_limits<double>::max() ? under - heading.second : 0;
  return heading.second - heading.first + 2 * std::min(above, below);
}

// The vertical ranges of headings over the columns below them whose words stop short
// of the first gutter: lines in the first column in type larger than the body's (a
// table's bold header cell, a signature in bold, are no headings), one under the
// other, where the other columns hold text above and below them (footnotes in
// smaller type aside) but no word level with any of them: the space a heading
// spanning the columns leaves them. A column's own heading has the next column's
// lines beside it, or a gap there that the text runs on past (RunsOnPast). `across`:
// the lines across the gutters, which end the columns above them.
std::vector<Band> SpanningHeadings(const std::vector<PdfWord>& words, double gutter, double body,
                                   const std::vector<Band>& across) {
  const auto larger = [&](const PdfWord& w) { return w.font_size > kSameTypeRatio * body; };
  // The first column's lines of larger type only, top to bottom.
  std::vector<Band> lines;
  for (const PdfWord& w : words) {
    if (w.right > gutter || !larger(w)) continue;
    bool only_larger = true;
    Band line{w.top, w.bottom};
    for (const PdfWord& o : words) {
      if (o.right > gutter || std::abs(o.bottom - w.bottom) >= 0.3 * w.height()) continue;
      only_larger = only_larger && larger(o);
      line = {std::min(line.first, o.top), std::max(line.second, o.bottom)};
    }
    if (only_larger) lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::vector<Band> headings;  // lines one under the other, each a heading's
  for (const Band& line : lines) {
    const double height = line.second - line.first;
    if (!headings.empty() && line.first - headings.back().second < 0.5 * height)
      headings.back().second = std::max(headings.back().second, line.second);
    else headings.push_back(line);
  }
  std::vector<Band> bands;
  for (const Band& heading : headings) {
    // The other columns: text above and below, nothing level, and a gap the room the
    // heading takes.
    bool above = false, below = false, beside = false;
    double gap_top = -1, gap_bottom = std::numeric_limits<double>::max();
    for (const PdfWord& o : words) {
      if (o.right <= gutter) continue;
      beside = beside || (o.bottom > heading.first && o.top < heading.second);
      if (o.bottom <= heading.first) gap_top = std::max(gap_top, o.bottom);
      if (o.top >= heading.second) gap_bottom = std::min(gap_bottom, o.top);
      const bool over = o.bottom <= heading.first, under = o.top >= heading.second;
      if ((!over || above) && (!under || below)) continue;  // nothing more to learn
      // A footnote is no column's text; a table in smaller type is, where the first
      // column holds lines of its type level with it (tables side by side).
      const bool text =
          !SmallerType(o.font_size, body) ||
          std::any_of(words.begin(), words.end(), [&](const PdfWord& w) {
            return w.right <= gutter && Within(w.font_size, o.font_size, 1 + kOneSizeShare) &&
                   w.bottom > o.top && w.top < o.bottom;
          });
      above = above || (over && text);
      below = below || (under && text);
    }
    beside = beside ||
             gap_bottom - gap_top < kSpanRoomShare * RoomTaken(words, gutter, heading, gap_bottom);
    double stretch_top = -1;  // where the columns above the heading start: under a band
    for (const Band& band : across)
      if (band.second <= heading.first) stretch_top = std::max(stretch_top, band.second);
    if (!bands.empty()) stretch_top = std::max(stretch_top, bands.back().second);
    if (above && below && !beside && !RunsOnPast(words, gutter, heading, stretch_top))
      bands.push_back(heading);
  }
  return bands;
}

// The vertical ranges of lines that run across a gutter (a full-width title whose
// word gap happens to fall on it: a word on it, or a word space across it; two
// columns' lines are further apart than a space), top to bottom, overlaps merged.
std::vector<Band> FullWidthBands(const std::vector<PdfWord>& words, const std::vector<double>& gutters) {
  std::vector<Band> bands;
  const CellOverGutter cell_over(words);
  double text_right = 0;
  for (const PdfWord& w : words) text_right = std::max(text_right, w.right);
  for (std::size_t g = 0; g < gutters.size(); ++g) {
    const double gutter = gutters[g];
    const double next_middle =
        (gutter + (g + 1 < gutters.size() ? gutters[g + 1] : text_right)) / 2;
    const double next_text = cell_over.NextText(gutter, next_middle);
    std::vector<const PdfWord*> on, before, after;  // words on, ending / starting near the gutter
    for (const PdfWord& w : words) {
      if (w.left < gutter && w.right > gutter) on.push_back(&w);
      else if (w.right <= gutter && gutter - w.right < 30) before.push_back(&w);
      else if (w.left >= gutter && w.left - gutter < 30) after.push_back(&w);
    }
    for (const PdfWord* w : on) {
      // A word in type larger than the body's is a title's: no table cell spills in it.
      const bool title = cell_over.body > 0 && w->font_size > kSameTypeRatio * cell_over.body;
      if (title || (!SpillsIntoGutter(*w, before, after, words) &&
                    !cell_over(*w, gutter, next_middle, next_text)))
        bands.emplace_back(w->top, w->bottom);
    }
    for (const PdfWord* a : before) {
      for (const PdfWord* b : after) {
        if (Adjacent(*a, *b) && !Overprints(*a, before, words) && !Overprints(*b, after, words) &&
            !cell_over(*b, gutter, next_middle, next_text))
          bands.emplace_back(std::min(a->top, b->top), std::max(a->bottom, b->bottom));
      }
    }
  }
  return Merged(std::move(bands));
}

// The page's lines as rows of words on one baseline (to within a third of a text
// height), top to bottom.
std::vector<std::vector<const PdfWord*>> Rows(const std::vector<PdfWord>& words, double height) {
  std::vector<const PdfWord*> sorted;
  for (const PdfWord& w : words) sorted.push_back(&w);
  std::sort(sorted.begin(), sorted.end(),
            [](const PdfWord* a, const PdfWord* b) { return a->bottom < b->bottom; });
  std::vector<std::vector<const PdfWord*>> rows;
  for (const PdfWord* w : sorted) {
    if (rows.empty() || w->bottom - rows.back().front()->bottom > height / 3) rows.emplace_back();
    rows.back().push_back(w);
  }
  return rows;
}

// Whether a row leaves a gutter at x open: no word over it, and a text height at least
// between the words either side of it.
bool LeavesOpen(const std::vector<const PdfWord*>& row, double x, double height) {
  double before = std::numeric_limits<double>::lowest(), after = std::numeric_limits<double>::max();
  for (const PdfWord* w : row) {
    if (w->left < x && w->right > x) return false;
    if (w->right <= x) before = std::max(before, w->right);
    else after = std::min(after, w->left);
  }
  return after - before >= height;
}

// How many cells a row's words [from, to), left to right, make: a new one after each
// gap wider than `cell_gap`.
int CellsOf(std::vector<const PdfWord*>::const_iterator from,
            std::vector<const PdfWord*>::const_iterator to, double cell_gap) {
  int cells = 0;
  for (auto w = from; w != to; ++w) cells += w == from || (*w)->left - (*(w - 1))->right > cell_gap;
  return cells;
}

// A table across a gutter drawn as one where its words show too little (a bordered
// table's cells wrapped narrow, so that its rows' cells stand as far apart as the
// columns'): its rules, or its shaded rows, two at least, run right across the
// gutter, where two columns' text leaves it bare, beside its rows or within two lines
// of them (the header's rule over it). The table runs from its first drawing to its last.
std::optional<Band> DrawnTable(const DrawnAcrossProbe& drawn, double gutter, Band rows,
                               double pitch) {
  const std::vector<Band> found = drawn(PdfBox{gutter - pitch / 2, rows.first - 2 * pitch,
                                               gutter + pitch / 2, rows.second + 2 * pitch});
  if (found.size() < 2) return std::nullopt;
  return Band{std::min(rows.first, found.front().first),
              std::max(rows.second, found.back().second)};
}

// A table's lines, padded rows and wrapped cells, stand no further apart than this
// (in text heights): the last lines of columns of text over it are no row of it.
constexpr double kTableLineGapInHeights = 1.5;

// A table set across the columns, wider than one: its rows in type smaller than the
// body's, with a cell before a gutter (two in the column before: a number and a
// label) or, past it, short cells or two cells at least (figures), the first past the
// gutter standing inside the next column, further in than a cell gap
// from where that column's text starts. Two such rows at least, more than half the
// lines of the table's type that open a cell inside that column (a box's text beside
// another's runs the box's width), and none opening one at its edge (a table of the
// next column's own, level with one in the column before; a cell starting in the
// gutter is the table's own). The lines of the table's type one under another, each
// no further below the line over it than kTableLineGapInHeights text heights (a
// padded row's cells stand more than one apart), are a group; the band runs from its
// first row across to its last and on over the group's lines with no text of the
// body's type beside them (a cell's wrapped lines, the header; not a note under the
// table in one column beside the next's text). A group with words in the
// columns either side of a gutter on two lines at least, none with text of the body's
// type beside it, is a table too where the page's drawing shows it drawn across
// (DrawnTable): only there is the page rendered.
std::vector<Band> TablesAcross(const std::vector<PdfWord>& words,
                               const std::vector<double>& gutters, double body,
                               const DrawnAcrossProbe& drawn) {
  std::vector<PdfWord> table;
  for (const PdfWord& w : words) {
    if (SmallerType(w.font_size, body)) table.push_back(w);
  }
  if (table.empty()) return {};
  std::vector<double> text_starts(gutters.size(), std::numeric_limits<double>::max());
  for (const PdfWord& w : words) {
    if (SmallerType(w.font_size, body)) continue;
    for (std::size_t g = 0; g < gutters.size(); ++g) {
      if (w.left >= gutters[g] && (g + 1 == gutters.size() || w.left < gutters[g + 1]))
        text_starts[g] = std::min(text_starts[g], w.left);
    }
  }
  const double height = MedianHeight(table);
  const double cell_gap = kCellGapInHeights * height;
  double text_right = 0;
  for (const PdfWord& w : words) text_right = std::max(text_right, w.right);
  struct Evidence {
    int inside = 0, across = 0;  // rows opening a cell inside the column; of them, a table's
    int level = 0;               // rows with words in the columns either side of the gutter
    bool at_edge = false;
  };
  struct Row {
    double top = 0, bottom = 0;
    bool across = false, beside_text = false;
  };
  std::vector<Evidence> evidence(gutters.size());
  std::vector<Row> group;
  std::vector<Band> bands;
  const auto close = [&] {
    const bool table = std::any_of(evidence.begin(), evidence.end(), [](const Evidence& e) {
      return e.across >= 2 && 2 * e.across > e.inside && !e.at_edge;
    });
    // Words either side of a gutter, and nothing of the body's type beside them: text
    // beside is another column's, next to a table across some columns only.
    const bool level = std::any_of(evidence.begin(), evidence.end(),
                                   [](const Evidence& e) { return e.level >= 2; });
    const bool beside =
        std::any_of(group.begin(), group.end(), [](const Row& r) { return r.beside_text; });
    if (!table && drawn && level && !beside) {
      std::vector<double> pitches;
      for (std::size_t i = 1; i < group.size(); ++i)
        pitches.push_back(group[i].bottom - group[i - 1].bottom);
      const double pitch = pitches.empty() ? height : std::min(height, Median(pitches));
      const Band rows{group.front().top, group.back().bottom};
      for (std::size_t g = 0; g < gutters.size(); ++g) {
        if (evidence[g].level < 2) continue;
        if (const std::optional<Band> drawn_table = DrawnTable(drawn, gutters[g], rows, pitch)) {
          bands.push_back(*drawn_table);
          break;
        }
      }
    }
    if (table) {
      std::size_t from = 0, to = group.size() - 1;
      while (!group[from].across) ++from;
      while (!group[to].across) --to;
      while (from > 0 && !group[from - 1].beside_text) --from;
      while (to + 1 < group.size() && !group[to + 1].beside_text) ++to;
      Band band{group[from].top, group[from].bottom};
      for (std::size_t i = from; i <= to; ++i) {
        band.first = std::min(band.first, group[i].top);
        band.second = std::max(band.second, group[i].bottom);
      }
      bands.push_back(band);
    }
    evidence.assign(gutters.size(), Evidence{});
    group.clear();
  };
  for (std::vector<const PdfWord*> row : Rows(table, height)) {
    std::sort(row.begin(), row.end(),
              [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
    Row line{row.front()->top, row.front()->bottom};
    for (const PdfWord* w : row) {
      line.top = std::min(line.top, w->top);
      line.bottom = std::max(line.bottom, w->bottom);
    }
    double above = -1;
    for (const Row& r : group) above = std::max(above, r.bottom);
    if (!group.empty() && line.top - above > kTableLineGapInHeights * height) close();
    line.beside_text = std::any_of(words.begin(), words.end(), [&](const PdfWord& w) {
      const double centre = Centre(w);
      return !SmallerType(w.font_size, body) && centre > line.top && centre < line.bottom;
    });
    for (std::size_t g = 0; g < gutters.size(); ++g) {
      const double column_end = g + 1 < gutters.size() ? gutters[g + 1] : text_right;
      const auto first = std::find_if(row.begin(), row.end(),
                                      [&](const PdfWord* w) { return w->left >= gutters[g]; });
      if (first == row.end() || (*first)->left >= column_end) continue;
      const double column_start = g > 0 ? gutters[g - 1] : std::numeric_limits<double>::lowest();
      const auto start = std::find_if(row.begin(), first,
                                      [&](const PdfWord* w) { return w->left >= column_start; });
      if (start != first) ++evidence[g].level;
      // A word of a line running on over the gutter (a long label) opens no cell.
      if (first != row.begin() && (*first)->left - (*(first - 1))->right <= cell_gap) continue;
      // A cell starting in the gutter, left of where the column's text starts, is the
      // table's own (a header cell set out to the table's grid): neither at the edge nor
      // inside.
      if ((*first)->left < text_starts[g] - 0.5) continue;
      if ((*first)->left - text_starts[g] <= cell_gap) {
        evidence[g].at_edge = true;
        continue;
      }
      ++evidence[g].inside;
      // A row's label before the gutter, not a number alone (each column's own page
      // numbers, level in a contents page set in two columns).
      if (std::none_of(row.begin(), first, [](const PdfWord* w) { return HasLetter(w->text); }))
        continue;
      const auto stop =
          std::find_if(first, row.end(), [&](const PdfWord* w) { return w->left >= column_end; });
      const int cells = CellsOf(first, stop, cell_gap);
      const double right = (*(stop - 1))->right;
      // Two cells before the gutter, in the column before (a number and a label): a
      // table's row, where a box's line of running text is one run of words.
      const int cells_before = CellsOf(start, first, cell_gap);
      if (cells >= 2 || cells_before >= 2 ||
          right - (*first)->left < (column_end - text_starts[g]) / 2) {
        ++evidence[g].across;
        line.across = true;
      }
    }
    group.push_back(line);
  }
  if (!group.empty()) close();
  return bands;
}

// The median size of `words`' type.
double TypeOf(const std::vector<const PdfWord*>& words) {
  std::vector<double> sizes;
  for (const PdfWord* w : words) sizes.push_back(w->font_size);
  return Median(sizes);
}

// The band a row's words stand in, top to bottom.
Band BandOf(const std::vector<const PdfWord*>& row) {
  Band band{row.front()->top, row.front()->bottom};
  for (const PdfWord* w : row)
    band = {std::min(band.first, w->top), std::max(band.second, w->bottom)};
  return band;
}

// A middle column of a page in three columns or more, from x = `from` to `to`, and
// where the column after it ends.
struct MiddleColumn {
  double from = 0, to = 0, next_end = 0;

  // Whether a row (its words left to right) has words before the column and past it.
  bool BothSides(const std::vector<const PdfWord*>& row) const {
    return row.front()->left < from && row.back()->left >= to;
  }
  // Whether a word of the column's own stands level with `band`: a word in the column
  // not run on from one in the column before (a long label running over its gutter).
  bool OwnBeside(const std::vector<PdfWord>& words, const Band& band) const {
    return std::any_of(words.begin(), words.end(), [&](const PdfWord& w) {
      const double shared = std::min(w.bottom, band.second) - std::max(w.top, band.first);
      return w.right > from && w.left < to &&
             shared > kLevelShare * std::min(w.height(), band.second - band.first) &&
             RunEdge(w, words, false).left >= from;
    });
  }
  // Whether a row is a table's across the column: a label before it, short cells or
  // two at least (`cell_gap` apart) in the column after it, nothing of its own beside.
  bool RowAcross(const std::vector<const PdfWord*>& row, const std::vector<PdfWord>& words,
                 double cell_gap) const {
    if (!BothSides(row)) return false;
    const auto past =
        std::find_if(row.begin(), row.end(), [&](const PdfWord* w) { return w->left >= to; });
    const auto stop =
        std::find_if(past, row.end(), [&](const PdfWord* w) { return w->left >= next_end; });
    if (past == stop) return false;
    const bool label = std::any_of(
        row.begin(), past, [&](const PdfWord* w) { return w->left < from && HasLetter(w->text); });
    const bool cells = CellsOf(past, stop, cell_gap) >= 2 ||
                       (*(stop - 1))->right - (*past)->left < (next_end - to) / 2;
    return label && cells && !OwnBeside(words, BandOf(row));
  }
};

// The band of a table's rows [first, last] of `rows`, and, where the table is in type
// smaller than the body's, of the lines of its type over and under them with no other
// type level with them (its header, a label's last line wrapped under the last row),
// each no further from the next than the rows stand apart.
Band TableBand(const std::vector<std::vector<const PdfWord*>>& rows, std::size_t first,
               std::size_t last, const std::vector<PdfWord>& words, double body) {
  std::vector<const PdfWord*> cells;
  double gap = 0;  // the widest between the table's lines
  for (std::size_t r = first; r <= last; ++r) {
    cells.insert(cells.end(), rows[r].begin(), rows[r].end());
    if (r > first) gap = std::max(gap, BandOf(rows[r]).first - BandOf(rows[r - 1]).second);
  }
  Band band{BandOf(rows[first]).first, BandOf(rows[last]).second};
  const double type = TypeOf(cells);
  if (!SmallerType(type, body)) return band;
  gap += kPitchSpreadInHeights * MedianHeight(words);  // one gap, however rounded
  const auto in_its_type = [&](const PdfWord& w) { return OneSize(w.font_size, type); };
  const auto cell_line = [&](const std::vector<const PdfWord*>& row) {
    const Band line = BandOf(row);
    return std::all_of(words.begin(), words.end(), [&](const PdfWord& w) {
      const double shared = std::min(w.bottom, line.second) - std::max(w.top, line.first);
      return in_its_type(w) ||
             shared <= kLevelShare * std::min(w.height(), line.second - line.first);
    });
  };
  for (std::size_t r = first;
       r > 0 && cell_line(rows[r - 1]) && band.first - BandOf(rows[r - 1]).second <= gap; --r)
    band.first = BandOf(rows[r - 1]).first;
  for (std::size_t r = last; r + 1 < rows.size() && cell_line(rows[r + 1]) &&
                             BandOf(rows[r + 1]).first - band.second <= gap;
       ++r)
    band.second = BandOf(rows[r + 1]).second;
  return band;
}

// Whether the page's drawing shows a table's rules or shaded rows, two at least, right
// across `column` (the empty middle column: a column's own table is drawn within it)
// beside `rows` or within a text height of them.
bool DrawnOver(const DrawnAcrossProbe& drawn, const MiddleColumn& column, const Band& rows,
               double height) {
  return drawn &&
         drawn(PdfBox{column.from, rows.first - height, column.to, rows.second + height}).size() >=
             2;
}

// A table across a page in three columns or more, in any type (the body's own
// included), whose rows leave a middle column empty: rows with a label before that
// column and short cells, or two cells at least, past it, and nothing of that
// column's own beside them (MiddleColumn::RowAcross). Two such rows at least, one
// after another, each line no further below the one over it than
// kTableLineGapInHeights: between them, nothing of the middle column's own, and no
// line with words on both sides of it (a label wrapped to a second line stands on
// one side only). A column may end short, where the next block does not fit at its
// foot (a glossary's rows, each kept whole), leaving the columns either side on their
// own: so the page's drawing must show the table drawn right across the empty column
// (DrawnOver), as a table's rules or shaded rows are. The band runs from the first
// such row to the last (TableBand: with its header and wrapped lines in its smaller
// type).
std::vector<Band> TablesOverAnEmptyColumn(const std::vector<PdfWord>& words,
                                          const std::vector<double>& gutters, double body,
                                          const DrawnAcrossProbe& drawn) {
  if (gutters.size() < 2 || !drawn) return {};
  const double height = MedianHeight(words);
  double text_right = 0;
  for (const PdfWord& w : words) text_right = std::max(text_right, w.right);
  std::vector<std::vector<const PdfWord*>> rows = Rows(words, height);
  for (auto& row : rows)
    std::sort(row.begin(), row.end(),
              [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
  std::vector<Band> bands;
  for (std::size_t k = 1; k < gutters.size(); ++k) {
    const MiddleColumn column{gutters[k - 1], gutters[k],
                              k + 1 < gutters.size() ? gutters[k + 1] : text_right};
    std::vector<std::size_t> table;  // the rows across of the table under way
    double foot = 0;                 // the bottom of its last line, across or not
    const auto close = [&] {
      if (table.size() >= 2 &&
          DrawnOver(drawn, column,
                    {BandOf(rows[table.front()]).first, BandOf(rows[table.back()]).second}, height))
        bands.push_back(TableBand(rows, table.front(), table.back(), words, body));
      table.clear();
    };
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const Band band = BandOf(rows[r]);
      if (!table.empty() && band.first - foot > kTableLineGapInHeights * height) close();
      if (column.RowAcross(rows[r], words, kCellGapInHeights * height)) {
        if (!table.empty() &&
            column.OwnBeside(words, {BandOf(rows[table.back()]).first, band.second}))
          close();
        table.push_back(r);
      } else if (column.BothSides(rows[r]) || column.OwnBeside(words, band)) {
        close();
      }
      foot = band.second;
    }
    close();
  }
  return Merged(std::move(bands));
}

// Where one column ends and the next begins: an empty vertical strip between them.
struct Gutter {
  double left = 0, right = 0;
  double x() const { return (left + right) / 2; }
};

// Vertical strips across the page that almost no word covers (a stray word across a
// gutter is a title's), at least half a line's height wide, left to right.
std::vector<Gutter> EmptyStrips(const std::vector<PdfWord>& words, double page_width, double height) {
  const int from = static_cast<int>(0.08 * page_width), to = static_cast<int>(0.92 * page_width);
  if (to <= from) return {};
  std::vector<int> coverage(static_cast<std::size_t>(to - from), 0);
  for (const PdfWord& w : words) {
    for (int x = std::max(from, static_cast<int>(w.left)); x < std::min(to, static_cast<int>(w.right) + 1); ++x)
      ++coverage[static_cast<std::size_t>(x - from)];
  }
  const int noise = static_cast<int>(words.size() / 100);
  std::vector<Gutter> strips;
  for (int x = from; x < to;) {
    if (coverage[static_cast<std::size_t>(x - from)] > noise) {
      ++x;
      continue;
    }
    int end = x;
    while (end < to && coverage[static_cast<std::size_t>(end - from)] <= noise) ++end;
    if (end - x >= 0.5 * height) strips.push_back(Gutter{static_cast<double>(x), static_cast<double>(end)});
    x = end;
  }
  return strips;
}

// The baselines of `words`, each once, top to bottom.
std::vector<double> Baselines(const std::vector<const PdfWord*>& words) {
  std::vector<double> baselines;
  for (const PdfWord* w : words) baselines.push_back(std::round(w->bottom));
  std::sort(baselines.begin(), baselines.end());
  baselines.erase(std::unique(baselines.begin(), baselines.end()), baselines.end());
  return baselines;
}

// How many of `ys` have one of `others` level with them (within 2 pt).
std::size_t LevelCount(const std::vector<double>& ys, const std::vector<double>& others) {
  return static_cast<std::size_t>(std::count_if(ys.begin(), ys.end(), [&](double y) {
    return std::any_of(others.begin(), others.end(), [&](double other) { return std::abs(other - y) <= 2; });
  }));
}

// The words between x = from and x = to, in type of `size` (any, where 0).
std::vector<PdfWord> WordsBetween(const std::vector<PdfWord>& words, double from, double to, double size) {
  std::vector<PdfWord> between;
  for (const PdfWord& w : words) {
    if (w.left >= from && w.right <= to && (size <= 0 || Within(w.font_size, size, kSameSizeRatio)))
      between.push_back(w);
  }
  return between;
}

// The baselines of `words`' lines, top to bottom, and the commonest pitch between them.
struct LineGrid {
  std::vector<double> baselines;
  double pitch = 0;
};

LineGrid GridOf(std::vector<double> baselines) {
  LineGrid grid{std::move(baselines), 0};
  std::vector<double> pitches;
  for (std::size_t i = 1; i < grid.baselines.size(); ++i) pitches.push_back(grid.baselines[i] - grid.baselines[i - 1]);
  grid.pitch = Median(pitches);
  return grid;
}

LineGrid GridOf(const std::vector<PdfWord>& words) {
  std::vector<const PdfWord*> pointers;
  for (const PdfWord& w : words) pointers.push_back(&w);
  return GridOf(Baselines(pointers));
}

// The pitch of `grid`'s lines inside a paragraph: the pitch a quarter of the pitches
// between them stand within. Their median (the grid's pitch) is the paragraphs' own
// pitch where half the lines open one (a table's questions wrapped once each, a row
// apart).
double LinePitch(const LineGrid& grid) {
  std::vector<double> pitches;
  for (std::size_t i = 1; i < grid.baselines.size(); ++i)
    pitches.push_back(grid.baselines[i] - grid.baselines[i - 1]);
  return Quantile(pitches, 0.25);
}

// The baselines of the lines that open a paragraph: where the pitch between
// consecutive lines is wider than `line_pitch`.
std::vector<double> ParagraphStarts(const LineGrid& grid, double line_pitch) {
  std::vector<double> starts;
  for (std::size_t i = 1; i < grid.baselines.size(); ++i) {
    if (grid.baselines[i] - grid.baselines[i - 1] > 1.3 * line_pitch) starts.push_back(grid.baselines[i]);
  }
  return starts;
}

// A table's cells start their rows side by side; two columns of text break their
// paragraphs where each happens to (on a shared baseline grid, now and then at the
// same height). Three breaks at least, and four in five of one side's breaks, at a
// break of the other: a table. A title across the columns makes both start anew
// under it: those starts are no evidence. `left` and `right` bound the columns on
// either side of the gutter. The lines are those in the page's body type (side notes
// in smaller type aside), and a line further down than the text's line pitch, on
// either side, starts a paragraph: a column of one-line cells (a table's figures
// beside its questions) shows no line pitch of its own.
bool BreaksTogether(const std::vector<PdfWord>& words, const Gutter& gutter, double left_edge,
                    double right_edge, double height) {
  const std::vector<Band> bands = FullWidthBands(words, {gutter.x()});
  const auto under_band = [&](double y) {
    return std::any_of(bands.begin(), bands.end(),
                       [&](const Band& b) { return y > b.first && y - b.second < 3 * height; });
  };
  const double body = MedianFontSize(words);
  const LineGrid left_grid = GridOf(WordsBetween(words, left_edge - 0.5, gutter.left + 0.5, body));
  const LineGrid right_grid = GridOf(WordsBetween(words, gutter.right - 0.5, right_edge + 0.5, body));
  const double left_pitch = LinePitch(left_grid), right_pitch = LinePitch(right_grid);
  const double line_pitch = left_pitch <= 0    ? right_pitch
                            : right_pitch <= 0 ? left_pitch
                                               : std::min(left_pitch, right_pitch);
  std::vector<double> left = ParagraphStarts(left_grid, line_pitch);
  std::vector<double> right = ParagraphStarts(right_grid, line_pitch);
  left.erase(std::remove_if(left.begin(), left.end(), under_band), left.end());
  right.erase(std::remove_if(right.begin(), right.end(), under_band), right.end());
  if (left.size() < 2 || right.size() < 2) return false;
  const std::size_t together = LevelCount(left, right);
  return together >= 3 && together * 5 >= 4 * std::min(left.size(), right.size());
}

// Figures in large type level with each other on either side (twice at least): a
// panel of key facts set two by two, read across like a table.
bool FiguresSideBySide(const std::vector<PdfWord>& words, const Gutter& gutter) {
  const double body = MedianFontSize(words);
  if (body <= 0) return false;
  std::vector<const PdfWord*> left, right;
  for (const PdfWord& w : words) {
    const bool figure = w.font_size > kSameTypeRatio * body && HasDigit(w.text);
    if (!figure) continue;
    if (w.right <= gutter.left + 0.5) left.push_back(&w);
    else if (w.left >= gutter.right - 0.5) right.push_back(&w);
  }
  int level = 0;
  for (const PdfWord* a : left) {
    level += std::any_of(right.begin(), right.end(), [&](const PdfWord* b) { return std::abs(a->bottom - b->bottom) <= 2; });
  }
  return level >= 2;
}

// A key figure is set half as large again as the body's type at least: a table's
// percentages in the text's type beside a column of smaller notes are not.
constexpr double kKeyFigureRatio = 1.5;

// Key figures (two at least) with no word in the body's type on their side of
// `gutter`: key facts' figures beside their descriptions, set as a table's cells
// (each figure centred in its cell, level with no line of its description), not a
// column of text. A heading's or item's number ("4.", "2.1") is no figure.
bool FiguresBesideText(const std::vector<PdfWord>& words, const Gutter& gutter) {
  const double body = MedianFontSize(words);
  if (body <= 0) return false;
  int figures[2] = {0, 0};
  bool text[2] = {false, false};
  for (const PdfWord& w : words) {
    const int side = w.right <= gutter.left + 0.5 ? 0 : w.left >= gutter.right - 0.5 ? 1 : -1;
    if (side < 0) continue;
    if (w.font_size >= kKeyFigureRatio * body)
      figures[side] += HasDigit(w.text) && !IsListNumber(w.text);
    else if (Within(w.font_size, body, kSameTypeRatio)) text[side] = true;
  }
  return (figures[0] >= 2 && !text[0]) || (figures[1] >= 2 && !text[1]);
}

// Key facts on either side of `gutter`, each side a panel of its own: a key figure
// there (not a heading's or item's number) beside its description in the body's type.
// A table of key facts broken over a section's columns leaves one such panel in each.
bool KeyFactsEitherSide(const std::vector<PdfWord>& words, const Gutter& gutter) {
  const double body = MedianFontSize(words);
  if (body <= 0) return false;
  bool figure[2] = {false, false}, text[2] = {false, false};
  for (const PdfWord& w : words) {
    const int side = w.right <= gutter.left + 0.5 ? 0 : w.left >= gutter.right - 0.5 ? 1 : -1;
    if (side < 0) continue;
    if (w.font_size >= kKeyFigureRatio * body)
      figure[side] = figure[side] || (HasDigit(w.text) && !IsListNumber(w.text));
    else if (Within(w.font_size, body, kSameTypeRatio)) text[side] = true;
  }
  return figure[0] && text[0] && figure[1] && text[1];
}

// A column of text shows this many lines at least, and this many starting at one x.
constexpr int kColumnLines = 8, kAlignedLines = 5;

// How many lines show a column: a page's (kColumnLines, kAlignedLines), or a stretch's
// between lines across the page, which bound it (a box floated beside a paragraph).
struct ColumnEvidence {
  int lines = kColumnLines, aligned = kAlignedLines;
};
constexpr ColumnEvidence kStretchColumn{3, 3};

// How many of `words` start at one x within two text heights right of `x`, the x
// most of them start at.
int AlignedStartsAfter(const std::vector<PdfWord>& words, double x, double height) {
  std::map<int, int> starts;
  for (const PdfWord& w : words) {
    if (w.left >= x && w.left - x < 2 * height) ++starts[static_cast<int>(std::lround(w.left))];
  }
  int aligned = 0;
  for (const auto& [start, count] : starts) aligned = std::max(aligned, count);
  return aligned;
}

// A gutter between columns of text: lines on its right start just after it (most at
// one x: numbered items and bullets hang out to the left of it), lines on its left
// run up to it (a ragged column's to within a few words, a justified one's exactly),
// and the two sides do not break their lines together as a table's cells do.
bool IsGutter(const std::vector<PdfWord>& words, const Gutter& gutter, double left_edge,
              double right_edge, double height, ColumnEvidence evidence) {
  int starting = 0, reaching = 0;
  const double body = MedianFontSize(words);
  for (const PdfWord& w : words) {
    if (w.left >= gutter.right - 0.5 && w.left - gutter.right < 2 * height) ++starting;
    // A figure beside its description, or a footnote, does not reach a gutter.
    if (Within(w.font_size, body, kSameTypeRatio) && w.right <= gutter.left + 0.5 && gutter.left - w.right < 4 * height) ++reaching;
  }
  const int aligned = AlignedStartsAfter(words, gutter.right - 0.5, height);
  return starting >= evidence.lines && aligned >= evidence.aligned && reaching >= evidence.lines &&
         !FiguresSideBySide(words, gutter) && !FiguresBesideText(words, gutter) &&
         !BreaksTogether(words, gutter, left_edge, right_edge, height);
}

// Nothing but list numbers and bullets ("12.", "•") stands between x = from and to.
bool OnlyMarksBetween(const std::vector<PdfWord>& words, double from, double to) {
  return std::all_of(words.begin(), words.end(), [&](const PdfWord& w) {
    const bool between = w.left >= from - 0.5 && w.right <= to + 0.5;
    return !between || w.text.size() <= 4;
  });
}

// A column of text holds a few words a line: this many text heights wide at least
// (a contents page's column of page numbers is no column).
constexpr double kMinColumnInHeights = 10;

// Whether the column between x = from and to is wide enough, in text heights (of
// `height`, the page's), to be one. Where it shows a page's gutter (`evidence` a
// page's), a column in type smaller than the body's is measured in its own type's
// height: a rail of notes beside the text holds as many words a line as a column of
// the body's type, and is read after the text. Not a stretch's: a column in smaller
// type there is a box floated beside the text, read before it, which a note of a few
// lines beside its paragraph is not (the blocks read it after the paragraph). Nor is a
// text height more than the pitch of the column's lines in the page's type: a font's
// boxes may stand far taller than its lines are apart (Chromium's Type 3 fonts: 23 pt
// for 9 pt type set 12.7 pt apart).
bool WideEnough(const std::vector<PdfWord>& words, double from, double to, double height,
                ColumnEvidence evidence) {
  const double own = MedianHeight(WordsBetween(words, from - 0.5, to + 0.5, 0));
  const double pitch =
      GridOf(WordsBetween(words, from - 0.5, to + 0.5, MedianFontSize(words))).pitch;
  const bool page_gutter = evidence.lines >= kColumnLines;
  double text = page_gutter && own > 0 ? std::min(height, own) : height;
  if (pitch > 0) text = std::min(text, pitch);
  return to - from >= kMinColumnInHeights * text;
}

std::vector<double> FindGutters(const std::vector<PdfWord>& words, double page_width,
                                ColumnEvidence evidence = {}) {
  std::vector<double> gutters;
  if (words.size() < 40) return gutters;
  const double height = MedianHeight(words);
  double text_left = page_width, text_right = 0;
  for (const PdfWord& w : words) {
    text_left = std::min(text_left, w.left);
    text_right = std::max(text_right, w.right);
  }
  double column_left = text_left;
  const std::vector<Gutter> strips = EmptyStrips(words, page_width, height);
  for (std::size_t i = 0; i < strips.size(); ++i) {
    // The column on the right ends at the next strip, past any that only a column of
    // list numbers or bullets stands beside (they hang out left of their text).
    double next = text_right;
    for (std::size_t j = i + 1; j < strips.size(); ++j) {
      if (!OnlyMarksBetween(words, strips[j - 1].right, strips[j].left)) {
        next = strips[j].left;
        break;
      }
    }
    const bool wide = WideEnough(words, column_left, strips[i].left, height, evidence) &&
                      WideEnough(words, strips[i].right, next, height, evidence);
    if (wide && IsGutter(words, strips[i], column_left, next, height, evidence)) {
      gutters.push_back(strips[i].x());
      column_left = strips[i].right;
    }
  }
  return gutters;
}

// A gutter other pages show this often is the document's (two pages could be chance).
constexpr std::size_t kPagesShowingAGutter = 3;

// Whether a word lies in one of `bands` (a line across the gutter).
bool InBand(const PdfWord& w, const std::vector<Band>& bands) {
  const double centre = Centre(w);
  return std::any_of(bands.begin(), bands.end(),
                     [&](const Band& b) { return centre >= b.first && centre <= b.second; });
}

// Table cells, not columns: nearly every line on the side with more lines has a line
// on the other side on its baseline, as a row's cells do (a lone row included).
bool SharesBaselines(const std::vector<double>& left, const std::vector<double>& right) {
  return LevelCount(left, right) * 5 >= 4 * std::max(left.size(), right.size());
}

// Whether `empty` (one flag a point) holds a run of `width` points.
bool HasStrip(const std::vector<bool>& empty, double width) {
  int run = 0;
  for (const bool e : empty) {
    run = e ? run + 1 : 0;
    if (run >= width) return true;
  }
  return false;
}

// Whether two of `side`'s lines (baselines a third of a text height apart or more: a
// raised footnote number is on its line) stand between the top and the foot of
// `other`'s text in its own type: a column beside it, not a heading over it or
// footnotes under it.
bool SideBySide(const std::vector<const PdfWord*>& side, const std::vector<const PdfWord*>& other) {
  if (other.empty()) return false;
  const double type = TypeOf(other);
  double top = std::numeric_limits<double>::max(), foot = 0;
  for (const PdfWord* w : other) {
    if (!Within(w->font_size, type, kSameSizeRatio)) continue;
    top = std::min(top, w->top);
    foot = std::max(foot, w->bottom);
  }
  std::vector<double> heights;
  for (const PdfWord* w : side) heights.push_back(w->height());
  const double height = Median(heights);
  int lines = 0;
  double last = 0;  // the baseline of the last line counted
  for (double y : Baselines(side)) {
    if (y <= top || y > foot || (lines > 0 && y - last <= height / 3)) continue;
    ++lines;
    last = y;
  }
  return lines >= 2;
}

// Whether four in five of a column's lines start at its left edge, within two text
// heights (a bullet or an indent): a table's figures under a header start further in.
bool StartsAtItsEdge(const std::vector<const PdfWord*>& column, double height) {
  std::map<long, double> starts;  // each line's (by its baseline): where it starts
  for (const PdfWord* w : column) {
    const long line = std::lround(w->bottom / (height / 3));
    const auto found = starts.find(line);
    if (found == starts.end()) starts.emplace(line, w->left);
    else found->second = std::min(found->second, w->left);
  }
  if (starts.empty()) return false;
  double edge = std::numeric_limits<double>::max();
  for (const auto& [line, start] : starts) edge = std::min(edge, start);
  const auto at_edge = std::count_if(starts.begin(), starts.end(), [&](const auto& line) {
    return line.second - edge <= 2 * height;
  });
  return at_edge * 5 >= 4 * static_cast<long>(starts.size());
}

// A column's lines, top to bottom, by their rounded baselines, and each one's width.
struct ColumnLines {
  std::vector<double> baselines, widths;

  // Whether line i runs nearly the column's full width (four in five of its widest).
  bool Full(std::size_t i) const {
    return widths[i] >= 0.8 * *std::max_element(widths.begin(), widths.end());
  }
};

ColumnLines LinesOf(const std::vector<const PdfWord*>& column) {
  std::map<long, std::pair<double, double>> extents;  // by baseline: left, right
  for (const PdfWord* w : column) {
    const auto [it, added] =
        extents.emplace(std::lround(w->bottom), std::make_pair(w->left, w->right));
    if (!added)
      it->second = {std::min(it->second.first, w->left), std::max(it->second.second, w->right)};
  }
  ColumnLines lines;
  for (const auto& [baseline, extent] : extents) {
    lines.baselines.push_back(static_cast<double>(baseline));
    lines.widths.push_back(extent.second - extent.first);
  }
  return lines;
}

// Whether most of a column's lines run half a column's width at least (half of
// kMinColumnInHeights text heights): text, not a table's column of figures or ratings.
bool RunsOfText(const std::vector<const PdfWord*>& column, double height) {
  std::vector<double> widths = LinesOf(column).widths;
  return !widths.empty() && Median(widths) >= 0.5 * kMinColumnInHeights * height;
}

// The baselines of a column's lines in its own type: a heading in larger type over a
// table's rows opens no paragraph of its own; the row under it does.
std::vector<double> BaselinesInItsType(const std::vector<const PdfWord*>& column) {
  const double type = TypeOf(column);
  std::vector<const PdfWord*> in_type;
  for (const PdfWord* w : column)
    if (Within(w->font_size, type, kSameSizeRatio)) in_type.push_back(w);
  return Baselines(in_type);
}

// Whether two columns, by their lines in their own type, open their paragraphs apart,
// as columns of text do even on one baseline grid (where they stand level line by
// line): each opens two at least, and fewer than four in five of the fewer's stand
// level with the other's (a table's cells open its rows together).
bool ParagraphsApart(const std::vector<const PdfWord*>& before,
                     const std::vector<const PdfWord*>& column) {
  const LineGrid left_grid = GridOf(BaselinesInItsType(before)),
                 right_grid = GridOf(BaselinesInItsType(column));
  const double pitch = std::min(left_grid.pitch, right_grid.pitch);
  const std::vector<double> a = ParagraphStarts(left_grid, pitch),
                            b = ParagraphStarts(right_grid, pitch);
  if (a.size() < 2 || b.size() < 2) return false;
  const std::vector<double>& fewer = a.size() < b.size() ? a : b;
  const std::vector<double>& more = a.size() < b.size() ? b : a;
  return LevelCount(fewer, more) * 5 < 4 * fewer.size();
}

// How many of `own`'s paragraph starts fall where `other`'s text runs on through, in
// full lines at the text's line `pitch` (to the point, as baselines are rounded) from
// the start's line above to the start's own: the middle of a paragraph, where a
// table's row would end in all its cells at once.
std::size_t StartsRunThrough(const ColumnLines& own, const ColumnLines& other, double pitch) {
  std::size_t count = 0;
  for (const double start : ParagraphStarts(GridOf(own.baselines), pitch)) {
    const double above = *(std::lower_bound(own.baselines.begin(), own.baselines.end(), start) - 1);
    const auto& ys = other.baselines;
    std::size_t i =
        static_cast<std::size_t>(std::upper_bound(ys.begin(), ys.end(), above + 2) - ys.begin());
    if (i == 0 || i == ys.size() || ys.back() < start - 2) continue;
    bool through = other.Full(i - 1);
    for (; through && i < ys.size() && ys[i - 1] < start - 2; ++i)
      through = ys[i] - ys[i - 1] <= pitch + 1 && other.Full(i);
    if (through) ++count;
  }
  return count;
}

// Whether two columns break most of their paragraphs, two at least, where the other's
// text runs on through the break (StartsRunThrough): columns of text, not a table,
// even one with no space between its rows.
bool BreaksRunThrough(const std::vector<const PdfWord*>& left,
                      const std::vector<const PdfWord*>& right) {
  const ColumnLines a = LinesOf(left), b = LinesOf(right);
  const LineGrid a_grid = GridOf(a.baselines), b_grid = GridOf(b.baselines);
  const double pitch = std::min(a_grid.pitch, b_grid.pitch);
  const std::size_t starts =
      ParagraphStarts(a_grid, pitch).size() + ParagraphStarts(b_grid, pitch).size();
  const std::size_t through = StartsRunThrough(a, b, pitch) + StartsRunThrough(b, a, pitch);
  return through >= 2 && 2 * through >= starts;
}

// Whether `gutters` part `words` into columns side by side (SideBySide), each
// starting at its edge (StartsAtItsEdge). Two in one type that are not both runs of
// text opening their paragraphs apart (RunsOfText, ParagraphsApart; a box in its own
// type is no table's cell) are a
// table where either starts level with a line of the other, or half the lines of the
// shorter (three at least) stand level with the other's: a table's header cells, its
// first row, start level (within 2 pt), and a row's one-line cell stands level with a
// line of the others'.
bool StandsInColumns(const std::vector<PdfWord>& words, const std::vector<double>& gutters,
                     double height) {
  std::vector<std::vector<const PdfWord*>> columns(gutters.size() + 1);
  for (const PdfWord& w : words) {
    columns[static_cast<std::size_t>(
                std::upper_bound(gutters.begin(), gutters.end(), (w.left + w.right) / 2) -
                gutters.begin())]
        .push_back(&w);
  }
  if (!std::all_of(columns.begin(), columns.end(),
                   [&](const auto& column) { return StartsAtItsEdge(column, height); }))
    return false;
  for (std::size_t c = 1; c < columns.size(); ++c) {
    const std::vector<const PdfWord*>& before = columns[c - 1];
    const std::vector<const PdfWord*>& column = columns[c];
    if (!SideBySide(before, column) || !SideBySide(column, before)) return false;
    const bool one_type = OneSize(TypeOf(before), TypeOf(column));
    const std::vector<double> left = Baselines(before), right = Baselines(column);
    if (!one_type || (RunsOfText(before, height) && RunsOfText(column, height) &&
                      (ParagraphsApart(before, column) || BreaksRunThrough(before, column))))
      continue;
    const std::vector<double>& fewer = left.size() < right.size() ? left : right;
    const std::vector<double>& more = left.size() < right.size() ? right : left;
    const std::size_t level = LevelCount(fewer, more);
    // Either side's first line level with a line of the other: a table's first row,
    // under a header over all its cells or over its figures' cells only.
    const auto first_level = [](const std::vector<const PdfWord*>& side,
                                const std::vector<const PdfWord*>& other) {
      const PdfWord* first =
          *std::min_element(side.begin(), side.end(),
                            [](const PdfWord* a, const PdfWord* b) { return a->top < b->top; });
      return std::any_of(other.begin(), other.end(), [&](const PdfWord* w) {
        return std::abs(w->bottom - first->bottom) <= 2;
      });
    };
    const bool starts_level = first_level(column, before) || first_level(before, column);
    if ((level >= 3 && level * 2 >= fewer.size()) || starts_level) return false;
  }
  return true;
}

// How many of `found` lie within `tolerance` of x.
std::size_t Near(const std::vector<double>& found, double x, double tolerance) {
  return static_cast<std::size_t>(
      std::count_if(found.begin(), found.end(), [&](double g) { return std::abs(g - x) <= tolerance; }));
}

// Whether `w`, a word beside x, stands under `line`, a word of a line across x, as
// the page's text does. Under a line in type smaller than the words beside x (`type`),
// a footnote's, neither its own last lines do (in its type, stopping short of x,
// with no line across under them) nor a word printed over it (a table's row run on
// past its column's foot, over the footnotes): they are the foot's. `lowest_across`:
// the lowest centre of the words across x.
bool StandsUnder(const PdfWord& w, const PdfWord& line, const std::vector<PdfWord>& across,
                 double lowest_across, double type) {
  if (w.bottom <= line.top) return false;
  if (!SmallerType(line.font_size, type)) return true;
  const bool last_lines = OneSize(w.font_size, line.font_size) && lowest_across <= w.bottom;
  if (last_lines) return false;
  return std::none_of(across.begin(), across.end(), [&](const PdfWord& a) {
    return OneSize(a.font_size, line.font_size) && a.left < w.right && a.right > w.left &&
           Level(a, w);
  });
}

// The words not on a line across x; none where a line across x is in their type: a
// page in one column, or a table whose header runs across (a title across the
// columns is in larger type, a footnote across the foot in smaller). Lines across
// the foot, under all the others (StandsUnder), are the page's foot whatever their
// type (the footnotes of a document set in small type).
std::optional<std::vector<PdfWord>> WordsBeside(const std::vector<PdfWord>& words, double x) {
  const std::vector<Band> bands = FullWidthBands(words, {x});
  std::vector<PdfWord> beside, across;
  for (const PdfWord& w : words) (InBand(w, bands) ? across : beside).push_back(w);
  const double type = MedianFontSize(beside);
  double lowest_across = std::numeric_limits<double>::lowest();
  for (const PdfWord& a : across) lowest_across = std::max(lowest_across, Centre(a));
  const bool one_column = std::any_of(across.begin(), across.end(), [&](const PdfWord& line) {
    return Within(line.font_size, type, kSameTypeRatio) &&
           std::any_of(beside.begin(), beside.end(), [&](const PdfWord& w) {
             return StandsUnder(w, line, across, lowest_across, type);
           });
  });
  if (one_column) return std::nullopt;
  return beside;
}

// Whether one of a side's lines in its own type carries a sentence on to the line
// under it (ContinuesAcrossBreak: it ends open, the next starts in lower case): text
// wrapped from line to line, as a column's is, where a table's cells (a label, a
// rating) each stand on a line of their own.
bool CarriesTextOn(const std::vector<const PdfWord*>& side) {
  const double type = TypeOf(side);
  // Each line's first and last word, by its baseline.
  std::map<long, std::pair<const PdfWord*, const PdfWord*>> lines;
  for (const PdfWord* w : side) {
    if (!Within(w->font_size, type, kSameSizeRatio)) continue;
    auto [it, added] = lines.emplace(std::lround(w->bottom), std::make_pair(w, w));
    if (added) continue;
    if (w->left < it->second.first->left) it->second.first = w;
    if (w->right > it->second.second->right) it->second.second = w;
  }
  for (auto it = lines.begin(); it != lines.end() && std::next(it) != lines.end(); ++it) {
    if (ContinuesAcrossBreak(it->second.second->text, std::next(it)->second.first->text))
      return true;
  }
  return false;
}

// Two sides that are one table's cells however their lines stand over its heading:
// each line level with one of the other's, counted in each side's own type (a heading
// in larger type over the table's rows, its raised reference, stands level with
// none), where neither side carries its text on from line to line (CarriesTextOn):
// columns of text on one baseline grid stand level line by line too, but wrap their
// sentences.
bool CellsUnderAHeading(const std::vector<const PdfWord*>& left,
                        const std::vector<const PdfWord*>& right) {
  return SharesBaselines(BaselinesInItsType(left), BaselinesInItsType(right)) &&
         !CarriesTextOn(left) && !CarriesTextOn(right);
}

// Whether `strip` parts two columns of `words`: each side a column's width at least,
// not one table's cells side by side (CellsUnderAHeading), nor a panel of key facts.
// The right column starts at its leftmost word, which may stand in the strip (a key
// figure in larger type, a few words the strip lets through).
bool PartsColumns(const std::vector<PdfWord>& words, const Gutter& strip, double height) {
  std::vector<const PdfWord*> left, right;
  double left_edge = std::numeric_limits<double>::max(), right_edge = 0;
  double right_start = std::numeric_limits<double>::max();
  for (const PdfWord& w : words) {
    const bool on_left = w.right <= strip.left + 0.5;
    (on_left ? left : right).push_back(&w);
    if (!on_left) right_start = std::min(right_start, w.left);
    left_edge = std::min(left_edge, w.left);
    right_edge = std::max(right_edge, w.right);
  }
  const double min_column = kMinColumnInHeights * height;
  // Halves of a table broken over a section's columns stand on one baseline grid, as
  // one table's cells do, but open their rows where each half happens to.
  const bool cells = SharesBaselines(Baselines(left), Baselines(right)) &&
                     !(KeyFactsEitherSide(words, strip) && ParagraphsApart(left, right));
  return strip.left - left_edge >= min_column && right_edge - right_start >= min_column &&
         !left.empty() && !right.empty() && !cells && !CellsUnderAHeading(left, right) &&
         !FiguresSideBySide(words, strip) &&
         !FiguresBesideText(words, strip);
}

// Whether `cell` is printed over another word and stands on one line with a word of
// its own size that ends before x: a table too wide for the column before x, its
// row's last cell printed over the next column's text ("84%" over "In the"). (One
// line by the words' centres: a font's boxes may stand taller than its lines are
// apart, and a raised reference's box reach the line above.)
bool OverprintsFromBefore(const PdfWord& cell, const std::vector<PdfWord>& words, double x) {
  const auto under = [&](const PdfWord& w) {  // overlapping by more than touching boxes do
    const double overlap = std::min(w.right, cell.right) - std::max(w.left, cell.left);
    return &w != &cell &&
           overlap > kLevelShare * std::min(w.right - w.left, cell.right - cell.left) &&
           Level(w, cell);
  };
  const auto row = [&](const PdfWord& w) {
    return w.right < x && w.font_size == cell.font_size && CentresLevel(w, cell);
  };
  return std::any_of(words.begin(), words.end(), under) &&
         std::any_of(words.begin(), words.end(), row);
}

// The word a raised reference is set against, right before or after it: digits in
// type smaller than that word's, above its baseline and within its box. Null for
// any other word.
const PdfWord* RaisedAgainst(const PdfWord& w, const std::vector<PdfWord>& words) {
  if (!AllDigits(w.text) || w.font_size <= 0) return nullptr;
  for (const PdfWord& host : words) {
    const double gap = std::max(host.left - w.right, w.left - host.right);
    if (kSameTypeRatio * w.font_size < host.font_size && w.bottom < host.bottom &&
        host.top < Centre(w) && Centre(w) < host.bottom && gap < 0.5 * host.height())
      return &host;
  }
  return nullptr;
}

// The column a word falls in: a raised reference's, that of the word it is set
// against (where a font's tall boxes reach it from the line over its own, it is
// printed over nothing); else where its centre lies; for a word in a table's
// smaller type, where its line starts (the first word of its run), so that a
// narrow cell's words running over the gutter stay with the cell, and the column
// before where that word is printed over the column's text from a row before it.
std::size_t ColumnOf(const PdfWord& w, const std::vector<PdfWord>& words,
                     const std::vector<double>& gutters, double body) {
  if (const PdfWord* host = RaisedAgainst(w, words)) return ColumnOf(*host, words, gutters, body);
  if (!SmallerType(w.font_size, body)) {
    const double centre = (w.left + w.right) / 2;
    return static_cast<std::size_t>(std::upper_bound(gutters.begin(), gutters.end(), centre) -
                                    gutters.begin());
  }
  const PdfWord& start = RunEdge(w, words, false);
  const auto column = static_cast<std::size_t>(
      std::upper_bound(gutters.begin(), gutters.end(), start.left) - gutters.begin());
  return column > 0 && OverprintsFromBefore(start, words, gutters[column - 1]) ? column - 1
                                                                               : column;
}

// `body`: the page's body text's size.
void AddColumns(std::vector<PdfWord> words, const std::vector<double>& gutters, double body,
                std::vector<Region>& regions) {
  std::vector<std::vector<PdfWord>> columns(gutters.size() + 1);
  std::vector<std::size_t> column_of;
  for (const PdfWord& w : words) column_of.push_back(ColumnOf(w, words, gutters, body));
  for (std::size_t i = 0; i < words.size(); ++i)
    columns[column_of[i]].push_back(std::move(words[i]));
  // A table row a column's foot broke reads whole, in the column it starts in.
  for (std::size_t i = 0; i + 1 < columns.size(); ++i)
    CarryBrokenRowBack(columns[i], columns[i + 1]);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (!columns[i].empty()) regions.push_back(Region{BuildLines(columns[i]), Region::kColumn, static_cast<int>(i)});
  }
}

// Whether the lowest line of `words` is one run of text, no gap in it wider than a
// text height (a paragraph's line across the page, not a row of cells).
bool RunsOn(std::vector<const PdfWord*> words, double height) {
  const double lowest = (*std::max_element(words.begin(), words.end(), [](const PdfWord* a, const PdfWord* b) {
                          return a->bottom < b->bottom;
                        }))->bottom;
  words.erase(std::remove_if(words.begin(), words.end(),
                             [&](const PdfWord* w) { return w->bottom < lowest - 0.5 * height; }),
              words.end());
  std::sort(words.begin(), words.end(), [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i]->left - words[i - 1]->right > height) return false;
  }
  return true;
}

// Each band taken down over the short last line of its paragraph: the line right
// under it, at its left edge, in its type, that stops short of the first gutter with
// nothing level with it beyond (a footnote across the page's foot, "tober 2016."),
// and, where the band's paragraph shows its line pitch (the band right over it), no
// further down than that: a line a paragraph's space down starts the next.
std::vector<Band> WithLastLines(std::vector<Band> bands, const std::vector<PdfWord>& words,
                                const std::vector<double>& gutters) {
  for (std::size_t b = 0; b < bands.size(); ++b) {
    Band& band = bands[b];
    std::vector<const PdfWord*> inside, below;
    std::vector<double> heights;
    for (const PdfWord& w : words) {
      const double centre = Centre(w);
      if (centre >= band.first && centre <= band.second) {
        inside.push_back(&w);
        heights.push_back(w.height());
      }
    }
    if (inside.empty()) continue;
    const double height = Median(heights);
    // The line right under the band: the nearest centre in reach, and those level with
    // it (a font's boxes may stand taller than its lines are apart: the reach holds the
    // lines after it too).
    double nearest = std::numeric_limits<double>::max();
    for (const PdfWord& w : words) {
      const double centre = Centre(w);
      if (centre > band.second && centre <= band.second + kLastLineReachInHeights * height)
        nearest = std::min(nearest, centre);
    }
    for (const PdfWord& w : words) {
      const double centre = Centre(w);
      if (centre >= nearest && centre - nearest < kOneLineShare * height) below.push_back(&w);
    }
    if (below.empty()) continue;
    std::vector<double> sizes;
    for (const PdfWord* w : inside) sizes.push_back(w->font_size);
    const double type = Median(sizes);
    const bool last_line = std::all_of(below.begin(), below.end(), [&](const PdfWord* w) {
      return w->right < gutters.front() && Within(w->font_size, type, kSameSizeRatio);
    });
    if (!last_line || std::abs(Left(below) - Left(inside)) > 0.5 * height || !RunsOn(inside, height))
      continue;
    double below_top = std::numeric_limits<double>::max();
    for (const PdfWord* w : below) below_top = std::min(below_top, w->top);
    const double pitch = b > 0 ? band.first - bands[b - 1].first : 0;
    if (pitch > 0 && pitch <= kLastLineReachInHeights * height &&
        below_top - band.first > pitch + kPitchSpreadInHeights * height)
      continue;
    for (const PdfWord* w : below) band.second = std::max(band.second, w->bottom);
  }
  return bands;
}

// Each band taken up over its head: the line right over it, at its left edge, in the
// first column only (nothing beyond the gutter level with it), standing nearer the
// band than the line over it in that column, by more than pitches spread (a boxed
// example's label over its text, set across the columns, its column's text a
// paragraph's space and more above; not a paragraph's line over its next).
std::vector<Band> WithHeads(std::vector<Band> bands, const std::vector<PdfWord>& words,
                            const std::vector<double>& gutters) {
  for (Band& band : bands) {
    std::vector<const PdfWord*> inside;
    std::vector<double> heights;
    double over_bottom = 0;
    for (const PdfWord& w : words) {
      const double centre = Centre(w);
      if (centre >= band.first && centre <= band.second) {
        inside.push_back(&w);
        heights.push_back(w.height());
      } else if (centre < band.first) {
        over_bottom = std::max(over_bottom, w.bottom);
      }
    }
    if (inside.empty() || over_bottom == 0) continue;
    const double height = Median(heights);
    std::vector<const PdfWord*> head;
    double head_top = band.first;
    for (const PdfWord& w : words) {
      if (Centre(w) < band.first && w.bottom > over_bottom - height / 3) {
        head.push_back(&w);
        head_top = std::min(head_top, w.top);
      }
    }
    const bool first_column = std::all_of(
        head.begin(), head.end(), [&](const PdfWord* w) { return w->right < gutters.front(); });
    if (!first_column || std::abs(Left(head) - Left(inside)) > 0.5 * height) continue;
    // The foot of the line over the head in its column (lines set closer than their
    // boxes are tall overlap it).
    double above = -std::numeric_limits<double>::max();
    for (const PdfWord& w : words) {
      if (w.left < gutters.front() && w.bottom < over_bottom - height / 3)
        above = std::max(above, w.bottom);
    }
    const double gap = band.first - over_bottom;
    if (gap < height && gap + kPitchSpreadInHeights * height < head_top - above)
      band.first = head_top;
  }
  return bands;
}

// Which slot a word falls in: 2k for the columns above band k, 2k+1 for band k.
std::size_t SlotOf(const PdfWord& w, const std::vector<Band>& bands) {
  const double centre = Centre(w);
  std::size_t k = 0;
  while (k < bands.size() && centre > bands[k].second) ++k;
  return k < bands.size() && centre >= bands[k].first ? 2 * k + 1 : 2 * k;
}

// `words` but those in a table's smaller type that lie across x: a table too wide
// for its column, printed over the gutter, hides no less the strip a person sees.
std::vector<PdfWord> WithoutCellsAcross(const std::vector<PdfWord>& words, double x) {
  const double body = MedianFontSize(words);
  std::vector<PdfWord> kept;
  for (const PdfWord& w : words) {
    if (!(SmallerType(w.font_size, body) && w.left < x && w.right > x)) kept.push_back(w);
  }
  return kept;
}

}  // namespace

// A gutter the page's own words do not show (the last rows of a table carried over
// to a page of their own; columns of tables whose ragged cells stop short of it):
// where other pages found theirs, if this page leaves the strip there empty but for
// lines across it in other type and its two sides are not one table's cells.
std::vector<double> BorrowedGutters(const PdfPage& page, const std::vector<PdfWord>& words,
                                    const std::vector<double>& document) {
  std::vector<double> gutters;
  if (words.empty()) return gutters;
  const double height = MedianHeight(words);
  std::vector<double> tried;  // pages share a gutter's very x: each x is tried once
  for (double x : document) {
    if (std::find(tried.begin(), tried.end(), x) != tried.end()) continue;
    tried.push_back(x);
    if (Near(document, x, height) < kPagesShowingAGutter || Near(gutters, x, height) > 0) continue;
    const std::optional<std::vector<PdfWord>> beside = WordsBeside(words, x);
    if (!beside) continue;
    for (const Gutter& strip : EmptyStrips(WithoutCellsAcross(*beside, x), page.width, height)) {
      if (strip.left <= x && x <= strip.right && PartsColumns(*beside, strip, height)) {
        gutters.push_back(x);
        break;
      }
    }
  }
  std::sort(gutters.begin(), gutters.end());
  return gutters;
}

std::vector<double> PageGutters(const PdfPage& page, const std::vector<PdfWord>& words) {
  return FindGutters(words, page.width);
}

namespace {

// Whether row `last`, the last of a stretch of columns from row `top`, in its first
// column (left of `gutter`), labels the text across the page in the row under it: as
// WithHeads has it on a page in columns, it stands at that text's left edge, less than
// a text height over it and nearer it than the line over it in its column.
bool LabelsTextUnder(const std::vector<std::vector<const PdfWord*>>& rows, std::size_t top,
                     std::size_t last, double gutter, double height) {
  const std::vector<const PdfWord*>& label = rows[last];
  const std::vector<const PdfWord*>& under = rows[last + 1];
  double above = -std::numeric_limits<double>::max();
  for (std::size_t r = top; r < last; ++r)
    for (const PdfWord* w : rows[r])
      if (w->right < gutter) above = std::max(above, w->bottom);
  double label_top = label.front()->top, label_bottom = 0, under_top = under.front()->top;
  for (const PdfWord* w : label) {
    label_top = std::min(label_top, w->top);
    label_bottom = std::max(label_bottom, w->bottom);
  }
  for (const PdfWord* w : under) under_top = std::min(under_top, w->top);
  const double gap = under_top - label_bottom;
  return std::abs(Left(label) - Left(under)) <= 0.5 * height && gap < height &&
         gap + kPitchSpreadInHeights * height < label_top - above;
}

// Whether `row` carries on the line across the page over it, `above`, as a table's row
// across the columns wraps its cells: in its type, smaller than the `body`'s, and no
// further below it than a text height (a wrapped cell's line). Its
// cells keep apart at the gutter, but it is the table's, not the columns'.
bool CarriesOnAcross(const std::vector<const PdfWord*>& above,
                     const std::vector<const PdfWord*>& row, double body, double height) {
  const double type = TypeOf(row);
  double above_bottom = 0, row_top = std::numeric_limits<double>::max();
  for (const PdfWord* w : above) above_bottom = std::max(above_bottom, w->bottom);
  for (const PdfWord* w : row) row_top = std::min(row_top, w->top);
  return SmallerType(type, body) && Within(type, TypeOf(above), kSameSizeRatio) &&
         row_top - above_bottom <= height;
}

}  // namespace

// The stretches of the page in columns, under and over text across the page (a box
// floated beside the text, which wraps round it; an introduction across the page over
// two columns): the rows, one after another, that leave one strip empty a column's
// width in from the text's edges, two columns' worth of lines at least, and whose
// words show a gutter there (FindGutters, on the fewer lines a stretch shows) and
// stand in columns there (StandsInColumns).
std::vector<ColumnStretch> StretchColumns(const PdfPage& page, const std::vector<PdfWord>& words) {
  const double page_width = page.width;
  if (words.size() < 40) return {};
  const double height = MedianHeight(words), body = MedianFontSize(words);
  double text_left = page_width, text_right = 0;  // on the page: a flag a point across it
  for (const PdfWord& w : words) {
    text_left = std::max(0.0, std::min(text_left, w.left));
    text_right = std::min(page_width, std::max(text_right, w.right));
  }
  const double min_column = kMinColumnInHeights * height;
  const int from = static_cast<int>(text_left + min_column),
            to = static_cast<int>(text_right - min_column);
  if (to - from < 0.5 * height) return {};
  const std::vector<std::vector<const PdfWord*>> rows = Rows(words, height);
  std::vector<std::vector<bool>> empty;  // each row's: one flag a point from `from`
  for (const auto& row : rows) {
    empty.emplace_back(static_cast<std::size_t>(to - from), true);
    for (const PdfWord* w : row) {
      for (int x = std::max(from, static_cast<int>(w->left));
           x < std::min(to, static_cast<int>(w->right) + 1); ++x)
        empty.back()[static_cast<std::size_t>(x - from)] = false;
    }
  }
  std::vector<ColumnStretch> stretches;
  for (std::size_t first = 0; first < rows.size();) {
    std::vector<bool> shared = empty[first];
    std::size_t end = first;  // one past the stretch's last row
    while (end < rows.size()) {
      std::vector<bool> next = shared;
      for (std::size_t x = 0; x < next.size(); ++x) next[x] = next[x] && empty[end][x];
      if (!HasStrip(next, 0.5 * height)) break;
      shared = std::move(next);
      ++end;
    }
    if (end - first < 2 * static_cast<std::size_t>(kStretchColumn.lines)) {
      ++first;
      continue;
    }
    const auto words_of = [&](std::size_t first_row, std::size_t end_row) {
      std::vector<PdfWord> stretch;
      for (std::size_t r = first_row; r < end_row; ++r)
        for (const PdfWord* w : rows[r]) stretch.push_back(*w);
      return stretch;
    };
    std::vector<double> gutters = FindGutters(words_of(first, end), page_width, kStretchColumn);
    // A line at either end that runs over a gutter (the strip lets a word through, or
    // a justified line's word space) is the text's across the page.
    const auto across = [&](std::size_t r) {
      return std::any_of(gutters.begin(), gutters.end(),
                         [&](double x) { return !LeavesOpen(rows[r], x, height); });
    };
    // So are the rows under a line across, from the row over the stretch on, that
    // carry it on (CarriesOnAcross: a table's rows across the columns).
    std::size_t top = first, bottom = end;
    bool under_across = first > 0 && across(first - 1);
    while (top < bottom &&
           (across(top) ||
            (under_across && CarriesOnAcross(rows[top - 1], rows[top], body, height)))) {
      under_across = true;
      ++top;
    }
    while (bottom > top && across(bottom - 1)) --bottom;
    // So is the short last line of a paragraph across the page over the stretch: the
    // first row, before the gutters, nearer the line across over it than the next line
    // of its column (the next row with words before the gutters, whatever stands
    // beside them: a box's lines, at a pitch of their own, share rows with the text's).
    const auto before_gutters = [&](std::size_t r) {
      return std::all_of(rows[r].begin(), rows[r].end(),
                         [&](const PdfWord* w) { return w->right < gutters.front(); });
    };
    const auto first_column_baseline = [&](std::size_t r) {  // NaN where it has no words
      for (const PdfWord* w : rows[r])
        if (w->right < gutters.front()) return w->bottom;
      return std::numeric_limits<double>::quiet_NaN();
    };
    if (!gutters.empty() && top >= 1 && top < bottom && before_gutters(top)) {
      std::size_t next = top + 1;
      while (next < bottom && std::isnan(first_column_baseline(next))) ++next;
      if (next < bottom && rows[top].front()->bottom - rows[top - 1].front()->bottom +
                                   kPitchSpreadInHeights * height <
                               first_column_baseline(next) - rows[top].front()->bottom)
        ++top;
    }
    // And a box's label, the stretch's last line, with the text across under it.
    if (!gutters.empty() && bottom > top + 1 && bottom == end && end < rows.size() &&
        before_gutters(bottom - 1) &&
        LabelsTextUnder(rows, top, bottom - 1, gutters.front(), height))
      --bottom;
    const std::vector<PdfWord> stretch = words_of(top, bottom);
    if (!gutters.empty() && !stretch.empty() && StandsInColumns(stretch, gutters, height)) {
      ColumnStretch found{std::move(gutters), stretch.front().top, stretch.front().bottom};
      for (const PdfWord& w : stretch) {
        found.top = std::min(found.top, w.top);
        found.bottom = std::max(found.bottom, w.bottom);
      }
      stretches.push_back(std::move(found));
    }
    first = end;
  }
  return stretches;
}

namespace {

// Whether a column of a stretch holds cells of a table of its own, as the columns of a
// table broken over them do: its words run a column's width (kMinColumnInHeights: a
// contents page's page numbers are no column), a line of it at least holds two cells,
// a text height or more apart (a question and its figure), and no figure in it stands
// in type larger than the stretch's `type` (a panel of key facts).
bool ColumnOfCells(const std::vector<const PdfWord*>& column, double type, double height) {
  double left = std::numeric_limits<double>::max(), right = 0;
  std::map<long, std::vector<std::pair<double, double>>> lines;  // by baseline: extents
  for (const PdfWord* w : column) {
    left = std::min(left, w->left);
    right = std::max(right, w->right);
    lines[std::lround(w->bottom)].emplace_back(w->left, w->right);
    if (w->font_size > kSameTypeRatio * type && HasDigit(w->text) && !IsListNumber(w->text))
      return false;
  }
  const bool cells = std::any_of(lines.begin(), lines.end(), [&](auto& line) {
    std::sort(line.second.begin(), line.second.end());
    for (std::size_t i = 1; i < line.second.size(); ++i)
      if (line.second[i].first - line.second[i - 1].second >= height) return true;
    return false;
  });
  return right - left >= kMinColumnInHeights * height && cells;
}

// The gutters of `document` (the pages' gutters, together) that several pages show,
// each the median of those within `tolerance` of it, in order. Sorted, so that a long
// document's thousands of gutters, most at one x, cost a sort.
std::vector<double> GuttersSeveralPagesShow(std::vector<double> document, double tolerance) {
  std::sort(document.begin(), document.end());
  std::vector<double> gutters;
  for (auto x = document.begin(); x != document.end();
       x = std::upper_bound(x, document.end(), *x)) {
    const auto from = std::lower_bound(document.begin(), document.end(), *x - tolerance);
    const auto to = std::upper_bound(x, document.end(), *x + tolerance);
    if (static_cast<std::size_t>(to - from) < kPagesShowingAGutter) continue;
    const double at = *(from + (to - from) / 2);
    if (gutters.empty() || at - gutters.back() > tolerance) gutters.push_back(at);
  }
  return gutters;
}

}  // namespace

// The stretches of a page with no gutter of its own or the document's that stand in
// the document's columns: a table broken over the columns of its page under a table
// across it (LaTeX's longtable in multicols), its ragged cells stopping short of the
// gutters (too few lines reach them for StretchColumns, and the columns' first rows
// start level, as a table's do). The rows, one after another, six at least, that leave
// open each gutter several pages show (no word over it, a text height at least between
// the words either side), but for rows of smaller type at either end (a footnote's
// number on its own baseline over the footnotes), where each column holds cells of its
// own (ColumnOfCells) and its lines do not stand on the next's baselines (a table's
// cells across the columns: SharesBaselines).
std::vector<ColumnStretch> DocumentColumnStretches(const std::vector<PdfWord>& words,
                                                   const std::vector<double>& document) {
  if (words.empty()) return {};
  const double height = MedianHeight(words);
  const std::vector<double> gutters = GuttersSeveralPagesShow(document, height);
  if (gutters.empty()) return {};
  const std::vector<std::vector<const PdfWord*>> rows = Rows(words, height);
  const auto open = [&](const std::vector<const PdfWord*>& row) {
    return std::all_of(gutters.begin(), gutters.end(),
                       [&](double x) { return LeavesOpen(row, x, height); });
  };
  std::vector<ColumnStretch> stretches;
  for (std::size_t first = 0; first < rows.size();) {
    std::size_t end = first;
    while (end < rows.size() && open(rows[end])) ++end;
    if (end == first) {
      ++first;
      continue;
    }
    std::vector<const PdfWord*> all;
    for (std::size_t r = first; r < end; ++r) all.insert(all.end(), rows[r].begin(), rows[r].end());
    const double type = TypeOf(all);
    std::size_t top = first, bottom = end;
    while (top < bottom && SmallerType(TypeOf(rows[top]), type)) ++top;
    while (bottom > top && SmallerType(TypeOf(rows[bottom - 1]), type)) --bottom;
    first = end;
    if (bottom - top < 2 * static_cast<std::size_t>(kStretchColumn.lines)) continue;
    std::vector<std::vector<const PdfWord*>> columns(gutters.size() + 1);
    ColumnStretch found{gutters, rows[top].front()->top, rows[top].front()->bottom};
    for (std::size_t r = top; r < bottom; ++r) {
      for (const PdfWord* w : rows[r]) {
        columns[static_cast<std::size_t>(
                    std::upper_bound(gutters.begin(), gutters.end(), (w->left + w->right) / 2) -
                    gutters.begin())]
            .push_back(w);
        found.top = std::min(found.top, w->top);
        found.bottom = std::max(found.bottom, w->bottom);
      }
    }
    bool in_columns = std::all_of(columns.begin(), columns.end(), [&](const auto& column) {
      return ColumnOfCells(column, type, height);
    });
    for (std::size_t c = 1; c < columns.size() && in_columns; ++c)
      in_columns = !SharesBaselines(Baselines(columns[c - 1]), Baselines(columns[c]));
    if (in_columns) stretches.push_back(std::move(found));
  }
  return stretches;
}

namespace {

// Whether a page's gutters are to be taken from the other pages: it shows none of
// its own (too few words to show them; or columns of tables, whose ragged cells stop
// short of the gutter), or it shows gutters no other page shows (a table's gap inside
// a column, taken for the gutter the table's cells hide). BorrowedGutters then
// decides whether the others' hold on it.
bool TakesOthersGutters(const std::vector<PdfWord>& words, const std::vector<double>& own,
                        const std::vector<double>& document) {
  const double height = MedianHeight(words);
  return std::none_of(own.begin(), own.end(), [&](double x) {
    return Near(document, x, height) > kPagesShowingAGutter;  // the page's own and the others'
  });
}

// Where a column right of x starts: past the page's empty strip around x (boxed
// text starts a padding in from the box), or at x where no strip holds it.
double ColumnStart(const std::vector<Gutter>& strips, double x) {
  for (const Gutter& strip : strips) {
    if (strip.left <= x && x <= strip.right) return strip.right - 0.5;
  }
  return x;
}

// For a page that shows some of the document's gutters: the others the document
// shows where the page's lines start a column just right of them, a column's lines
// at one x (a table too wide for the column before it may spill over the gutter);
// and then not the page's own gutters that too few pages show (a table's gap
// inside a column).
std::vector<double> WithMissingGutters(const PdfPage& page, const std::vector<PdfWord>& words,
                                       const std::vector<double>& own, const std::vector<double>& document) {
  const double height = MedianHeight(words);
  const std::vector<Gutter> strips = EmptyStrips(words, page.width, height);
  std::vector<double> gutters, kept;  // kept: the page's own that the document shows
  for (double x : own) {
    if (Near(document, x, height) > kPagesShowingAGutter) kept.push_back(x);
  }
  for (double x : document) {
    std::vector<double> shown;  // where the pages showing this gutter have it
    for (double other : document) {
      if (std::abs(other - x) <= height) shown.push_back(other);
    }
    if (shown.size() < kPagesShowingAGutter) continue;
    const double at = Median(shown);
    if (Near(kept, at, kMinColumnInHeights * height) > 0 || Near(gutters, at, height) > 0 ||
        AlignedStartsAfter(words, ColumnStart(strips, at), height) < kAlignedLines)
      continue;
    gutters.push_back(at);
  }
  if (gutters.empty() && kept.size() == own.size()) return own;
  gutters.insert(gutters.end(), kept.begin(), kept.end());
  std::sort(gutters.begin(), gutters.end());
  return gutters;
}

}  // namespace

std::vector<std::vector<double>> DocumentGutters(const std::vector<PdfPage>& pages,
                                                 const std::vector<std::vector<PdfWord>>& words) {
  std::vector<std::vector<double>> gutters;
  std::vector<double> document;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    gutters.push_back(PageGutters(pages[p], words[p]));
    document.insert(document.end(), gutters[p].begin(), gutters[p].end());
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (!TakesOthersGutters(words[p], gutters[p], document)) {
      gutters[p] = WithMissingGutters(pages[p], words[p], gutters[p], document);
      continue;
    }
    std::vector<double> others = document;
    for (double x : gutters[p]) others.erase(std::find(others.begin(), others.end(), x));
    std::vector<double> borrowed = BorrowedGutters(pages[p], words[p], others);
    if (!borrowed.empty()) gutters[p] = std::move(borrowed);
  }
  return gutters;
}

std::vector<Region> PageRegions(const PdfPage& page, std::vector<PdfWord> words) {
  const std::vector<double> gutters = PageGutters(page, words);
  if (!gutters.empty()) return PageRegions(std::move(words), gutters, page.drawn_across);
  const std::vector<ColumnStretch> stretches = StretchColumns(page, words);
  return StretchRegions(std::move(words), stretches);
}

std::vector<Region> StretchRegions(std::vector<PdfWord> words,
                                   const std::vector<ColumnStretch>& stretches) {
  const double body = MedianFontSize(words);
  // A box floated beside the text stands in the flow before the text that wraps round
  // it: a column in type smaller than the body's reads first.
  const auto boxed = [&](const Region& region) {
    std::vector<double> sizes;
    for (const PdfLine& line : region.lines)
      for (const PdfPiece& piece : line.pieces) sizes.push_back(piece.font_size);
    return region.kind == Region::kColumn && SmallerType(Median(sizes), body);
  };
  // Slot 2k: the words above stretch k (and under the one before); 2k + 1: stretch k's.
  std::vector<std::vector<PdfWord>> slots(2 * stretches.size() + 1);
  for (PdfWord& w : words) {
    const double centre = Centre(w);
    std::size_t k = 0;
    while (k < stretches.size() && centre > stretches[k].bottom) ++k;
    const bool inside = k < stretches.size() && centre >= stretches[k].top;
    slots[2 * k + (inside ? 1 : 0)].push_back(std::move(w));
  }
  std::vector<Region> regions;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (slots[i].empty()) continue;
    std::vector<Region> more =
        i % 2 == 1 ? PageRegions(std::move(slots[i]), stretches[i / 2].gutters)
                   : std::vector<Region>{Region{BuildLines(slots[i]), Region::kWhole, 0}};
    std::stable_partition(more.begin(), more.end(), boxed);
    std::move(more.begin(), more.end(), std::back_inserter(regions));
  }
  return regions;
}

std::vector<Region> PageRegions(std::vector<PdfWord> words, const std::vector<double>& gutters,
                                const DrawnAcrossProbe& drawn) {
  std::vector<Region> regions;
  if (gutters.empty()) {
    regions.push_back(Region{BuildLines(words), Region::kWhole, 0});
    return regions;
  }
  const double body = MedianFontSize(words);
  std::vector<Band> bands =
      WithHeads(WithLastLines(FullWidthBands(words, gutters), words, gutters), words, gutters);
  const std::vector<Band> headings = SpanningHeadings(words, gutters.front(), body, bands);
  bands.insert(bands.end(), headings.begin(), headings.end());
  const std::vector<Band> tables = TablesAcross(words, gutters, body, drawn);
  bands.insert(bands.end(), tables.begin(), tables.end());
  const std::vector<Band> over_empty = TablesOverAnEmptyColumn(words, gutters, body, drawn);
  bands.insert(bands.end(), over_empty.begin(), over_empty.end());
  bands = Merged(std::move(bands));
  std::vector<std::vector<PdfWord>> slots(2 * bands.size() + 1);
  for (PdfWord& w : words) slots[SlotOf(w, bands)].push_back(std::move(w));
  // Lines across the page with no columns between them are one stretch of text.
  for (std::size_t i = 3; i < slots.size(); i += 2) {
    if (!slots[i - 1].empty()) continue;
    std::move(slots[i - 2].begin(), slots[i - 2].end(), std::back_inserter(slots[i]));
    slots[i - 2].clear();
  }
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (slots[i].empty()) continue;
    if (i % 2 == 1) regions.push_back(Region{BuildLines(slots[i], body), Region::kWhole, 0});
    else AddColumns(std::move(slots[i]), gutters, body, regions);
  }
  return regions;
}

}  // namespace findings

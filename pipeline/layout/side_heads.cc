#include "layout/side_heads.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <utility>

#include "layout/by_bottom.h"
#include "layout/lines.h"
#include "layout/spacing.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

// A text column shows this many lines starting at its edge at least.
constexpr int kEdgeLines = 5;

// Two words stand level where their bottoms stand less than this share of the first's
// height apart.
constexpr double kLevelShare = 0.3;

// A hundredth of a point spare each side of a window looked up by bottom, for rounding:
// each word found is tested again.
constexpr double kSpare = 0.01;

bool LevelWith(const PdfWord& a, const PdfWord& b) {
  return std::abs(a.bottom - b.bottom) < kLevelShare * a.height();
}

// Calls visit(o) for each word o of `page` that may stand level with `w` either way
// (LevelWith(w, o) or LevelWith(o, w)), a few more among them: each caller tests them.
template <typename Visit>
void ForEachBeside(const ByBottom& page, const PdfWord& w, Visit visit) {
  const double reach = kLevelShare * page.tallest() + kSpare;
  page.Between(w.bottom - reach, w.bottom + reach, visit);
}

// Calls visit(o) for each word o of `page` whose box may reach into the band from `top`
// to `bottom`, a few more among them: each caller tests them.
template <typename Visit>
void ForEachAcross(const ByBottom& page, double top, double bottom, Visit visit) {
  page.Between(top - kSpare, bottom + page.tallest() + kSpare, visit);
}

// Which way a line is walked: rightwards from a word's right end, or leftwards from its
// left end.
enum class Along { kRightwards, kLeftwards };

// Whether the line of `from` runs on from it to x `to`, `along` it word after word less
// than a text `height` apart (each level with `from`).
bool RunsTo(const ByBottom& page, const PdfWord& from, double to, Along along, double height) {
  // Leftwards is rightwards in a mirror, each x negated: exactly, so each test is the
  // same either way.
  const bool leftwards = along == Along::kLeftwards;
  const auto near_end = [&](const PdfWord& w) { return leftwards ? -w.right : w.left; };
  const auto far_end = [&](const PdfWord& w) { return leftwards ? -w.left : w.right; };
  const double until = leftwards ? -to : to;
  double reach = far_end(from);
  if (reach >= until) return true;
  // In the page's order: of two words that could each take the walk on, the first does.
  std::vector<const PdfWord*> line;
  ForEachBeside(page, from, [&](const PdfWord& o) {
    if (LevelWith(from, o)) line.push_back(&o);
  });
  std::sort(line.begin(), line.end(), std::less<const PdfWord*>());
  for (bool more = true; more && reach < until;) {
    more = false;
    for (const PdfWord* o : line) {
      if (near_end(*o) > reach - 0.5 && near_end(*o) - reach < height && far_end(*o) > reach) {
        reach = far_end(*o);
        more = true;
      }
    }
  }
  return reach >= until;
}

bool BodyText(const PdfWord& w, double body) {
  return !w.bold && Within(w.font_size, body, kSameTypeRatio);
}

// How many of the page's lines of body text (regular, in the `body` type) start at each
// x (rounded to the point), or, read `along` leftwards, end: each its first word of body
// text so read, that no word level with it `leads` to (leads(o, w)).
template <typename Leads>
std::map<long, int> LineStarts(const std::vector<PdfWord>& words, const ByBottom& page, double body,
                               Along along, Leads leads) {
  std::map<long, int> starts;
  for (const PdfWord& w : words) {
    if (!BodyText(w, body)) continue;
    bool led = false;
    ForEachBeside(page, w, [&](const PdfWord& o) {
      led = led || (&o != &w && LevelWith(o, w) && leads(o, w));
    });
    if (!led) ++starts[std::lround(along == Along::kRightwards ? w.left : w.right)];
  }
  return starts;
}

// The leftmost x at which kEdgeLines of the page's lines of body text (regular, not
// bold) start at least: its first column's edge; 0 where none.
double PageTextEdge(const std::vector<PdfWord>& words, const ByBottom& page) {
  if (words.empty()) return 0;
  const double height = MedianHeight(words);
  // A line runs on from a word in any type ending just left of its word, less than two
  // text heights away.
  const std::map<long, int> starts =
      LineStarts(words, page, MedianFontSize(words), Along::kRightwards,
                 [&](const PdfWord& o, const PdfWord& w) {
                   return o.right <= w.left + 0.5 && w.left - o.right < 2 * height;
                 });
  for (const auto& [x, count] : starts) {
    if (count >= kEdgeLines) return static_cast<double>(x);
  }
  return 0;
}

// The x at which half the page's lines of body text end, kEdgeLines at least: a
// justified column's right edge; 0 where none (a ragged column's lines keep to no edge,
// however many end on one x by chance).
double PageTextRightEdge(const std::vector<PdfWord>& words, const ByBottom& page) {
  if (words.empty()) return 0;
  const double body = MedianFontSize(words);
  // Each line's last word of body text, whatever stands level right of it in other type
  // (a head in the margin, a key fact's smaller description).
  const std::map<long, int> ends =
      LineStarts(words, page, body, Along::kLeftwards, [&](const PdfWord& o, const PdfWord& w) {
        return BodyText(o, body) && o.left >= w.right - 0.5;
      });
  int all = 0;
  for (const auto& [x, count] : ends) all += count;
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
    if (it->second >= kEdgeLines && 2 * it->second >= all) return static_cast<double>(it->first);
  }
  return 0;
}

// Ends before the column's `edge` (rounded to the point), however near it: a side head
// wider than the margin runs up to the column. None where `edge` is 0.
bool InMargin(const PdfWord& w, double edge) { return w.right < edge + 0.5; }

// Which of the page's `words` (`page`) start right of the column's right edge `right`
// (0: no margin there) and stand clear of the column's text: no run of words less than
// a text `height` apart leads to them from a word in the column (the right edge of a
// ragged column is no edge its lines keep to).
std::vector<bool> InRightMargin(const std::vector<PdfWord>& words, const ByBottom& page,
                                double right, double height) {
  std::vector<bool> in(words.size(), false);
  if (right <= 0) return in;
  for (std::size_t i = 0; i < words.size(); ++i)
    in[i] = !RunsTo(page, words[i], right + 0.5, Along::kLeftwards, height);
  return in;
}

// Whether the words of `page` in a margin (`in_margin`) hold body text of their own (in
// the `body` type, regular, no larger) that is no table row across it (level with no
// word `in_column`): no side heads or boxes there.
template <typename InColumn>
bool MarginHoldsBodyText(const std::vector<PdfWord>& words, const ByBottom& page,
                         const std::vector<bool>& in_margin, double body, InColumn in_column) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    if (!in_margin[i] || w.bold || w.font_size > (1 + kOneSizeShare) * body ||
        SmallerType(w.font_size, body))
      continue;
    bool row = false;
    ForEachBeside(page, w,
                  [&](const PdfWord& o) { row = row || (in_column(o) && LevelWith(w, o)); });
    if (!row) return true;
  }
  return false;
}

// The page's `setting` with each margin that holds body text of its own closed (its
// edge 0); the other margin still may hold side heads or boxes.
SideHeadSetting OpenMargins(const std::vector<PdfWord>& words, SideHeadSetting setting) {
  const double body = MedianFontSize(words);
  const ByBottom page(words);
  std::vector<bool> in_left(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) in_left[i] = InMargin(words[i], setting.left);
  const std::vector<bool> in_right = InRightMargin(words, page, setting.right, MedianHeight(words));
  const bool left_holds = MarginHoldsBodyText(
      words, page, in_left, body, [&](const PdfWord& o) { return o.left >= setting.left - 0.5; });
  const bool right_holds = MarginHoldsBodyText(words, page, in_right, body, [&](const PdfWord& o) {
    return o.right <= setting.right + 0.5;
  });
  if (left_holds) setting.left = 0;
  if (right_holds) setting.right = 0;
  return setting;
}

// Whether the line `from` starts in the margin runs on into the column, word after
// word less than a text `height` apart (a heading or an item hanging out into the
// margin, a title whose first word already reaches the column; not a list number
// hanging just left of the column's edge).
bool RunsIntoColumn(const ByBottom& page, const PdfWord& from, double edge, double height) {
  return RunsTo(page, from, edge, Along::kRightwards, height);
}

// The side heads in the margins of `words` (`setting`'s, each open: OpenMargins), left
// of the column's left edge or right of its right edge, taken out of them: words in
// heading type (bold, or larger than the body's), each level with no figure in its
// margin (a key fact's) and no heading type elsewhere (a table's header row), and in
// the left margin no line's carried on from a line over it that ran into the column;
// with the footnote numbers raised after them.
std::vector<PdfWord> TakeSideHeads(std::vector<PdfWord>& words, const SideHeadSetting& setting) {
  if (words.empty()) return {};
  const double edge = setting.left;
  const double body = MedianFontSize(words), height = MedianHeight(words);
  const ByBottom page(words);
  const std::vector<bool> right_margin = InRightMargin(words, page, setting.right, height);
  const auto index = [&](const PdfWord& w) { return static_cast<std::size_t>(&w - words.data()); };
  const auto in_left = [&](const PdfWord& w) { return InMargin(w, edge); };
  const auto in_right = [&](const PdfWord& w) { return right_margin[index(w)]; };
  const auto in_margin = [&](const PdfWord& w) { return in_left(w) || in_right(w); };
  const auto same_margin = [&](const PdfWord& a, const PdfWord& b) {
    return (in_left(a) && in_left(b)) || (in_right(a) && in_right(b));
  };
  const auto heading_type = [&](const PdfWord& w) {
    return w.bold || w.font_size > (1 + kOneSizeShare) * body;
  };
  // A line that starts in the margin and runs on into the column carries on in the
  // margin line right under it.
  const auto carries_on = [&](const PdfWord& w) {
    if (!in_left(w)) return false;
    bool carries = false;
    const double over = w.top - 0.5 * height;
    ForEachAcross(page, over, over, [&](const PdfWord& o) {
      carries = carries || (o.top < over && w.top - o.bottom < 0.5 * height &&
                            o.left < edge - height && RunsIntoColumn(page, o, edge, height));
    });
    return carries;
  };
  std::vector<bool> head(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    if (!in_margin(w) || carries_on(w)) continue;
    // Words in heading type, a letter among them: a bullet hanging in the margin
    // before an item is no head.
    bool heading = true, letter = false;
    ForEachBeside(page, w, [&](const PdfWord& o) {
      if (!LevelWith(w, o)) return;
      const bool same = same_margin(w, o);
      heading = heading && (same ? heading_type(o) && !HasDigit(o.text) : !heading_type(o));
      letter = letter || (same && HasLetter(o.text));
    });
    head[i] = heading && letter;
  }
  // A footnote's number raised after a side head is the head's.
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    if (head[i] || !SmallerType(w.font_size, body)) continue;
    bool raised = false;
    ForEachAcross(page, w.top, w.bottom, [&](const PdfWord& o) {
      raised = raised || (&o != &w && head[index(o)] && w.left > o.right - 0.5 &&
                          w.left - o.right < height && w.bottom > o.top && w.top < o.bottom);
    });
    head[i] = raised;
  }
  std::vector<PdfWord> heads, rest;
  for (std::size_t i = 0; i < words.size(); ++i) (head[i] ? heads : rest).push_back(words[i]);
  words = std::move(rest);
  return heads;
}

// Which of the page's `words` left of the column's `edge` are the cells of a table
// set out across the margin and the column: a word level with a word in the column in
// its own type (a row's cell, on the row's baseline; a box beside the column is set
// in its own type, at its own pitch), and each word in that type right under such a
// cell, less than half a text `height` below it (the lines a cell wraps to).
std::vector<bool> RowsAcross(const std::vector<PdfWord>& words, const ByBottom& page, double edge,
                             double height) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (words[i].left < edge) order.push_back(i);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return words[a].top < words[b].top; });
  const auto index = [&](const PdfWord& w) { return static_cast<std::size_t>(&w - words.data()); };
  std::vector<bool> cell(words.size(), false);
  for (const std::size_t i : order) {
    const PdfWord& w = words[i];
    ForEachBeside(page, w, [&](const PdfWord& o) {
      cell[i] =
          cell[i] || (o.left >= edge - 0.5 && LevelWith(w, o) && OneSize(w.font_size, o.font_size));
    });
    ForEachAcross(page, w.top - 0.5 * height, w.top, [&](const PdfWord& o) {
      cell[i] = cell[i] ||
                (cell[index(o)] && o.bottom <= w.top + 0.5 && w.top - o.bottom < 0.5 * height &&
                 o.left < w.right && w.left < o.right && OneSize(w.font_size, o.font_size));
    });
  }
  return cell;
}

// The boxes floated in the margin of `words`, left of `edge` (a panel of key facts
// in a rail beside the column), taken out of them once the side heads are: the
// margin's words on lines of their own that run nowhere into the column, each run of
// them between two side heads (`head_lines`) one box, where it holds two lines of
// words in type smaller than the body's at least (a box's text; not a list's numbers
// or footnotes' hanging out into the margin, nor a word of a note).
std::vector<std::vector<PdfWord>> TakeMarginBoxes(std::vector<PdfWord>& words,
                                                  const std::vector<PdfLine>& head_lines,
                                                  double edge) {
  if (words.empty()) return {};
  const double body = MedianFontSize(words), height = MedianHeight(words);
  const ByBottom page(words);
  const std::vector<bool> table = RowsAcross(words, page, edge, height);
  std::map<std::size_t, std::vector<std::size_t>> runs;  // by the heads over them
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    if (!InMargin(w, edge) || table[i] || RunsIntoColumn(page, w, edge, height)) continue;
    const auto over = std::count_if(head_lines.begin(), head_lines.end(),
                                    [&](const PdfLine& h) { return h.bottom <= Centre(w); });
    runs[static_cast<std::size_t>(over)].push_back(i);
  }
  std::vector<bool> taken(words.size(), false);
  std::vector<std::vector<PdfWord>> boxes;
  for (const auto& [over, run] : runs) {
    std::vector<PdfWord> text;
    for (const std::size_t i : run) {
      if (SmallerType(words[i].font_size, body) && HasLetter(words[i].text))
        text.push_back(words[i]);
    }
    if (BuildLines(text).size() < 2) continue;
    boxes.emplace_back();
    for (const std::size_t i : run) {
      boxes.back().push_back(words[i]);
      taken[i] = true;
    }
  }
  std::vector<PdfWord> rest;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (!taken[i]) rest.push_back(std::move(words[i]));
  words = std::move(rest);
  return boxes;
}

// Whether the column's lines `from` to `to` (indices into `column`) are one
// paragraph's: each follows the one above it at the page's commonest line pitch.
auto ParagraphLines(const std::vector<PdfLine>& column) {
  std::vector<double> pitches;
  for (std::size_t i = 1; i < column.size(); ++i)
    pitches.push_back(column[i].bottom - column[i - 1].bottom);
  const double pitch = Median(pitches);
  return [&column, pitch](std::size_t from, std::size_t to) {
    if (from >= to || to >= column.size()) return false;
    for (std::size_t i = from + 1; i <= to; ++i) {
      if (column[i].bottom - column[i - 1].bottom >
          pitch + LineSpacing::kClearlyWiderInHeights * column[i].height)
        return false;
    }
    return true;
  };
}

// The index of the column's line level with a head's line from `top` to `bottom`: the
// first the head's line overlaps, where the lines it overlaps cover half its height at
// least (a head in the space under a heading, its box just touching the heading's, is
// level with none; a head pushed down between two lines of a paragraph, half on each,
// is level with the first); column.size() where none is.
std::size_t LevelLine(const std::vector<PdfLine>& column, double top, double bottom) {
  const auto overlap = [&](const PdfLine& line) {
    return std::min(line.bottom, bottom) - std::max(line.top, top);
  };
  double covered = 0;
  for (const PdfLine& line : column) covered += std::max(0.0, overlap(line));
  if (covered < 0.5 * (bottom - top)) return column.size();
  std::size_t i = 0;
  while (i < column.size() && overlap(column[i]) <= 0) ++i;
  return i;
}

// How often a page's side heads stand level with the last line of a paragraph of
// several lines (`follow`: they head the paragraph after, as LaTeX sets a marginal
// note put between paragraphs) and with the first line of one (`lead`: they head it).
struct HeadPlacing {
  int follow = 0, lead = 0;
};
HeadPlacing PlacingOf(const std::vector<PdfWord>& page_words, const SideHeadSetting& setting) {
  if (page_words.empty()) return {};
  const SideHeadSetting open = OpenMargins(page_words, setting);
  std::vector<PdfWord> words = page_words;
  const std::vector<PdfWord> heads = TakeSideHeads(words, open);
  HeadPlacing placing;
  if (heads.empty()) return placing;
  const std::vector<PdfLine> head_lines = BuildLines(heads);
  TakeMarginBoxes(words, head_lines, open.left);
  const std::vector<PdfLine> column = BuildLines(words);
  const auto one_paragraph = ParagraphLines(column);
  double bottom = 0;
  for (const PdfLine& line : head_lines) {
    const bool first_line = line.top - bottom > 0.5 * line.height;
    bottom = line.bottom;
    const std::size_t beside = LevelLine(column, line.top, line.bottom);
    if (!first_line || beside + 1 >= column.size()) continue;
    const bool opens = beside == 0 || !one_paragraph(beside - 1, beside),
               closes = !one_paragraph(beside, beside + 1);
    if (closes && !opens) ++placing.follow;
    if (opens && !closes) ++placing.lead;
  }
  return placing;
}

}  // namespace

std::vector<SideHeadSetting> DocumentSideHeadSettings(
    const std::vector<std::vector<PdfWord>>& pages) {
  // Each edge over the document's pages, and over its recto and its verso pages apart.
  std::vector<double> lefts, rights, heights, sided_lefts[2], sided_rights[2];
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (pages[p].empty()) continue;
    heights.push_back(MedianHeight(pages[p]));
    const ByBottom page(pages[p]);
    if (const double left = PageTextEdge(pages[p], page); left > 0) {
      lefts.push_back(left);
      sided_lefts[p % 2].push_back(left);
    }
    if (const double right = PageTextRightEdge(pages[p], page); right > 0) {
      rights.push_back(right);
      sided_rights[p % 2].push_back(right);
    }
  }
  // Facing pages mirror their margins: the recto and verso columns start a text height
  // or more apart, each with its own edges.
  const double height = Median(heights);
  double left[2] = {Median(sided_lefts[0]), Median(sided_lefts[1])},
         right[2] = {Median(sided_rights[0]), Median(sided_rights[1])};
  if (left[0] == 0 || left[1] == 0 || std::abs(left[0] - left[1]) < height) {
    left[0] = left[1] = Median(lefts);
    right[0] = right[1] = Median(rights);
  }
  std::vector<SideHeadSetting> settings(pages.size());
  HeadPlacing placing;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    settings[p] = SideHeadSetting{left[p % 2], right[p % 2], false};
    const HeadPlacing page = PlacingOf(pages[p], settings[p]);
    placing.follow += page.follow;
    placing.lead += page.lead;
  }
  for (SideHeadSetting& setting : settings)
    setting.heads_follow_line_beside = placing.follow > placing.lead;
  return settings;
}

std::vector<Region> SideHeadRegions(const std::vector<PdfWord>& page_words,
                                    const SideHeadSetting& setting) {
  if (page_words.empty()) return {};
  const SideHeadSetting open = OpenMargins(page_words, setting);
  if (open.left == 0 && open.right == 0) return {};
  std::vector<PdfWord> words = page_words;
  const std::vector<PdfWord> heads = TakeSideHeads(words, open);
  const std::vector<PdfLine> head_lines = BuildLines(heads);
  const std::vector<std::vector<PdfWord>> boxes = TakeMarginBoxes(words, head_lines, open.left);
  if (heads.empty() && boxes.empty()) return {};
  // Each head (lines one under the other) and where the text it heads starts: the top
  // of the column's line level with its first line, or the head's own. A head beside a
  // line of the paragraph the head over it heads (a subheading pushed down by a long
  // heading) is that head's.
  const std::vector<PdfLine> column = BuildLines(words);
  const auto level_line = [&](double top, double bottom) { return LevelLine(column, top, bottom); };
  const auto one_paragraph = ParagraphLines(column);
  // The first line of the paragraph the column's line `i` is one of.
  const auto paragraph_start = [&](std::size_t i) {
    while (i < column.size() && i > 0 && one_paragraph(i - 1, i)) --i;
    return i;
  };
  // Each box is read before the paragraph beside its first line, from that
  // paragraph's first line.
  struct Box {
    double bottom;
    std::size_t foot;  // the column's line beside its last
  };
  std::vector<std::pair<double, std::vector<PdfWord>>> blocks;
  std::vector<Box> placed;
  for (const std::vector<PdfWord>& box : boxes) {
    const std::vector<PdfLine> lines = BuildLines(box);
    const std::size_t first = paragraph_start(level_line(lines.front().top, lines.front().bottom));
    double from = lines.front().top;
    if (first < column.size()) from = std::min(from, column[first].top);
    placed.push_back(Box{lines.back().bottom, level_line(lines.back().top, lines.back().bottom)});
    blocks.emplace_back(from, box);
  }
  // Heads stacked one under another, no space between but the pitch between their
  // lines opening up (a list of bold lead-ins down the margin, each pushed down by the
  // one over it): each heads the paragraph of the line beside it, from that
  // paragraph's first line, below the head over it.
  std::vector<double> pitches;
  for (std::size_t i = 1; i < head_lines.size(); ++i)
    pitches.push_back(head_lines[i].bottom - head_lines[i - 1].bottom);
  const double head_pitch = Median(pitches);
  const std::size_t boxes_end = blocks.size();
  double block_bottom = 0;
  std::size_t block_line = column.size();
  for (std::size_t i = 0; i < head_lines.size(); ++i) {
    const PdfLine& line = head_lines[i];
    const std::size_t beside = level_line(line.top, line.bottom);
    const bool apart = line.top - block_bottom > 0.5 * line.height;
    const bool stacked = !apart && i > 0 &&
                         line.bottom - head_lines[i - 1].bottom >
                             head_pitch + LineSpacing::kClearlyWiderInHeights * line.height;
    // Where the document's heads follow the line beside them, a head level with the
    // last line of a paragraph heads the paragraph after (at the page's foot, the next
    // page's).
    const bool follows = setting.heads_follow_line_beside && beside < column.size() &&
                         !one_paragraph(beside, beside + 1);
    const std::size_t headed = follows ? beside + 1 : beside;
    const bool new_block =
        blocks.size() == boxes_end || ((apart || stacked) && !one_paragraph(block_line, headed));
    if (new_block) {
      std::size_t first = headed;
      if (stacked) {
        while (first < column.size() && first > 0 && first - 1 > block_line &&
               one_paragraph(first - 1, first))
          --first;
      }
      // A head under a box (no head between them) that stands level with no
      // paragraph's first line was pushed down the rail by the box, which took the rail
      // beside its paragraph: it heads the paragraph beside the box's foot, from its
      // first line.
      const bool opens = follows || (beside < column.size() && paragraph_start(beside) == beside &&
                                     line.top - column[beside].top < 0.5 * line.height);
      const Box* over = nullptr;
      for (const Box& box : placed) {
        if (box.bottom <= line.top && box.bottom > block_bottom &&
            (!over || box.bottom > over->bottom))
          over = &box;
      }
      if (!opens && over && over->foot < column.size()) first = paragraph_start(over->foot);
      double from = line.top;
      if (first < column.size())
        from = follows ? column[first].top : std::min(from, column[first].top);
      blocks.emplace_back(from, std::vector<PdfWord>{});
      block_line = headed;
    }
    block_bottom = line.bottom;
    for (const PdfWord& w : heads) {
      const double centre = (w.top + w.bottom) / 2;
      if (centre >= line.top && centre <= line.bottom) blocks.back().second.push_back(w);
    }
  }
  // In the order the text each is read before starts; two before one paragraph (a
  // head, and a box under it beside the paragraph it heads) in their order down the
  // rail.
  const auto rail_top = [](const std::vector<PdfWord>& block) {
    double top = std::numeric_limits<double>::max();
    for (const PdfWord& w : block) top = std::min(top, w.top);
    return top;
  };
  std::stable_sort(blocks.begin(), blocks.end(), [&](const auto& a, const auto& b) {
    return a.first < b.first || (a.first == b.first && rail_top(a.second) < rail_top(b.second));
  });
  // The text above the first head, then each head and the text down to the next.
  std::vector<std::vector<PdfWord>> stretches(blocks.size() + 1);
  for (PdfWord& w : words) {
    std::size_t k = 0;
    while (k < blocks.size() && w.top >= blocks[k].first - 0.5) ++k;
    stretches[k].push_back(std::move(w));
  }
  std::vector<Region> regions;
  for (std::size_t k = 0; k < stretches.size(); ++k) {
    if (k > 0) regions.push_back(Region{BuildLines(blocks[k - 1].second), Region::kWhole, 0});
    if (!stretches[k].empty())
      regions.push_back(Region{BuildLines(stretches[k]), Region::kWhole, 0});
  }
  return regions;
}

}  // namespace findings

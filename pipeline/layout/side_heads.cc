#include "layout/side_heads.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

#include "layout/lines.h"
#include "layout/spacing.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

// A text column shows this many lines starting at its edge at least.
constexpr int kEdgeLines = 5;

bool LevelWith(const PdfWord& a, const PdfWord& b) {
  return std::abs(a.bottom - b.bottom) < 0.3 * a.height();
}

// The leftmost x at which kEdgeLines of the page's lines of body text (regular, not
// bold) start at least: its first column's edge; 0 where none.
double PageTextEdge(const std::vector<PdfWord>& words) {
  if (words.empty()) return 0;
  const double body = MedianFontSize(words), height = MedianHeight(words);
  std::map<long, int> starts;
  for (const PdfWord& w : words) {
    if (w.bold || !Within(w.font_size, body, kSameTypeRatio)) continue;
    const bool after_another = std::any_of(words.begin(), words.end(), [&](const PdfWord& o) {
      return &o != &w && LevelWith(o, w) && o.right <= w.left + 0.5 &&
             w.left - o.right < 2 * height;
    });
    if (!after_another) ++starts[std::lround(w.left)];
  }
  for (const auto& [x, count] : starts) {
    if (count >= kEdgeLines) return static_cast<double>(x);
  }
  return 0;
}

// Ends before the column's `edge` (rounded to the point), however near it: a side head
// wider than the margin runs up to the column.
bool InMargin(const PdfWord& w, double edge) { return w.right < edge + 0.5; }

// Whether the margin of `words`, left of `edge`, holds body text of its own (in the
// body's type, regular, no larger) that is no table row across it: no side heads then.
bool MarginHoldsBodyText(const std::vector<PdfWord>& words, double edge) {
  const double body = MedianFontSize(words);
  for (const PdfWord& w : words) {
    if (!InMargin(w, edge) || w.bold || w.font_size > (1 + kOneSizeShare) * body ||
        SmallerType(w.font_size, body))
      continue;
    const bool row = std::any_of(words.begin(), words.end(), [&](const PdfWord& o) {
      return o.left >= edge - 0.5 && LevelWith(w, o);
    });
    if (!row) return true;
  }
  return false;
}

// Whether the line `from` starts in the margin runs on into the column, word after
// word less than a text `height` apart (a heading or an item hanging out into the
// margin, a title whose first word already reaches the column; not a list number
// hanging just left of the column's edge).
bool RunsIntoColumn(const std::vector<PdfWord>& words, const PdfWord& from, double edge,
                    double height) {
  double reach = from.right;
  for (bool more = true; more && reach < edge;) {
    more = false;
    for (const PdfWord& o : words) {
      if (LevelWith(from, o) && o.left > reach - 0.5 && o.left - reach < height &&
          o.right > reach) {
        reach = o.right;
        more = true;
      }
    }
  }
  return reach >= edge;
}

// The side heads in the margin of `words`, left of `edge`, taken out of them: words
// in heading type (bold, or larger than the body's), each level with no figure in the
// margin (a key fact's) and no heading type in the column (a table's header row), and
// no line's carried on from a line over it that ran into the column; with the footnote
// numbers raised after them.
std::vector<PdfWord> TakeSideHeads(std::vector<PdfWord>& words, double edge) {
  if (words.empty()) return {};
  const double body = MedianFontSize(words), height = MedianHeight(words);
  const auto in_margin = [&](const PdfWord& w) { return InMargin(w, edge); };
  const auto heading_type = [&](const PdfWord& w) {
    return w.bold || w.font_size > (1 + kOneSizeShare) * body;
  };
  // A line that starts in the margin and runs on into the column carries on in the
  // margin line right under it.
  const auto carries_on = [&](const PdfWord& w) {
    return std::any_of(words.begin(), words.end(), [&](const PdfWord& o) {
      return o.top < w.top - 0.5 * height && w.top - o.bottom < 0.5 * height &&
             o.left < edge - height && RunsIntoColumn(words, o, edge, height);
    });
  };
  std::vector<bool> head(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    if (!in_margin(w) || carries_on(w)) continue;
    // Words in heading type, a letter among them: a bullet hanging in the margin
    // before an item is no head.
    head[i] =
        std::all_of(words.begin(), words.end(),
                    [&](const PdfWord& o) {
                      if (!LevelWith(w, o)) return true;
                      return in_margin(o) ? heading_type(o) && !HasDigit(o.text) : !heading_type(o);
                    }) &&
        std::any_of(words.begin(), words.end(), [&](const PdfWord& o) {
          return LevelWith(w, o) && in_margin(o) && HasLetter(o.text);
        });
  }
  // A footnote's number raised after a side head is the head's.
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    head[i] =
        head[i] || (SmallerType(w.font_size, body) &&
                    std::any_of(words.begin(), words.end(), [&](const PdfWord& o) {
                      return &o != &w && head[static_cast<std::size_t>(&o - words.data())] &&
                             w.left > o.right - 0.5 && w.left - o.right < height &&
                             w.bottom > o.top && w.top < o.bottom;
                    }));
  }
  std::vector<PdfWord> heads, rest;
  for (std::size_t i = 0; i < words.size(); ++i) (head[i] ? heads : rest).push_back(words[i]);
  words = std::move(rest);
  return heads;
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
  std::map<std::size_t, std::vector<std::size_t>> runs;  // by the heads over them
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    if (!InMargin(w, edge) || RunsIntoColumn(words, w, edge, height)) continue;
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

}  // namespace

double TextColumnEdge(const std::vector<std::vector<PdfWord>>& pages) {
  std::vector<double> edges;
  for (const std::vector<PdfWord>& words : pages) {
    const double edge = PageTextEdge(words);
    if (edge > 0) edges.push_back(edge);
  }
  return Median(edges);
}

std::vector<Region> SideHeadRegions(const std::vector<PdfWord>& page_words, double edge) {
  if (page_words.empty() || MarginHoldsBodyText(page_words, edge)) return {};
  std::vector<PdfWord> words = page_words;
  const std::vector<PdfWord> heads = TakeSideHeads(words, edge);
  const std::vector<PdfLine> head_lines = BuildLines(heads);
  const std::vector<std::vector<PdfWord>> boxes = TakeMarginBoxes(words, head_lines, edge);
  if (heads.empty() && boxes.empty()) return {};
  // Each head (lines one under the other) and where the text it heads starts: the top
  // of the column's line level with its first line, or the head's own. A head beside a
  // line of the paragraph the head over it heads (a subheading pushed down by a long
  // heading) is that head's.
  const std::vector<PdfLine> column = BuildLines(words);
  const auto level_line = [&](double top, double bottom) {
    std::size_t i = 0;
    while (i < column.size() && !(column[i].bottom > top && column[i].top < bottom)) ++i;
    return i;
  };
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
    const bool new_block =
        blocks.size() == boxes_end || ((apart || stacked) && !one_paragraph(block_line, beside));
    if (new_block) {
      std::size_t first = beside;
      if (stacked) {
        while (first < column.size() && first > 0 && first - 1 > block_line &&
               one_paragraph(first - 1, first))
          --first;
      }
      // A head under a box (no head between them) that stands level with no
      // paragraph's first line was pushed down the rail by the box, which took the rail
      // beside its paragraph: it heads the paragraph beside the box's foot, from its
      // first line.
      const bool opens = beside < column.size() && paragraph_start(beside) == beside &&
                         line.top - column[beside].top < 0.5 * line.height;
      const Box* over = nullptr;
      for (const Box& box : placed) {
        if (box.bottom <= line.top && box.bottom > block_bottom &&
            (!over || box.bottom > over->bottom))
          over = &box;
      }
      if (!opens && over && over->foot < column.size()) first = paragraph_start(over->foot);
      double from = line.top;
      if (first < column.size()) from = std::min(from, column[first].top);
      blocks.emplace_back(from, std::vector<PdfWord>{});
      block_line = beside;
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

#include "layout/running_lines.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "layout/lines.h"

namespace findings {
namespace {

// Running headers and footers sit in the top or bottom margin.
constexpr double kMarginShare = 0.09;

std::string LineText(const PdfLine& line) {
  std::string text;
  for (const PdfPiece& p : line.pieces) text += (text.empty() ? "" : " ") + p.text;
  return text;
}

bool InMargin(double top, double bottom, double page_height) {
  return bottom < kMarginShare * page_height || top > (1 - kMarginShare) * page_height;
}

// Whether a box reaches into the top or bottom margin's share.
bool ReachesMargin(double top, double bottom, double page_height) {
  return top < kMarginShare * page_height || bottom > (1 - kMarginShare) * page_height;
}

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Each run of digits masked as one '#', so "Page 9 of 37" and "Page 10 of 37" are
// the same running line. A header set on alternate sides of facing pages, or
// centred, is the same line wherever it stands across the page: the key holds its
// height and text, not its x.
std::string RunningKey(const PdfLine& line) {
  std::string key = std::to_string(static_cast<int>(std::lround(line.top / 4))) + ":";
  for (char c : LineText(line)) {
    if (!IsDigit(c)) key += c;
    else if (key.back() != '#') key += '#';
  }
  return key;
}

bool IsNumber(const std::string& t) {
  return !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), IsDigit);
}

// "12", "Page 12", "Page 12 of 37", "12 of 37".
bool IsPageNumber(const std::string& text) {
  std::string t = text;
  if (t.compare(0, 5, "Page ") == 0) t = t.substr(5);
  const std::size_t of = t.find(" of ");
  if (of != std::string::npos) return IsNumber(t.substr(0, of)) && IsNumber(t.substr(of + 4));
  return IsNumber(t);
}

// The lines in the top and bottom margins, each piece a line of its own: a running
// title level with the body's first line (a heading at the head of the page) recurs
// though their line does not. A line is there where its middle is, though its
// capitals' boxes reach past the margin's share where its small capitals stop short
// of it ("1. OVERALL JUDGEMENTS").
std::vector<PdfLine> MarginLines(const PdfPage& page) {
  std::vector<PdfWord> words;
  for (const PdfWord& w : page.words) {
    if (ReachesMargin(w.top, w.bottom, page.height)) words.push_back(w);
  }
  std::vector<PdfLine> lines;
  for (const PdfLine& line : BuildLines(words)) {
    const double middle = (line.top + line.bottom) / 2;
    if (!InMargin(middle, middle, page.height)) continue;
    if (line.pieces.size() == 1) {
      lines.push_back(line);
      continue;
    }
    for (const PdfPiece& piece : line.pieces) {
      PdfLine alone = line;
      alone.pieces = {piece};
      alone.left = piece.left;
      alone.right = piece.right;
      alone.top = piece.top;
      alone.bottom = piece.bottom;
      alone.height = piece.height;
      lines.push_back(std::move(alone));
    }
  }
  return lines;
}

// How many pages each margin line's key is found on.
std::map<std::string, int> CountRunningLines(const std::vector<std::vector<PdfLine>>& lines) {
  std::map<std::string, int> counts;
  for (const std::vector<PdfLine>& page_lines : lines) {
    std::vector<std::string> seen;
    for (const PdfLine& line : page_lines) seen.push_back(RunningKey(line));
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (const std::string& key : seen) ++counts[key];
  }
  return counts;
}

// Whether `line` is found, by its key, on `threshold` pages at least.
bool Recurs(const PdfLine& line, const std::map<std::string, int>& counts, int threshold) {
  auto it = counts.find(RunningKey(line));
  return it != counts.end() && it->second >= threshold;
}

// Where a line stands (as RunningKey measures it) and the size of its type.
using Slot = std::pair<long, long>;

Slot SlotOf(const PdfLine& line) {
  return {std::lround(line.top / 4), std::lround(2 * line.pieces.front().font_size)};
}

// Where the running lines stand, in their type: where lines recurring on `threshold`
// pages stand, and where lines each recurring on two pages at least stand on
// `threshold` pages together. A running head naming each page's chapter stands
// there, though its text changes from chapter to chapter (and a book's recto pages
// may carry only the chapter's title, each on a few pages).
std::set<Slot> RunningSlots(const std::vector<std::vector<PdfLine>>& margin_lines,
                            const std::map<std::string, int>& counts, int threshold) {
  std::set<Slot> slots;
  std::map<Slot, int> pages;  // how many pages hold a line recurring at least twice there
  for (const std::vector<PdfLine>& page_lines : margin_lines) {
    std::set<Slot> here;
    for (const PdfLine& line : page_lines) {
      if (Recurs(line, counts, threshold)) slots.insert(SlotOf(line));
      if (Recurs(line, counts, 2)) here.insert(SlotOf(line));
    }
    for (const Slot& slot : here) ++pages[slot];
  }
  for (const auto& [slot, count] : pages) {
    if (count >= threshold) slots.insert(slot);
  }
  return slots;
}

// Whether `line`, found on two pages at least, stands within its own height of where
// the running lines stand, in their type: a running head wrapped onto two lines (a long
// chapter title beside the report's) is centred where the one-line heads stand, its
// lines a little above and below them.
bool NearRunningSlot(const PdfLine& line, const std::map<std::string, int>& counts,
                     const std::set<Slot>& slots) {
  if (!Recurs(line, counts, 2)) return false;
  const Slot own = SlotOf(line);
  return std::any_of(slots.begin(), slots.end(), [&](const Slot& slot) {
    return slot.second == own.second && 4 * std::abs(slot.first - own.first) <= line.height;
  });
}

// Whether `w`'s centre lies in one of `boxes` (a dropped line's).
bool CentredInAny(const PdfWord& w, const std::vector<PdfBox>& boxes) {
  const double x = (w.left + w.right) / 2, y = (w.top + w.bottom) / 2;
  return std::any_of(boxes.begin(), boxes.end(), [&](const PdfBox& box) {
    return y >= box.top && y <= box.bottom && x >= box.left && x <= box.right;
  });
}

// The page's words but those of its running lines in the margins: the lines' own
// boxes, not their whole height across the page (a running title in the outer margin
// stands level with the body's first line).
std::vector<PdfWord> WordsOutside(const PdfPage& page, const std::vector<PdfLine>& margin_lines,
                                  const std::map<std::string, int>& counts, int threshold,
                                  const std::set<Slot>& slots) {
  // A number alone at the foot: not a footnote's, split from its text as a cell.
  const auto alone = [&](const PdfLine& line) {
    return std::none_of(margin_lines.begin(), margin_lines.end(), [&](const PdfLine& other) {
      return &other != &line && other.top < line.bottom && other.bottom > line.top;
    });
  };
  std::vector<PdfBox> dropped;
  for (const PdfLine& line : margin_lines) {
    const bool running = Recurs(line, counts, threshold) || slots.count(SlotOf(line)) > 0 ||
                         NearRunningSlot(line, counts, slots);
    const bool page_number =
        line.top > (1 - kMarginShare) * page.height && IsPageNumber(LineText(line)) && alone(line);
    if (running || page_number)
      dropped.push_back(PdfBox{line.left, line.top, line.right, line.bottom});
  }
  std::vector<PdfWord> kept;
  for (const PdfWord& w : page.words) {
    if (!CentredInAny(w, dropped)) kept.push_back(w);
  }
  return kept;
}

// Whether `line` stands apart from `next`, the line beside it towards the body: the
// space between them is more than the line's own height (a running line's distance
// from the text block; a table's repeated header row, a paragraph's next line and
// the space after a paragraph are closer).
bool StandsApart(const PdfLine& line, const PdfLine& next) {
  const double gap = line.top < next.top ? next.top - line.bottom : line.top - next.bottom;
  return gap > line.height;
}

// How many of `lines` (from the page's edge inwards) are the page's running lines:
// the most lines from the edge, each recurring, the last of them standing apart from
// the next, which is the body's own (no other page has it there). A page number needs
// no space: footnotes may come close above it at the foot. None where the
// body's lines follow too closely, or recur as the running lines do: a page whose
// only lines of its own are one (a title, a footnote) shows no body to stand apart
// from (pages made from one template).
template <typename Recurs>
std::size_t OuterRunningLines(const std::vector<const PdfLine*>& lines, Recurs recurs) {
  if (lines.size() - static_cast<std::size_t>(std::count_if(lines.begin(), lines.end(), recurs)) < 2) return 0;
  std::size_t found = 0;
  for (std::size_t k = 0; k + 1 < lines.size() && recurs(lines[k]); ++k) {
    const bool page_number = IsPageNumber(LineText(*lines[k]));
    if ((StandsApart(*lines[k], *lines[k + 1]) || page_number) && !recurs(lines[k + 1]))
      found = k + 1;
  }
  return found;
}

// A page's lines that recur (on `threshold` pages, by their key) in a side margin,
// wholly left or right of the lines of the page's own: a running title set down the
// outer margin beside the body, whose lines below the top margin's share stand level
// with the text.
std::vector<const PdfLine*> BesideTheBody(const std::vector<PdfLine>& lines,
                                          const std::map<std::string, int>& counts, int threshold) {
  double body_left = std::numeric_limits<double>::max(), body_right = 0;
  for (const PdfLine& line : lines) {
    if (Recurs(line, counts, threshold)) continue;
    body_left = std::min(body_left, line.left);
    body_right = std::max(body_right, line.right);
  }
  std::vector<const PdfLine*> beside;
  if (body_right == 0) return beside;
  for (const PdfLine& line : lines) {
    if (Recurs(line, counts, threshold) && (line.right < body_left || line.left > body_right))
      beside.push_back(&line);
  }
  return beside;
}

// Running lines beyond the margins' fixed share: a header or footer that a large
// margin, or a page of another size, sets further in, found by recurring at the
// head or foot of the pages' remaining lines and standing apart from the body; then
// the lines standing where those stand, in their type, whatever their text (a
// running head naming each page's chapter), found as they are.
void DropOuterRunningLines(std::vector<std::vector<PdfWord>>& pages, int threshold) {
  std::vector<std::vector<PdfLine>> lines;
  for (const std::vector<PdfWord>& words : pages) lines.push_back(BuildLines(words));
  const auto counts = CountRunningLines(lines);
  std::set<Slot> slots;
  const auto recurs = [&](const PdfLine* line) {
    return Recurs(*line, counts, threshold) || slots.count(SlotOf(*line)) > 0;
  };
  std::vector<std::vector<const PdfLine*>> from_top(pages.size());  // each page's lines
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const PdfLine& line : lines[p]) from_top[p].push_back(&line);
    std::sort(from_top[p].begin(), from_top[p].end(),
              [](const PdfLine* a, const PdfLine* b) { return a->top < b->top; });
  }
  std::vector<std::vector<const PdfLine*>> heads(pages.size()), feet(pages.size());
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t p = 0; p < pages.size(); ++p) {
      heads[p] = from_top[p];
      feet[p].assign(from_top[p].rbegin(), from_top[p].rend());
      heads[p].resize(OuterRunningLines(heads[p], recurs));
      feet[p].resize(OuterRunningLines(feet[p], recurs));
    }
    for (std::size_t p = 0; p < pages.size(); ++p) {
      for (const PdfLine* line : heads[p]) slots.insert(SlotOf(*line));
      for (const PdfLine* line : feet[p]) slots.insert(SlotOf(*line));
    }
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<PdfBox> dropped;
    const auto across = [](const PdfLine* line) {
      return PdfBox{std::numeric_limits<double>::lowest(), line->top,
                    std::numeric_limits<double>::max(), line->bottom};
    };
    for (const PdfLine* line : heads[p]) dropped.push_back(across(line));
    for (const PdfLine* line : feet[p]) dropped.push_back(across(line));
    for (const PdfLine* line : BesideTheBody(lines[p], counts, threshold))
      dropped.push_back(PdfBox{line->left, line->top, line->right, line->bottom});
    if (dropped.empty()) continue;
    std::vector<PdfWord> kept;
    for (const PdfWord& w : pages[p]) {
      if (!CentredInAny(w, dropped)) kept.push_back(w);
    }
    pages[p] = std::move(kept);
  }
}

}  // namespace

std::vector<std::vector<PdfWord>> WithoutRunningLines(const std::vector<PdfPage>& pages) {
  std::vector<std::vector<PdfLine>> margin_lines;
  for (const PdfPage& page : pages) margin_lines.push_back(MarginLines(page));
  const auto counts = CountRunningLines(margin_lines);
  // On a third of the pages at least (two at least): a header on alternate sides
  // is on half of them.
  const int threshold = std::max(2, static_cast<int>(pages.size() / 3));
  const std::set<Slot> slots = RunningSlots(margin_lines, counts, threshold);
  std::vector<std::vector<PdfWord>> kept;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    kept.push_back(WordsOutside(pages[p], margin_lines[p], counts, threshold, slots));
  }
  DropOuterRunningLines(kept, threshold);
  return kept;
}

}  // namespace findings

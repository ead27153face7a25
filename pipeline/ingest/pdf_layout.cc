#include "ingest/pdf_layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <utility>

#include "ingest/pdf_blocks.h"
#include "ingest/pdf_lines.h"
#include "ingest/pdf_page_breaks.h"
#include "ingest/pdf_spacing.h"

namespace findings {
namespace {

// Running headers and footers sit in the top or bottom margin.
constexpr double kMarginShare = 0.09;

std::string LineText(const PdfLine& line) {
  std::string text;
  for (const PdfPiece& p : line.pieces) text += (text.empty() ? "" : " ") + p.text;
  return text;
}

bool InMargin(const PdfLine& line, double page_height) {
  return line.bottom < kMarginShare * page_height || line.top > (1 - kMarginShare) * page_height;
}

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Each run of digits masked as one '#', so "Page 9 of 37" and "Page 10 of 37" are
// the same running line.
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

// A line found in the margin of at least a third of the pages (two at least).
std::map<std::string, int> CountRunningLines(const std::vector<PdfPage>& pages,
                                             const std::vector<std::vector<PdfLine>>& lines) {
  std::map<std::string, int> counts;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<std::string> seen;
    for (const PdfLine& line : lines[p]) {
      if (InMargin(line, pages[p].height)) seen.push_back(RunningKey(line));
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (const std::string& key : seen) ++counts[key];
  }
  return counts;
}

std::vector<PdfWord> WordsOutsideRunningLines(const PdfPage& page, const std::vector<PdfLine>& lines,
                                              const std::map<std::string, int>& counts,
                                              int threshold) {
  std::vector<std::pair<double, double>> dropped;  // vertical ranges of dropped lines
  for (const PdfLine& line : lines) {
    if (!InMargin(line, page.height)) continue;
    auto it = counts.find(RunningKey(line));
    bool running = it != counts.end() && it->second >= threshold;
    bool page_number = line.top > (1 - kMarginShare) * page.height && IsPageNumber(LineText(line));
    if (running || page_number) dropped.emplace_back(line.top, line.bottom);
  }
  std::vector<PdfWord> kept;
  for (const PdfWord& w : page.words) {
    double centre = (w.top + w.bottom) / 2;
    bool in_dropped = std::any_of(dropped.begin(), dropped.end(), [&](const auto& range) {
      return centre >= range.first && centre <= range.second;
    });
    if (!in_dropped) kept.push_back(w);
  }
  return kept;
}

// A two-column page: an empty vertical strip near the middle, with a justified left
// column ending at it (many words end at the same x) and the right column's words
// starting at one x after it. Returns the strip's x, or a negative number.
double FindGutter(const std::vector<PdfWord>& words, double page_width) {
  if (words.size() < 40) return -1;
  const int from = static_cast<int>(0.3 * page_width), to = static_cast<int>(0.7 * page_width);
  std::vector<int> coverage(static_cast<std::size_t>(to - from), 0);
  for (const PdfWord& w : words) {
    for (int x = std::max(from, static_cast<int>(w.left)); x < std::min(to, static_cast<int>(w.right) + 1); ++x)
      ++coverage[static_cast<std::size_t>(x - from)];
  }
  auto best = std::min_element(coverage.begin(), coverage.end());
  if (*best > static_cast<int>(words.size() / 100)) return -1;
  const double gutter = from + (best - coverage.begin());
  std::map<int, int> left_ends, right_starts;
  for (const PdfWord& w : words) {
    if (w.right <= gutter && gutter - w.right < 30) ++left_ends[static_cast<int>(std::lround(w.right))];
    if (w.left >= gutter && w.left - gutter < 30) ++right_starts[static_cast<int>(std::lround(w.left))];
  }
  auto most = [](const std::map<int, int>& m) {
    int n = 0;
    for (const auto& [x, count] : m) n = std::max(n, count);
    return n;
  };
  return most(left_ends) >= 8 && most(right_starts) >= 8 ? gutter : -1;
}

// A part of a page read as one flow of lines: the whole page, one column of a
// two-column stretch, or a line running across the gutter.
struct Region {
  enum Kind { kWhole, kLeftColumn, kRightColumn };
  std::vector<PdfLine> lines;
  Kind kind = kWhole;
};

void AddColumns(std::vector<PdfWord> words, double gutter, std::vector<Region>& regions) {
  std::vector<PdfWord> left, right;
  for (PdfWord& w : words) ((w.left + w.right) / 2 < gutter ? left : right).push_back(std::move(w));
  regions.push_back(Region{BuildLines(left), Region::kLeftColumn});
  regions.push_back(Region{BuildLines(right), Region::kRightColumn});
}

using Band = std::pair<double, double>;  // top, bottom

// Two words of one line with no more than a word space between them.
bool Adjacent(const PdfWord& a, const PdfWord& b) {
  const double height = std::max(a.height(), b.height());
  const double centre_a = (a.top + a.bottom) / 2, centre_b = (b.top + b.bottom) / 2;
  return std::abs(centre_a - centre_b) < 0.3 * height && b.left - a.right < 0.5 * height;
}

// The vertical ranges of lines that run across the gutter (a full-width title whose
// word gap happens to fall on it: a word on it, or a word space across it; the two
// columns' lines are further apart than a space), top to bottom, overlaps merged.
std::vector<Band> FullWidthBands(const std::vector<PdfWord>& words, double gutter) {
  std::vector<Band> bands;
  std::vector<const PdfWord*> before, after;  // words ending / starting near the gutter
  for (const PdfWord& w : words) {
    if (w.left < gutter && w.right > gutter) bands.emplace_back(w.top, w.bottom);
    else if (w.right <= gutter && gutter - w.right < 30) before.push_back(&w);
    else if (w.left >= gutter && w.left - gutter < 30) after.push_back(&w);
  }
  for (const PdfWord* a : before) {
    for (const PdfWord* b : after) {
      if (Adjacent(*a, *b)) bands.emplace_back(std::min(a->top, b->top), std::max(a->bottom, b->bottom));
    }
  }
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

// Which slot a word falls in: 2k for the columns above band k, 2k+1 for band k.
std::size_t SlotOf(const PdfWord& w, const std::vector<Band>& bands) {
  const double centre = (w.top + w.bottom) / 2;
  std::size_t k = 0;
  while (k < bands.size() && centre > bands[k].second) ++k;
  return k < bands.size() && centre >= bands[k].first ? 2 * k + 1 : 2 * k;
}

// A page's regions top to bottom. A two-column page: each full-width line whole,
// and between them the left column, then the right.
std::vector<Region> PageRegions(const PdfPage& page, std::vector<PdfWord> words) {
  std::vector<Region> regions;
  const double gutter = FindGutter(words, page.width);
  if (gutter < 0) {
    regions.push_back(Region{BuildLines(words), Region::kWhole});
    return regions;
  }
  const std::vector<Band> bands = FullWidthBands(words, gutter);
  std::vector<std::vector<PdfWord>> slots(2 * bands.size() + 1);
  for (PdfWord& w : words) slots[SlotOf(w, bands)].push_back(std::move(w));
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (slots[i].empty()) continue;
    if (i % 2 == 1) regions.push_back(Region{BuildLines(slots[i]), Region::kWhole});
    else AddColumns(std::move(slots[i]), gutter, regions);
  }
  return regions;
}

// A page's blocks, region by region. A paragraph running on from the foot of the
// left column into the right one starts there in lower case.
std::vector<std::string> PageBlocks(const std::vector<Region>& regions, const Vocabulary& vocabulary,
                                    const LineSpacing& spacing) {
  std::vector<std::string> blocks;
  std::size_t left_column_blocks = 0;
  for (const Region& region : regions) {
    std::vector<std::string> more = BuildBlocks(region.lines, vocabulary, spacing);
    const bool runs_on = region.kind == Region::kRightColumn && left_column_blocks > 0 &&
                         !more.empty() && std::islower(static_cast<unsigned char>(more.front()[0]));
    if (runs_on) blocks.back() = JoinWrappedLines(blocks.back(), more.front(), vocabulary);
    blocks.insert(blocks.end(), more.begin() + (runs_on ? 1 : 0), more.end());
    left_column_blocks = region.kind == Region::kLeftColumn ? more.size() : 0;
  }
  return blocks;
}

// The lines in the top and bottom margins, built from the words there only: the
// whole page's lines are built once, after the running lines are gone.
std::vector<PdfLine> MarginLines(const PdfPage& page) {
  std::vector<PdfWord> words;
  for (const PdfWord& w : page.words) {
    if (w.bottom < kMarginShare * page.height || w.top > (1 - kMarginShare) * page.height)
      words.push_back(w);
  }
  return BuildLines(words);
}

}  // namespace

std::string LayOutPages(const std::vector<PdfPage>& pages) {
  std::vector<std::vector<PdfLine>> lines;
  Vocabulary vocabulary;
  std::vector<std::string> words_in_order;  // Poppler's reading order, for DecideWordBreaking
  for (const PdfPage& page : pages) {
    lines.push_back(MarginLines(page));
    for (const PdfWord& w : page.words) {
      AddToVocabulary(w.text, vocabulary);
      words_in_order.push_back(w.text);
    }
  }
  DecideWordBreaking(words_in_order, vocabulary);
  const auto counts = CountRunningLines(pages, lines);
  const int threshold = std::max(2, static_cast<int>(pages.size() / 3));
  // Lines first, for the whole document: the paragraph spacing is the document's.
  std::vector<std::vector<Region>> regions;
  SpacingHistogram histogram;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    regions.push_back(PageRegions(pages[p], WordsOutsideRunningLines(pages[p], lines[p], counts, threshold)));
    for (const Region& region : regions.back()) histogram.Add(region.lines);
  }
  const LineSpacing spacing = histogram.Result();
  std::vector<std::vector<std::string>> blocks;
  for (const auto& page_regions : regions) blocks.push_back(PageBlocks(page_regions, vocabulary, spacing));
  JoinAcrossPageBreaks(blocks, vocabulary);
  std::string out;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (p > 0) out += '\f';
    for (const std::string& block : blocks[p]) {
      out += block;
      out += '\n';
    }
  }
  return out;
}

}  // namespace findings

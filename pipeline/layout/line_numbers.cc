#include "layout/line_numbers.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <utility>

#include "layout/by_bottom.h"
#include "layout/lines.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

// A line number has a few digits at most.
constexpr std::size_t kMostDigits = 4;
// Numbers on one edge agree to this many points.
constexpr double kEdgeTolerance = 1.0;
// Numbers one step apart stand no further apart than this, in heights of the text they
// number, where two of them stand closest: a line's pitch. (A list's numbers hanging
// in the margin stand an item apart, of two lines or more.)
constexpr double kStepInHeights = 1.8;
// A rail shown by this many pages holds the line numbers of every page.
constexpr int kRailPages = 2;

// A number opening a line: its value, and the first word of the line's text after it
// (none where it numbers a line that holds no text: a box's, a figure's).
struct LineNumber {
  const PdfWord* number = nullptr;
  const PdfWord* text = nullptr;
  int value = 0;
};

// Where a rail's numbers stand: flush on one edge, in one type.
struct Rail {
  bool flush_right = true;
  double edge = 0;
  double font_size = 0;
};

double EdgeOf(const PdfWord& w, bool flush_right) { return flush_right ? w.right : w.left; }

bool SameRail(const Rail& a, const Rail& b) {
  return a.flush_right == b.flush_right && std::abs(a.edge - b.edge) <= kEdgeTolerance &&
         OneSize(a.font_size, b.font_size);
}

// Whether `w` opens its line (no word level with it starts before it or runs into it);
// `text`, the line's first word after it, if any.
bool OpensLine(const ByBottom& page, const PdfWord& w, const PdfWord*& text) {
  text = nullptr;
  bool opens = true;
  page.Between(w.bottom - page.tallest(), w.bottom + page.tallest(), [&](const PdfWord& other) {
    if (&other == &w || !CentresLevel(other, w)) return;
    if (other.left <= w.right) opens = false;
    else if (!text || other.left < text->left) text = &other;
  });
  return opens;
}

// The page's whole numbers that open a line, top to bottom.
std::vector<LineNumber> NumbersOpeningLines(const std::vector<PdfWord>& words) {
  const ByBottom page(words);
  std::vector<LineNumber> out;
  for (const PdfWord& w : words) {
    LineNumber n{&w};
    if (!AllDigits(w.text) || w.text.size() > kMostDigits || !OpensLine(page, w, n.text)) continue;
    std::from_chars(w.text.data(), w.text.data() + w.text.size(), n.value);
    out.push_back(n);
  }
  std::sort(out.begin(), out.end(), [](const LineNumber& a, const LineNumber& b) {
    return Centre(*a.number) < Centre(*b.number);
  });
  return out;
}

// Whether `numbers` (top to bottom) count up in one step.
bool CountUp(const std::vector<LineNumber>& numbers) {
  if (numbers.size() < 2) return true;
  const int step = numbers[1].value - numbers[0].value;
  for (std::size_t i = 1; i < numbers.size(); ++i) {
    if (step <= 0 || numbers[i].value - numbers[i - 1].value != step) return false;
  }
  return true;
}

// Whether `numbers`, counting up, stand a line's pitch apart for each step where two
// of them stand closest: they count lines.
bool CountLines(const std::vector<LineNumber>& numbers) {
  const int step = numbers[1].value - numbers[0].value;
  std::vector<double> heights;
  double closest = 1e9;
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (numbers[i].text) heights.push_back(numbers[i].text->height());
    if (i > 0)
      closest =
          std::min(closest, (Centre(*numbers[i].number) - Centre(*numbers[i - 1].number)) / step);
  }
  return !heights.empty() && closest <= kStepInHeights * Median(heights);
}

// Whether no word of the page but `numbers` enters the strip they stand in.
bool StripOfTheirOwn(const std::vector<LineNumber>& numbers, const std::vector<PdfWord>& words) {
  double left = numbers.front().number->left, right = numbers.front().number->right;
  std::set<const PdfWord*> rail;
  for (const LineNumber& n : numbers) {
    left = std::min(left, n.number->left);
    right = std::max(right, n.number->right);
    rail.insert(n.number);
  }
  return std::none_of(words.begin(), words.end(), [&](const PdfWord& w) {
    return rail.count(&w) == 0 && w.left < right && w.right > left;
  });
}

// Whether most lines of text `numbers` number are in the body's type, not smaller.
bool NumberTheBody(const std::vector<LineNumber>& numbers, double body_font) {
  long text = 0, in_body = 0;
  for (const LineNumber& n : numbers) {
    if (!n.text) continue;
    ++text;
    if (n.text->font_size <= 0 || !SmallerType(n.text->font_size, body_font)) ++in_body;
  }
  return 2 * in_body > text;
}

// The runs of `numbers` (top to bottom) that stand flush on one edge, each top to bottom.
std::vector<std::vector<LineNumber>> OnOneEdge(const std::vector<LineNumber>& numbers,
                                               bool flush_right) {
  std::vector<LineNumber> by_edge = numbers;
  std::stable_sort(by_edge.begin(), by_edge.end(), [&](const LineNumber& a, const LineNumber& b) {
    return EdgeOf(*a.number, flush_right) < EdgeOf(*b.number, flush_right);
  });
  std::vector<std::vector<LineNumber>> runs;
  double first = 0;
  for (const LineNumber& n : by_edge) {
    const double edge = EdgeOf(*n.number, flush_right);
    if (runs.empty() || edge - first > kEdgeTolerance) {
      runs.emplace_back();
      first = edge;
    }
    runs.back().push_back(n);
  }
  for (std::vector<LineNumber>& run : runs) {
    std::stable_sort(run.begin(), run.end(), [](const LineNumber& a, const LineNumber& b) {
      return Centre(*a.number) < Centre(*b.number);
    });
  }
  return runs;
}

// The rails the page's own lines show (`numbers`, NumbersOpeningLines).
std::vector<Rail> PageRails(const std::vector<LineNumber>& numbers,
                            const std::vector<PdfWord>& words) {
  const double body_font = MedianFontSize(words);
  std::vector<Rail> rails;
  for (const bool flush_right : {true, false}) {
    for (const std::vector<LineNumber>& run : OnOneEdge(numbers, flush_right)) {
      if (run.size() >= static_cast<std::size_t>(kLeastLineNumbers) && CountUp(run) &&
          CountLines(run) && StripOfTheirOwn(run, words) && NumberTheBody(run, body_font))
        rails.push_back(
            {flush_right, EdgeOf(*run.front().number, flush_right), run.front().number->font_size});
    }
  }
  return rails;
}

// The rails `page_rails` shows on kRailPages pages at least.
std::vector<Rail> DocumentRails(const std::vector<std::vector<Rail>>& page_rails) {
  std::vector<std::pair<Rail, int>> counts;
  for (const std::vector<Rail>& rails : page_rails) {
    for (const Rail& rail : rails) {
      const auto seen = std::find_if(counts.begin(), counts.end(), [&](const auto& count) {
        return SameRail(count.first, rail);
      });
      if (seen == counts.end()) counts.emplace_back(rail, 1);
      else ++seen->second;
    }
  }
  std::vector<Rail> out;
  for (const auto& [rail, pages] : counts) {
    if (pages >= kRailPages) out.push_back(rail);
  }
  return out;
}

// The page's line numbers at `rails`: the numbers standing at one, in its type, in a
// strip of their own and counting up in one step.
std::set<const PdfWord*> NumbersAtRails(const std::vector<LineNumber>& numbers,
                                        const std::vector<PdfWord>& words,
                                        const std::vector<Rail>& rails) {
  std::set<const PdfWord*> taken;
  for (const Rail& rail : rails) {
    std::vector<LineNumber> at;
    for (const LineNumber& n : numbers) {
      if (SameRail(rail,
                   {rail.flush_right, EdgeOf(*n.number, rail.flush_right), n.number->font_size}))
        at.push_back(n);
    }
    if (at.empty() || !CountUp(at) || !StripOfTheirOwn(at, words)) continue;
    for (const LineNumber& n : at) taken.insert(n.number);
  }
  return taken;
}

}  // namespace

std::vector<std::vector<PdfWord>> WithoutLineNumbers(std::vector<std::vector<PdfWord>> pages) {
  std::vector<std::vector<LineNumber>> numbers;
  std::vector<std::vector<Rail>> page_rails;
  for (const std::vector<PdfWord>& words : pages) {
    numbers.push_back(NumbersOpeningLines(words));
    page_rails.push_back(PageRails(numbers.back(), words));
  }
  const std::vector<Rail> document = DocumentRails(page_rails);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<Rail> rails = document;
    rails.insert(rails.end(), page_rails[p].begin(), page_rails[p].end());
    const std::set<const PdfWord*> taken = NumbersAtRails(numbers[p], pages[p], rails);
    if (taken.empty()) continue;
    std::vector<PdfWord> kept;
    for (const PdfWord& w : pages[p]) {
      if (taken.count(&w) == 0) kept.push_back(w);
    }
    pages[p] = std::move(kept);
  }
  return pages;
}

}  // namespace findings

// Made-up PDF pages for the layout tests: words placed on baselines in a simple
// type model, so that a test reads like the page it describes:
//
//   PageBuilder page;
//   page.Line(72, 100, "The quick brown fox", 10);
//   page.Line(72, 113, "jumps over the lazy dog.", 10);
//
// The model: every character is half an em wide, a word space a quarter of an em;
// a word's box runs from 0.95 em above its baseline to 0.25 em below it (1.2 em
// tall, as Poppler's boxes from a font's ascent and descent are). In a line's text,
// "offenders^3" is the word "offenders" with a raised footnote reference 3 after it
// (0.6 em, its baseline 0.35 em up), and "^3" alone a raised 3 before the next word.
#ifndef FINDINGS_TESTS_PIPELINE_LAYOUT_PAGE_BUILDER_H_
#define FINDINGS_TESTS_PIPELINE_LAYOUT_PAGE_BUILDER_H_

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "layout/lines.h"
#include "layout/words.h"

namespace findings {
namespace layout_test {

struct Style {
  bool bold = false;
  bool italic = false;
};
inline constexpr Style kPlain{};
inline constexpr Style kBold{true, false};

inline constexpr double kAscent = 0.95, kDescent = 0.25;  // of the font size
inline constexpr double kCharWidth = 0.5, kSpaceWidth = 0.25;
inline constexpr double kRaisedSize = 0.6, kRaise = 0.35;

// UTF-8 characters, not bytes: "‐" is one character.
inline std::size_t CharCount(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

inline double WordWidth(std::string_view word, double size) {
  return static_cast<double>(CharCount(word)) * kCharWidth * size;
}

inline std::vector<std::string> SplitWords(std::string_view text) {
  std::istringstream in{std::string(text)};
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// Each line as its pieces' texts joined with " | ".
inline std::vector<std::string> ReadLines(const std::vector<PdfLine>& lines) {
  std::vector<std::string> out;
  for (const PdfLine& line : lines) {
    std::string text;
    for (const PdfPiece& piece : line.pieces) text += (text.empty() ? "" : " | ") + piece.text;
    out.push_back(text);
  }
  return out;
}

// A line's width set with plain word spaces (raised references included).
inline double TextWidth(std::string_view text, double size) {
  double width = 0;
  const std::vector<std::string> words = SplitWords(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::size_t caret = words[i].find('^');
    const std::string body = words[i].substr(0, caret);
    width += WordWidth(body, size);
    if (caret != std::string::npos) width += WordWidth(words[i].substr(caret + 1), kRaisedSize * size);
    if (i + 1 < words.size()) width += kSpaceWidth * size;
  }
  return width;
}

// `text` broken into lines as wide as `measure` at most in `size` type, at its spaces.
inline std::vector<std::string> Wrap(std::string_view text, double measure, double size) {
  std::vector<std::string> lines;
  for (const std::string& word : SplitWords(text)) {
    if (!lines.empty() && TextWidth(lines.back() + " " + word, size) <= measure) {
      lines.back() += " " + word;
    } else {
      lines.push_back(word);
    }
  }
  return lines;
}

// The texts of `words`, in their order.
inline std::vector<std::string> WordTexts(const std::vector<PdfWord>& words) {
  std::vector<std::string> texts;
  for (const PdfWord& w : words) texts.push_back(w.text);
  return texts;
}

class PageBuilder {
 public:
  // A4 by default.
  explicit PageBuilder(double width = 595, double height = 842) {
    page_.width = width;
    page_.height = height;
  }

  // The words of `text` from x = `left` on `baseline`, `space` points apart (a plain
  // word space when negative). Returns where the line ends.
  double Line(double left, double baseline, std::string_view text, double size,
              Style style = kPlain, double space = -1) {
    if (space < 0) space = kSpaceWidth * size;
    double x = left;
    const std::vector<std::string> words = SplitWords(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::size_t caret = words[i].find('^');
      const std::string body = words[i].substr(0, caret);
      if (!body.empty()) x = Add(body, x, baseline, size, style);
      if (caret != std::string::npos) {
        x = Add(words[i].substr(caret + 1), x, baseline - kRaise * size, kRaisedSize * size, style);
      }
      if (i + 1 < words.size()) {
        page_.words.back().space_after = true;
        x += space;
      }
    }
    return x;
  }

  // A justified line: its word spaces stretched so that it ends at `right`.
  double Justified(double left, double right, double baseline, std::string_view text,
                   double size, Style style = kPlain) {
    const std::size_t gaps = SplitWords(text).size() - 1;
    const double natural = TextWidth(text, size);
    const double space = kSpaceWidth * size + (gaps > 0 ? (right - left - natural) / gaps : 0);
    return Line(left, baseline, text, size, style, space);
  }

  // A line set flush right, ending at `right`.
  double RightAligned(double right, double baseline, std::string_view text, double size,
                      Style style = kPlain) {
    return Line(right - TextWidth(text, size), baseline, text, size, style);
  }

  // Lines of one paragraph from `baseline` down, `pitch` apart; returns the baseline
  // of the line after the last.
  double Lines(double left, double baseline, double pitch, const std::vector<std::string>& lines,
               double size, Style style = kPlain) {
    for (const std::string& line : lines) {
      Line(left, baseline, line, size, style);
      baseline += pitch;
    }
    return baseline;
  }

  // Lines of a justified paragraph between `left` and `right`: all but the last
  // stretched to the full measure.
  double JustifiedLines(double left, double right, double baseline, double pitch,
                        const std::vector<std::string>& lines, double size) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i + 1 < lines.size()) Justified(left, right, baseline, lines[i], size);
      else Line(left, baseline, lines[i], size);
      baseline += pitch;
    }
    return baseline;
  }

  // A word as it is given (a turned one, say).
  void AddWord(const PdfWord& word) { page_.words.push_back(word); }

  const PdfPage& page() const { return page_; }
  const std::vector<PdfWord>& words() const { return page_.words; }

 private:
  double Add(const std::string& text, double left, double baseline, double size, Style style) {
    PdfWord w;
    w.text = text;
    w.left = left;
    w.right = left + WordWidth(text, size);
    w.top = baseline - kAscent * size;
    w.bottom = baseline + kDescent * size;
    w.font_size = size;
    w.bold = style.bold;
    w.italic = style.italic;
    page_.words.push_back(w);
    return w.right;
  }

  PdfPage page_;
};

}  // namespace layout_test
}  // namespace findings

#endif  // FINDINGS_TESTS_PIPELINE_LAYOUT_PAGE_BUILDER_H_

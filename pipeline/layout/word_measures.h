// Measures of a page's words that several layout steps take.
#ifndef FINDINGS_LAYOUT_WORD_MEASURES_H_
#define FINDINGS_LAYOUT_WORD_MEASURES_H_

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>
#include <vector>

#include "findings/text.h"
#include "layout/words.h"

namespace findings {

// A word's box's middle, top to bottom.
inline double Centre(const PdfWord& w) { return (w.top + w.bottom) / 2; }

// Two words whose boxes' centres stand further apart than this share of the taller
// box's height stand on two lines.
inline constexpr double kOneLineShare = 0.3;

// Whether two words stand on one line by their boxes' centres (kOneLineShare).
inline bool CentresLevel(const PdfWord& a, const PdfWord& b) {
  return std::abs(Centre(a) - Centre(b)) < kOneLineShare * std::max(a.height(), b.height());
}

// A figure has a digit in it ("86%", "2 (of 21)", "11").
inline bool HasDigit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

inline bool HasLetter(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

inline bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

// A figure alone: one word of digits, with the separators and percent sign a number
// is written with ("8", "1,234", "63%", "4.5").
inline bool IsFigure(std::string_view text) {
  return HasDigit(text) && std::all_of(text.begin(), text.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == ',' || c == '.' ||
                  c == '%';
         });
}

// Small capitals are set with capitals up to this much larger (typically 1.25 to 1.4
// times their size).
inline constexpr double kSmallCapitalsRatio = 1.45;

// Both in capitals, in sizes a capital and the small capitals set with it may be: one
// type in small capitals. Words ("T" and "HE" of a heading) or lines' pieces (a line
// holding the capitals' size, the next small capitals alone): anything with `text`
// and `font_size`.
template <typename Text>
bool SmallCapitalsOfOneType(const Text& a, const Text& b) {
  return a.font_size > 0 && b.font_size > 0 && InCapitals(a.text) && InCapitals(b.text) &&
         a.font_size <= kSmallCapitalsRatio * b.font_size &&
         b.font_size <= kSmallCapitalsRatio * a.font_size;
}

// The value that `share` of `values` (0 for none) are no larger than, 0.1 for the
// narrowest tenth; reorders them.
inline double Quantile(std::vector<double>& values, double share) {
  if (values.empty()) return 0;
  const auto at = values.begin() + static_cast<long>(share * static_cast<double>(values.size()));
  std::nth_element(values.begin(), at, values.end());
  return *at;
}

// The median of `values` (0 for none); reorders them.
inline double Median(std::vector<double>& values) {
  if (values.empty()) return 0;
  std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() / 2), values.end());
  return values[values.size() / 2];
}

// The median of `measure` over `words` (0 for none): the page's body text's, most words
// being body text.
template <typename Measure>
double MedianOf(const std::vector<PdfWord>& words, Measure measure) {
  std::vector<double> values;
  values.reserve(words.size());
  for (const PdfWord& w : words) values.push_back(measure(w));
  return Median(values);
}

inline double MedianHeight(const std::vector<PdfWord>& words) {
  return MedianOf(words, [](const PdfWord& w) { return w.height(); });
}

inline double MedianFontSize(const std::vector<PdfWord>& words) {
  return MedianOf(words, [](const PdfWord& w) { return w.font_size; });
}

// The left edge of a group of words (a line): its leftmost word's.
inline double Left(const std::vector<const PdfWord*>& group) {
  double left = 1e9;
  for (const PdfWord* w : group) left = std::min(left, w->left);
  return left;
}

// The right edge of a group of words: its rightmost word's.
inline double Right(const std::vector<const PdfWord*>& group) {
  double right = 0;
  for (const PdfWord* w : group) right = std::max(right, w->right);
  return right;
}

}  // namespace findings

#endif  // FINDINGS_LAYOUT_WORD_MEASURES_H_

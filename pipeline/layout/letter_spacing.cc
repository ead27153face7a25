#include "layout/letter_spacing.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "layout/lines.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

// Narrower than any word space (justified lines stretch spaces, never shrink them
// below the font's own, about a quarter of an em).
constexpr double kJoinInEms = 0.18;

// The share of the document's gaps narrowest that sets its word space: justification
// widens most lines' spaces, and leaves the natural space on a paragraph's last line,
// a table's cells, headings.
constexpr double kNaturalSpaceShare = 0.1;

double Em(const PdfWord& w) { return w.font_size > 0 ? w.font_size : 0.8 * w.height(); }

// A word of letters, then a number, each of two characters at least ("MARCH" "2019"):
// words of a display face set a tight word space apart. Letters set apart come one or
// two to a fragment.
bool AWordThenANumber(const std::string& a, const std::string& b) {
  const auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  return a.size() >= 2 && b.size() >= 2 && std::all_of(a.begin(), a.end(), letter) && AllDigits(b);
}

// A number set close before a word is a footnote's number before its text, and a
// heading's or an item's number ("1.", "2.1") set close before its first word is
// that number (a display face's tight word space), not a letter-spaced word's first
// letters. A word in small capitals is cut where its capital's size changes ("T" "HE").
// `join_in_ems`: the widest gap that joins, in ems.
bool Fragment(const PdfWord& a, const PdfWord& b, double join_in_ems) {
  const double em = std::min(Em(a), Em(b));
  const double gap = b.left - a.right;
  if ((AllDigits(a.text) || IsListNumber(a.text)) &&
      std::isalpha(static_cast<unsigned char>(b.text[0])) != 0)
    return false;
  if (AWordThenANumber(a.text, b.text)) return false;
  const bool one_type = std::abs(Em(b) - Em(a)) < 0.05 * Em(a) || SmallCapitalsOfOneType(a, b);
  return std::abs(a.bottom - b.bottom) < 0.1 * std::max(Em(a), Em(b)) && one_type &&
         gap > -0.05 * em && gap < join_in_ems * em;
}

void Join(PdfWord& into, const PdfWord& next) {
  into.text += next.text;
  into.right = next.right;
  into.top = std::min(into.top, next.top);
  into.bottom = std::max(into.bottom, next.bottom);
  into.space_after = next.space_after;
  into.bold = into.bold && next.bold;
  into.italic = into.italic && next.italic;
}

}  // namespace

double WordSpaceInEms(const std::vector<PdfPage>& pages) {
  std::vector<double> gaps;
  for (const PdfPage& page : pages) {
    for (std::size_t i = 1; i < page.words.size(); ++i) {
      const PdfWord& a = page.words[i - 1];
      const PdfWord& b = page.words[i];
      const double em = std::min(Em(a), Em(b)), gap = b.left - a.right;
      if (em > 0 && gap > 0 && gap < em && std::abs(a.bottom - b.bottom) < 0.1 * em)
        gaps.push_back(gap / em);
    }
  }
  return Quantile(gaps, kNaturalSpaceShare);
}

std::vector<PdfWord> JoinLetterSpacedWords(const std::vector<PdfWord>& words,
                                           double word_space_in_ems) {
  std::vector<PdfWord> out;
  out.reserve(words.size());
  // Letters set apart stand closer than the document's word spaces: three quarters
  // of them at most.
  const double join_in_ems =
      word_space_in_ems > 0 ? std::min(kJoinInEms, 0.75 * word_space_in_ems) : kJoinInEms;
  for (const PdfWord& w : words) {
    if (!out.empty() && Fragment(out.back(), w, join_in_ems)) Join(out.back(), w);
    else out.push_back(w);
  }
  return out;
}

}  // namespace findings

#include "layout/letter_spacing.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "layout/lines.h"
#include "layout/word_measures.h"
#include "util/utf8.h"

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

// Whether `b` follows `a` on one line in one type (its capitals and small capitals
// one), not overlapping it by more than a twentieth of an em, at any gap.
bool NextOnLine(const PdfWord& a, const PdfWord& b) {
  const double em = std::min(Em(a), Em(b));
  const bool one_type = std::abs(Em(b) - Em(a)) < 0.05 * Em(a) || SmallCapitalsOfOneType(a, b);
  return one_type && std::abs(a.bottom - b.bottom) < 0.1 * std::max(Em(a), Em(b)) &&
         b.left - a.right > -0.05 * em;
}

// The gap between two neighbours, in ems of the smaller.
double GapInEms(const PdfWord& a, const PdfWord& b) {
  return (b.left - a.right) / std::min(Em(a), Em(b));
}

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
  return NextOnLine(a, b) && gap < join_in_ems * em;
}

// Whether `w` is set in type `t`: its weight, slant and size.
bool InType(const PdfWord& w, const TypeSpace& t) {
  return t.bold == w.bold && t.italic == w.italic && std::abs(t.size - Em(w)) < 0.05 * t.size;
}

// The document's word space for `w`'s type (0 where it shows none).
double TypeSpaceOf(const PdfWord& w, const std::vector<TypeSpace>& types) {
  for (const TypeSpace& t : types) {
    if (InType(w, t)) return t.space_in_ems;
  }
  return 0;
}

double JoinInEms(double word_space_in_ems) {
  return word_space_in_ems > 0 ? std::min(kJoinInEms, 0.75 * word_space_in_ems) : kJoinInEms;
}

// A piece of one character: a letter set apart, unless it is "&", a word ("and")
// standing between words ("Quality & Impact") however narrow their spaces.
bool IsOneLetter(const std::string& text) { return CodePoints(text) == 1 && text != "&"; }

// Whether the document sets `a` and `b` apart elsewhere and never writes them as one.
bool SetApartElsewhere(const PdfWord& a, const PdfWord& b, const WordsApart& apart) {
  return apart.pairs.count({a.text, b.text}) > 0 && apart.words.count(a.text + b.text) == 0;
}

// Which of the gaps Fragment would close are letter spacing, as the line itself shows
// it (`close[i]`: the gap before words[i]). A type may set its word spaces closer than
// the document's (a bold display face's): gaps as narrow as the line's others between
// words of several letters each are its word spaces. Letters set apart show as pieces
// of one letter among them ("R" "e" "comme" "nd" "ations"), or stand closer than
// half the narrowest word space the line keeps elsewhere ("Re" "ducing", then a space
// four times as wide).
std::vector<bool> LetterSpaced(const std::vector<PdfWord>& words, const std::vector<bool>& close,
                               const std::vector<TypeSpace>& types, const WordsApart& apart) {
  std::vector<bool> out(close.size(), false);
  std::size_t start = 0;  // the line's first word
  while (start < words.size()) {
    std::size_t end = start + 1;
    while (end < words.size() && NextOnLine(words[end - 1], words[end])) ++end;
    // The narrowest gap, in ems, between the line's words that no gap closes.
    double space = 0;  // none
    for (std::size_t i = start + 1; i < end; ++i) {
      const double gap = GapInEms(words[i - 1], words[i]);
      if (!close[i] && (space == 0 || gap < space)) space = gap;
    }
    for (std::size_t i = start + 1; i < end;) {
      if (!close[i]) {
        ++i;
        continue;
      }
      std::size_t last = i;  // a run of closed gaps: words[i - 1] to words[last]
      while (last + 1 < end && close[last + 1]) ++last;
      bool single = false;
      for (std::size_t k = i - 1; k <= last; ++k) single = single || IsOneLetter(words[k].text);
      for (std::size_t k = i; k <= last; ++k) {
        const double gap = GapInEms(words[k - 1], words[k]);
        const double type_space = TypeSpaceOf(words[k], types);
        out[k] = (single || gap < 0.5 * space || gap < 0.5 * type_space) &&
                 !SetApartElsewhere(words[k - 1], words[k], apart);
      }
      i = last + 1;
    }
    start = end;
  }
  return out;
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

std::vector<TypeSpace> TypeWordSpaces(const std::vector<PdfPage>& pages, double word_space_in_ems) {
  const double join_in_ems = JoinInEms(word_space_in_ems);
  std::vector<TypeSpace> types;
  std::vector<std::vector<double>> gaps;
  for (const PdfPage& page : pages) {
    for (std::size_t i = 1; i < page.words.size(); ++i) {
      const PdfWord& a = page.words[i - 1];
      const PdfWord& b = page.words[i];
      const double em = std::min(Em(a), Em(b)), gap = b.left - a.right;
      if (em <= 0 || gap < join_in_ems * em || gap >= em || !NextOnLine(a, b) || a.bold != b.bold ||
          a.italic != b.italic)
        continue;
      std::size_t t = 0;
      while (t < types.size() && !InType(a, types[t])) ++t;
      if (t == types.size()) {
        types.push_back({Em(a), a.bold, a.italic, 0});
        gaps.emplace_back();
      }
      gaps[t].push_back(gap / em);
    }
  }
  for (std::size_t t = 0; t < types.size(); ++t)
    types[t].space_in_ems = Quantile(gaps[t], kNaturalSpaceShare);
  return types;
}

WordsApart WordsSetApart(const std::vector<PdfPage>& pages, double word_space_in_ems) {
  const double join_in_ems = JoinInEms(word_space_in_ems);
  WordsApart apart;
  for (const PdfPage& page : pages) {
    for (std::size_t i = 0; i < page.words.size(); ++i) {
      apart.words.insert(page.words[i].text);
      if (i == 0) continue;
      const PdfWord& a = page.words[i - 1];
      const PdfWord& b = page.words[i];
      const double gap = GapInEms(a, b);
      if (NextOnLine(a, b) && gap >= join_in_ems && gap < 1) apart.pairs.insert({a.text, b.text});
    }
  }
  return apart;
}

std::vector<PdfWord> JoinLetterSpacedWords(const std::vector<PdfWord>& words,
                                           double word_space_in_ems,
                                           const std::vector<TypeSpace>& types,
                                           const WordsApart& apart) {
  std::vector<PdfWord> out;
  out.reserve(words.size());
  // Letters set apart stand closer than the document's word spaces: three quarters
  // of them at most.
  const double join_in_ems = JoinInEms(word_space_in_ems);
  std::vector<bool> close(words.size(), false);
  for (std::size_t i = 1; i < words.size(); ++i)
    close[i] = Fragment(words[i - 1], words[i], join_in_ems);
  const std::vector<bool> letters = LetterSpaced(words, close, types, apart);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && letters[i]) Join(out.back(), words[i]);
    else out.push_back(words[i]);
  }
  return out;
}

}  // namespace findings

#include "scoring/word_similarity.h"

#include <algorithm>
#include <iterator>
#include <sstream>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace findings::scoring {
namespace {

// NFKC then full lower-casing (Python's str.lower() is locale-free, like ICU's root).
std::string NfkcLower(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return text;
  icu::UnicodeString normal = nfkc->normalize(icu::UnicodeString::fromUTF8(text), status);
  if (U_FAILURE(status)) return text;
  normal.toLower(icu::Locale::getRoot());
  std::string out;
  normal.toUTF8String(out);
  return out;
}

bool IsWordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

std::string NormaliseWords(const std::string& text) {
  // ’‘ → ' as score.py does; it cannot change the words, which are [a-z0-9]+.
  std::string lowered = NfkcLower(text);
  std::string out;
  bool in_word = false;
  for (char c : lowered) {
    if (IsWordByte(c)) {
      if (!in_word && !out.empty()) out += ' ';
      out += c;
      in_word = true;
    } else {
      in_word = false;
    }
  }
  return out;
}

std::set<std::string> WordSet(const std::string& text) {
  std::istringstream words(NormaliseWords(text));
  return {std::istream_iterator<std::string>(words), std::istream_iterator<std::string>()};
}

double WordSimilarity(const std::string& a, const std::string& b) {
  std::set<std::string> ta = WordSet(a), tb = WordSet(b);
  if (ta.empty() && tb.empty()) return 1.0;
  std::size_t common = 0;
  for (const auto& w : ta) common += tb.count(w);
  std::size_t either = ta.size() + tb.size() - common;
  return static_cast<double>(common) / static_cast<double>(std::max<std::size_t>(1, either));
}

}  // namespace findings::scoring

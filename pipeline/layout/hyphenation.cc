#include "layout/hyphenation.h"

#include <cctype>
#include <string_view>

namespace findings {
namespace {

constexpr std::string_view kHyphen2010 = "\xE2\x80\x90";
constexpr std::string_view kSoftHyphen = "\xC2\xAD";

enum class HyphenMark { kAscii, kTypesetter, kSoft };

bool IsLower(unsigned char c) { return std::islower(c) != 0; }

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// U+2010 inside a word is a compound's hyphen like "-" (at its end, a line break's).
std::string AsciiHyphens(std::string word) {
  for (std::size_t at = 0; (at = word.find(kHyphen2010, at)) != std::string::npos && at + 3 < word.size();)
    word.replace(at, 3, "-");
  return word;
}

std::string LastWord(const std::string& s) {
  std::size_t start = s.find_last_of(" \t");
  return s.substr(start == std::string::npos ? 0 : start + 1);
}

std::string Lowered(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string LettersOnly(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80) || c == '-') out += c;
  }
  return Lowered(out);
}

// The hyphen a line ends with, if it follows a letter or digit: its length in bytes
// (0 for none). "-" is the hyphen of compounds and, in many documents, the
// typesetter's too; U+2010 and the soft hyphen U+00AD are what some typesetters
// print where they break a word.
std::size_t TrailingHyphen(const std::string& head, HyphenMark* mark) {
  std::size_t n = 0;
  if (EndsWith(head, "-")) n = 1, *mark = HyphenMark::kAscii;
  else if (EndsWith(head, kHyphen2010)) n = 3, *mark = HyphenMark::kTypesetter;
  else if (EndsWith(head, kSoftHyphen)) n = 2, *mark = HyphenMark::kSoft;
  if (n == 0 || head.size() <= n) return 0;
  return std::isalnum(static_cast<unsigned char>(head[head.size() - n - 1])) ? n : 0;
}

// Whether a line-end hyphen between `stem` and `rest` is part of the word. Kept when
// the document spells the word with one elsewhere ("post-release"), dropped when it
// knows the word whole ("proba-" "tion"). For a word seen nowhere else, kept when
// the document makes other compounds with the same first or last part ("well-" as in
// "well-organised", "-focused" as in "offence-focused"); otherwise it is a word broken
// by the typesetter ("desir-" "able"). The vocabulary leaves out the halves of words
// broken at line ends, so a fragment ("ests") is no evidence.
bool KeepsHyphen(const std::string& stem, const std::string& rest, HyphenMark mark,
                 const Vocabulary& vocabulary) {
  const auto& words = vocabulary.words;
  if (mark == HyphenMark::kSoft) return false;
  if (words.count(stem + "-" + rest) > 0) return true;
  if (words.count(stem + rest) > 0) return false;
  // A document that prints its breaks with their own glyph: "-" is the word's.
  if (vocabulary.marks_breaks) return mark == HyphenMark::kAscii;
  if (!vocabulary.breaks_words) return true;
  // Two-letter prefixes ("re-", "ex-") start too many plain words to count.
  return (stem.size() > 2 && words.count(stem + "-") > 0) || words.count("-" + rest) > 0;
}

}  // namespace

void AddToVocabulary(const std::string& text, Vocabulary& vocabulary) {
  // Called for every word of a document: one reused buffer, no copy per word.
  std::string word;
  auto add = [&] {
    if (!word.empty() && word.back() != '-') {
      vocabulary.words.insert(word);
      // A compound's parts as "first-" and "-last" (keys no plain word can be).
      const std::size_t first = word.find('-'), last = word.rfind('-');
      if (first != std::string::npos && first > 0) {
        vocabulary.words.insert(word.substr(0, first + 1));
        vocabulary.words.insert(word.substr(last));
      }
    }
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      add();
    } else if (std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80) || c == '-') {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  add();
}

void DecideWordBreaking(const std::vector<std::string>& words_in_order, Vocabulary& vocabulary) {
  int whole = 0, hyphenated = 0;
  for (std::size_t i = 0; i + 1 < words_in_order.size(); ++i) {
    const std::string& head = words_in_order[i];
    const std::string& next = words_in_order[i + 1];
    HyphenMark mark = HyphenMark::kAscii;
    if (TrailingHyphen(head, &mark) == 0 || next.empty() || !IsLower(next[0])) continue;
    if (mark != HyphenMark::kAscii) {
      vocabulary.marks_breaks = true;
      continue;
    }
    if (head.size() < 3) continue;
    const std::string stem = LettersOnly(head.substr(0, head.size() - 1));
    const std::string rest = LettersOnly(next);
    if (vocabulary.words.count(stem + "-" + rest) > 0) ++hyphenated;
    else if (vocabulary.words.count(stem + rest) > 0) ++whole;
  }
  vocabulary.breaks_words = whole > hyphenated;
}

bool EndsInHyphen(const std::string& line) {
  HyphenMark mark = HyphenMark::kAscii;
  return TrailingHyphen(line, &mark) > 0;
}

std::string JoinWrappedLines(const std::string& first, const std::string& second,
                             const Vocabulary& vocabulary) {
  if (first.empty()) return second;
  const std::string head = LastWord(first);
  // "and/" "or", "Rating/" "% yes", a URL's "uk/" "hmiprobation/about": a line broken
  // after a slash set against a word breaks no space. A URL carries on only into what
  // reads as more of its path; a plain word after a whole URL is the sentence's.
  if (head.size() > 1 && head.back() == '/' && !second.empty() && second[0] != ' ') {
    const bool url = head.find("://") != std::string::npos || head.rfind("www.", 0) == 0;
    const std::string_view next_word = std::string_view(second).substr(0, second.find(' '));
    if (!url || next_word.find_first_of("/.-_?=#") != std::string_view::npos) return first + second;
  }
  HyphenMark mark = HyphenMark::kAscii;
  const std::size_t hyphen = TrailingHyphen(head, &mark);
  const unsigned char next = second.empty() ? 0 : static_cast<unsigned char>(second[0]);
  if (hyphen == 0 || !std::isalnum(next)) return first + " " + second;
  const std::string kept = first.substr(0, first.size() - hyphen);
  // "Multi-" "Agency", "2015-" "16": a capital or a digit after the hyphen is a
  // compound's, never a break inside one word.
  if (!IsLower(next)) return mark == HyphenMark::kSoft ? kept + second : kept + "-" + second;
  const std::string stem = LettersOnly(head.substr(0, head.size() - hyphen));
  const std::string rest = LettersOnly(second.substr(0, second.find(' ')));
  const bool in_url = head.find('/') != std::string::npos;  // a URL's hyphens are its own
  return in_url || KeepsHyphen(stem, rest, mark, vocabulary) ? kept + "-" + second : kept + second;
}

Vocabulary BuildVocabulary(const std::vector<PdfPage>& pages) {
  Vocabulary vocabulary;
  std::vector<std::string> words_in_order;  // Poppler's reading order
  for (const PdfPage& page : pages) {
    for (const PdfWord& w : page.words) words_in_order.push_back(AsciiHyphens(w.text));
  }
  // The two halves of a word broken at a line end are no words of the document.
  bool after_break = false;
  for (const std::string& word : words_in_order) {
    HyphenMark mark = HyphenMark::kAscii;
    const bool breaks = TrailingHyphen(word, &mark) > 0;
    if (!breaks && !after_break) AddToVocabulary(word, vocabulary);
    after_break = breaks;
  }
  DecideWordBreaking(words_in_order, vocabulary);
  return vocabulary;
}

}  // namespace findings

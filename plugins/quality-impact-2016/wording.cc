#include "wording.h"

namespace findings::qi2016 {

namespace {

constexpr const char* kAnyWords = "*";

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*';
}

}  // namespace

Words FoldWords(std::string_view text) {
  Words words;
  std::string word;
  auto end_word = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (char c : text) {
    if (c == '&') {
      end_word();
      words.push_back("and");
    } else if (IsWordByte(c)) {
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else {
      end_word();
    }
  }
  end_word();
  return words;
}

Wording::Wording(std::string_view phrase) : phrase_(phrase), words_(FoldWords(phrase)) {}

// Whether words_[word..] match text from `at` on; "*" takes as few words as it can.
bool Wording::MatchesAt(const Words& text, std::size_t at, std::size_t word) const {
  for (; word < words_.size(); ++word, ++at) {
    if (words_[word] == kAnyWords) {
      for (std::size_t next = at + 1; next <= text.size(); ++next)
        if (MatchesAt(text, next, word + 1)) return true;
      return false;
    }
    if (at >= text.size() || text[at] != words_[word]) return false;
  }
  return true;
}

bool Wording::MatchesStart(const Words& text) const { return MatchesAt(text, 0, 0); }

bool Wording::OccursIn(const Words& text) const {
  if (words_.empty()) return true;
  for (std::size_t at = 0; at < text.size(); ++at)
    if (MatchesAt(text, at, 0)) return true;
  return false;
}

}  // namespace findings::qi2016

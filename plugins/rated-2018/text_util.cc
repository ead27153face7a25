#include "text_util.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace findings::rated2018 {

namespace {
bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
}  // namespace

std::vector<Token> Tokenise(std::string_view text, std::size_t base) {
  std::vector<Token> tokens;
  bool in_footnote = false;
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 2, "[^") == 0) in_footnote = true;
    if (text[i] == ']') in_footnote = false;
    if (!IsWordChar(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && IsWordChar(text[j])) ++j;
    Token t;
    t.word = Lower(text.substr(i, j - i));
    t.start = base + i;
    t.end = base + j;
    t.footnote = in_footnote;
    t.percent = j < text.size() && text[j] == '%' &&
                std::all_of(t.word.begin(), t.word.end(), [](char c) { return std::isdigit(c); });
    tokens.push_back(std::move(t));
    i = j;
  }
  return tokens;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  for (Token& t : Tokenise(text)) words.push_back(std::move(t.word));
  return words;
}

double WordSimilarity(std::string_view a, std::string_view b) {
  const auto wa = Words(a), wb = Words(b);
  const std::set<std::string> sa(wa.begin(), wa.end()), sb(wb.begin(), wb.end());
  if (sa.empty() && sb.empty()) return 1.0;
  std::size_t common = 0;
  for (const auto& w : sa) common += sb.count(w);
  return static_cast<double>(common) / static_cast<double>(sa.size() + sb.size() - common);
}

std::string TrimTrailing(std::string text, std::string_view punctuation) {
  while (!text.empty() &&
         (IsSpaceByte(text.back()) || punctuation.find(text.back()) != std::string_view::npos))
    text.pop_back();
  return text;
}

}  // namespace findings::rated2018

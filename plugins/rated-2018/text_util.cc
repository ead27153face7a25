#include "text_util.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace findings::rated2018 {

namespace {
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
}  // namespace

std::string CollapseSpace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string StripFootnotes(std::string_view text, std::vector<int>* numbers) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "[^") == 0) {
      std::size_t j = i + 2;
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
      if (j > i + 2 && j < text.size() && text[j] == ']') {
        if (numbers) numbers->push_back(std::stoi(std::string(text.substr(i + 2, j - i - 2))));
        i = j;
        continue;
      }
    }
    out += text[i];
  }
  return CollapseSpace(out);
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

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
         (IsSpace(text.back()) || punctuation.find(text.back()) != std::string_view::npos))
    text.pop_back();
  return text;
}

std::string Slug(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (IsWordChar(c)) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace findings::rated2018

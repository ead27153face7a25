#include "qi_sentences.h"

#include <algorithm>
#include <cctype>

namespace findings::qi2016 {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

bool EndsWithAbbreviation(const std::string& text, std::size_t dot,
                          const std::vector<std::string>& abbreviations) {
  for (const std::string& abbr : abbreviations) {
    if (abbr.empty() || abbr.size() > dot + 1) continue;
    const std::size_t begin = dot + 1 - abbr.size();
    if (text.compare(begin, abbr.size(), abbr) != 0) continue;
    if (begin == 0 || IsSpace(text[begin - 1]) || text[begin - 1] == '(') return true;
  }
  return false;
}

// Is there a sentence end at `i` (a . ! or ?), given what follows it?
bool EndsAt(const std::string& text, std::size_t i, const std::vector<std::string>& abbreviations) {
  const char c = text[i];
  if (c != '.' && c != '!' && c != '?') return false;
  std::size_t j = i + 1;
  while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
  if (j == text.size()) return true;
  if (!IsSpace(text[j])) return false;
  while (j < text.size() && IsSpace(text[j])) ++j;
  if (j == text.size()) return true;
  const unsigned char next = static_cast<unsigned char>(text[j]);
  const bool opens = std::isupper(next) || std::isdigit(next) || next == '"' || next == '(' ||
                     next == '\'' || next >= 0x80;
  if (!opens) return false;
  return c != '.' || !EndsWithAbbreviation(text, i, abbreviations);
}

}  // namespace

std::pair<std::size_t, std::size_t> SentenceAround(const std::string& text, std::size_t pos,
                                                   const std::vector<std::string>& abbreviations) {
  pos = std::min(pos, text.size());
  std::size_t begin = 0;
  for (std::size_t i = pos; i > 0; --i) {
    if (EndsAt(text, i - 1, abbreviations)) {
      begin = i;
      break;
    }
  }
  while (begin < text.size() && IsSpace(text[begin])) ++begin;
  std::size_t end = text.size();
  for (std::size_t i = pos; i < text.size(); ++i) {
    if (EndsAt(text, i, abbreviations)) {
      end = i + 1;
      while (end < text.size() && (text[end] == '"' || text[end] == '\'' || text[end] == ')')) ++end;
      break;
    }
  }
  return {begin, end};
}

}  // namespace findings::qi2016

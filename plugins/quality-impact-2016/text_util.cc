#include "text_util.h"

#include <cctype>

namespace findings::qi2016 {

std::string TrimTrailingPunctuation(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && std::string_view(".;,: \t").find(text[end - 1]) != std::string_view::npos)
    --end;
  return std::string(text.substr(0, end));
}

bool StartsLowercase(std::string_view text) {
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) return std::islower(u);
    if (!std::ispunct(u) && c != ' ') return false;
  }
  return false;
}

bool EndsSentence(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '"' || text[end - 1] == '\'' ||
                     text[end - 1] == ')'))
    --end;
  return end > 0 && (text[end - 1] == '.' || text[end - 1] == '!' || text[end - 1] == '?');
}

}  // namespace findings::qi2016

#include "qi_text.h"

#include <cctype>
#include <cstdlib>

namespace findings::qi2016 {

namespace {

bool IsCollapsible(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whether CollapseSpace would give the text back unchanged, as for most lines.
bool IsCollapsed(std::string_view text) {
  if (text.empty()) return true;
  if (text.front() == ' ' || text.back() == ' ') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) > ' ') continue;
    if (IsCollapsible(text[i]) && (text[i] != ' ' || text[i + 1] == ' ')) return false;
  }
  return true;
}

}  // namespace

// Copies a line that needs nothing whole; else appends each run of non-space
// bytes whole (not byte by byte): this runs over every line of the document.
std::string CollapseSpace(std::string_view text) {
  if (IsCollapsed(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsCollapsible(text[i])) ++i;
    const std::size_t begin = i;
    while (i < text.size() && !IsCollapsible(text[i])) ++i;
    if (begin == i) break;
    if (!out.empty()) out += ' ';
    out.append(text.data() + begin, i - begin);
  }
  return out;
}

std::string StripFootnotes(std::string_view text, std::vector<int>* footnotes) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 2, "[^") == 0) {
      std::size_t j = i + 2;
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
      if (j > i + 2 && j < text.size() && text[j] == ']') {
        if (footnotes) footnotes->push_back(std::atoi(std::string(text.substr(i + 2, j - i - 2)).c_str()));
        i = j + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

std::string TrimTrailingPunctuation(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && std::string_view(".;,: \t").find(text[end - 1]) != std::string_view::npos)
    --end;
  return std::string(text.substr(0, end));
}

std::string Slug(std::string_view text) {
  std::string out;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      out += static_cast<char>(std::tolower(u));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
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

bool ParseNumber(std::string_view text, double* value) {
  std::string digits;
  for (char c : text)
    if (c != ',') digits += c;
  if (digits.empty()) return false;
  char* end = nullptr;
  *value = std::strtod(digits.c_str(), &end);
  return end && *end == '\0';
}

}  // namespace findings::qi2016

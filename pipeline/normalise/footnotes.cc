#include "normalise/footnotes.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "normalise/markup.h"

namespace findings {
namespace {

// The digit a superscript digit at the start of `s` stands for, and its UTF-8 length.
int SuperscriptDigit(std::string_view s, std::size_t* length) {
  auto byte = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; };
  if (byte(0) == 0xC2 && (byte(1) == 0xB2 || byte(1) == 0xB3 || byte(1) == 0xB9)) {
    *length = 2;
    return byte(1) == 0xB9 ? 1 : byte(1) - 0xB0;  // ¹ U+00B9, ² U+00B2, ³ U+00B3
  }
  if (byte(0) == 0xE2 && byte(1) == 0x81 && (byte(2) == 0xB0 || (byte(2) >= 0xB4 && byte(2) <= 0xB9))) {
    *length = 3;
    return byte(2) - 0xB0;  // ⁰ U+2070, ⁴..⁹ U+2074..U+2079
  }
  return -1;
}

// A run of superscript digits is one number: "¹⁰" is footnote 10.
std::vector<std::string> ReadSuperscriptRun(std::string_view s, std::size_t* consumed) {
  std::string number;
  std::size_t i = 0, length = 0;
  for (int digit; (digit = SuperscriptDigit(s.substr(i), &length)) >= 0; i += length) {
    number += static_cast<char>('0' + digit);
  }
  *consumed = i;
  if (number.empty()) return {};
  return {number};
}

// "^{1 2}" (or "^{1,2}"): digits, spaces and commas only.
std::vector<std::string> ReadCaretGroup(std::string_view s, std::size_t* consumed) {
  if (s.substr(0, 2) != "^{") return {};
  std::size_t close = s.find('}');
  if (close == std::string_view::npos) return {};
  std::vector<std::string> numbers;
  std::string current;
  for (char c : s.substr(2, close - 2)) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      current += c;
    } else if (c == ' ' || c == ',') {
      if (!current.empty()) numbers.push_back(current);
      current.clear();
    } else {
      return {};
    }
  }
  if (!current.empty()) numbers.push_back(current);
  *consumed = close + 1;
  return numbers;
}

bool AtLineStart(const std::string& out) { return out.empty() || out == kListMark; }

// Whether `rest`, what follows a superscript, carries on a sentence: a footnote's own
// text never starts with punctuation, so a superscript before it is a reference
// whose word a page or a cell broke from it ("⁵. The reduction …").
bool CarriesOn(std::string_view rest) {
  return !rest.empty() && (rest.front() == '.' || rest.front() == ',' || rest.front() == ';' ||
                           rest.front() == ':' || rest.front() == ')');
}

// Returns whether the numbers open the footnote's own text.
bool AppendMarkers(const std::vector<std::string>& numbers, std::string_view rest,
                   std::string& out) {
  if (AtLineStart(out) && !CarriesOn(rest)) {
    // The footnote's own text, not a reference: "1 Ministry of Justice…".
    out.clear();
    for (const auto& number : numbers) out += number + ' ';
    return true;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
  for (const auto& number : numbers) out += "[^" + number + "]";
  return false;
}

// Every marker starts with '^' or with the first byte of a superscript digit.
bool MayStartMarker(char c) { return c == '^' || c == '\xC2' || c == '\xE2'; }

std::size_t NextPossibleMarker(std::string_view line, std::size_t from) {
  return static_cast<std::size_t>(
      std::find_if(line.begin() + from, line.end(), MayStartMarker) - line.begin());
}

}  // namespace

std::string MarkFootnotes(std::string_view line, bool* opens_footnote) {
  if (opens_footnote) *opens_footnote = false;
  std::size_t i = NextPossibleMarker(line, 0);
  if (i == line.size()) return std::string(line);
  std::string out;
  out.reserve(line.size() + 8);
  out.append(line.substr(0, i));
  while (i < line.size()) {
    if (!MayStartMarker(line[i])) {
      const std::size_t next = NextPossibleMarker(line, i);
      out.append(line.substr(i, next - i));
      i = next;
      continue;
    }
    std::size_t consumed = 0;
    std::vector<std::string> numbers = ReadSuperscriptRun(line.substr(i), &consumed);
    if (numbers.empty() && line[i] == '^') numbers = ReadCaretGroup(line.substr(i), &consumed);
    if (numbers.empty()) {
      out += line[i++];
      continue;
    }
    const bool opens = AppendMarkers(numbers, line.substr(i + consumed), out);
    if (opens && opens_footnote) *opens_footnote = true;
    i += consumed;
  }
  return out;
}

}  // namespace findings

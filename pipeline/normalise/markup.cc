#include "normalise/markup.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>

#include "util/utf8.h"

namespace findings {
namespace {

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool StartsWith(std::string_view s, std::string_view prefix) {
  // std::equal, not operator==: a loop that stops at the first byte, no memcmp call.
  return s.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), s.begin());
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "#", "##" … "######" then a space (or nothing) opens a markdown heading.
std::string_view DropHeadingMark(std::string_view line) {
  std::size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6) return line;
  if (hashes < line.size() && line[hashes] != ' ' && line[hashes] != '\t') return line;
  return TrimSpaces(line.substr(hashes));
}

// The list marks of markdown and the bullet glyphs PDFs use, each followed by a space.
std::size_t ListMarkLength(std::string_view line) {
  static constexpr std::string_view kMarks[] = {
      "- ", "* ", "+ ", "\xE2\x80\xA2 " /* • */, "\xE2\x96\xAA " /* ▪ */,
      "\xE2\x97\xA6 " /* ◦ */, "\xE2\x80\xA3 " /* ‣ */, "\xE2\x97\x8F " /* ● */,
      "\xEF\x82\xB7 " /* U+F0B7, Symbol-font bullet */};
  for (std::string_view mark : kMarks) {
    if (StartsWith(line, mark)) return mark.size();
  }
  return 0;
}

// <sup>12</sup> or <sup>1, 2</sup>: digits for footnotes.h to pick up. Other
// contents are left for the tag remover, which keeps the text between the tags.
bool TryFootnoteSup(std::string_view rest, std::string& out, std::size_t* consumed) {
  constexpr std::string_view kOpen = "<sup>", kClose = "</sup>";
  if (!StartsWith(rest, kOpen)) return false;
  std::size_t close = rest.find(kClose);
  if (close == std::string_view::npos) return false;
  std::string_view inner = TrimSpaces(rest.substr(kOpen.size(), close - kOpen.size()));
  if (inner.empty()) return false;
  for (char c : inner) {
    if (!IsDigit(c) && c != ' ' && c != ',') return false;
  }
  // Rewritten in the "^{1 2}" form that footnotes.h reads.
  out += "^{";
  for (std::size_t i = 0; i < inner.size(); ++i) {
    if (IsDigit(inner[i])) {
      out += inner[i];
    } else if (i > 0 && IsDigit(inner[i - 1])) {
      out += ' ';
    }
  }
  while (out.back() == ' ') out.pop_back();
  out += '}';
  *consumed = close + kClose.size();
  return true;
}

// An HTML tag: "<name …>", "</name>" or "<name/>", name starting with a letter.
std::size_t TagLength(std::string_view rest) {
  std::size_t i = 1;
  if (i < rest.size() && rest[i] == '/') ++i;
  if (i >= rest.size() || !std::isalpha(static_cast<unsigned char>(rest[i]))) return 0;
  while (i < rest.size() && (IsAlnum(rest[i]) || rest[i] == '-')) ++i;
  if (i >= rest.size()) return 0;
  if (rest[i] == '>') return i + 1;
  if (rest[i] != ' ' && rest[i] != '/') return 0;
  std::size_t close = rest.find('>', i);
  return close == std::string_view::npos ? 0 : close + 1;
}

// "<http://…>" markdown autolinks: the length of the URL, 0 if not one.
std::size_t AutolinkUrlLength(std::string_view rest) {
  if (!StartsWith(rest, "<http://") && !StartsWith(rest, "<https://")) return 0;
  std::size_t close = rest.find('>');
  if (close == std::string_view::npos || rest.substr(0, close).find(' ') != std::string_view::npos)
    return 0;
  return close - 1;
}

// A run of '*' inside a word ("p***ed") is text; anywhere else it is emphasis.
bool IsEmphasisRun(std::string_view line, std::size_t start, std::size_t end) {
  bool word_before = start > 0 && IsAlnum(line[start - 1]);
  bool word_after = end < line.size() && IsAlnum(line[end]);
  return !(word_before && word_after);
}

std::string RemoveInlineMarkup(std::string_view line) {
  // Most lines hold no markup: one scan, one copy.
  // (A loop, not find_first_of: that calls memchr once per character.)
  if (std::none_of(line.begin(), line.end(), [](char c) { return c == '*' || c == '<'; }))
    return std::string(line);
  std::string out;
  out.reserve(line.size());
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] != '*' && line[i] != '<') {
      const std::size_t run_end = static_cast<std::size_t>(
          std::find_if(line.begin() + i, line.end(), [](char c) { return c == '*' || c == '<'; }) -
          line.begin());
      out.append(line.substr(i, run_end - i));
      i = run_end;
      continue;
    }
    std::string_view rest = line.substr(i);
    std::size_t consumed = 0;
    if (line[i] == '*') {
      std::size_t end = i;
      while (end < line.size() && line[end] == '*') ++end;
      if (!IsEmphasisRun(line, i, end)) out.append(line.substr(i, end - i));
      i = end;
    } else if (TryFootnoteSup(rest, out, &consumed)) {
      i += consumed;
    } else if (std::size_t url = AutolinkUrlLength(rest)) {
      out.append(rest.substr(1, url));
      i += url + 2;
    } else if (std::size_t tag = TagLength(rest)) {
      // <br> separates words; other tags sit inside or around them.
      if (StartsWith(rest, "<br")) out += ' ';
      i += tag;
    } else {
      out += line[i++];
    }
  }
  return out;
}

bool DecodeNamedEntity(std::string_view name, std::string& out) {
  static const struct { std::string_view name; std::string_view text; } kEntities[] = {
      {"amp", "&"},   {"lt", "<"},         {"gt", ">"},           {"quot", "\""},
      {"apos", "'"},  {"nbsp", " "},       {"lsquo", "'"},        {"rsquo", "'"},
      {"ldquo", "\""}, {"rdquo", "\""},    {"ndash", "\xE2\x80\x93"},
      {"mdash", "\xE2\x80\x94"},           {"hellip", "\xE2\x80\xA6"},
      {"pound", "\xC2\xA3"}, {"bull", "\xE2\x80\xA2"}, {"copy", "\xC2\xA9"}};
  for (const auto& entity : kEntities) {
    if (entity.name == name) {
      out.append(entity.text);
      return true;
    }
  }
  return false;
}

bool DecodeNumericEntity(std::string_view body, std::string& out) {
  bool hex = body.size() > 1 && (body[0] == 'x' || body[0] == 'X');
  std::string digits(body.substr(hex ? 1 : 0));
  if (digits.empty() || digits.size() > 7) return false;
  for (char c : digits) {
    if (hex ? !std::isxdigit(static_cast<unsigned char>(c)) : !IsDigit(c)) return false;
  }
  unsigned long code = std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10);
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
  AppendUtf8(static_cast<char32_t>(code), out);
  return true;
}

}  // namespace

std::string DecodeEntities(std::string_view text) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t ampersand = std::min(text.find('&', i), text.size());
    out.append(text.substr(i, ampersand - i));
    i = ampersand;
    if (i == text.size()) break;
    std::size_t semicolon = text.find(';', i + 1);
    if (semicolon != std::string_view::npos && semicolon - i <= 10) {
      std::string_view body = text.substr(i + 1, semicolon - i - 1);
      bool decoded = !body.empty() && body[0] == '#'
                         ? DecodeNumericEntity(body.substr(1), out)
                         : DecodeNamedEntity(body, out);
      if (decoded) {
        i = semicolon + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

bool HasLineMark(std::string_view line) {
  return DropHeadingMark(line).size() != line.size() || ListMarkLength(line) != 0;
}

bool HasHeadingMark(std::string_view line) {
  const std::string_view trimmed = TrimSpaces(line);
  return DropHeadingMark(trimmed).size() != trimmed.size();
}

std::string StripMarkup(std::string_view line) {
  // Double-escaped footnote tags in one corpus file: "<sup>&</sup>lt;sup>1</sup>".
  constexpr std::string_view kDoubleEscaped = "<sup>&</sup>lt;";
  std::string repaired;
  if (line.find(kDoubleEscaped) != std::string_view::npos) {
    repaired = line;
    for (std::size_t at; (at = repaired.find(kDoubleEscaped)) != std::string::npos;) {
      repaired.replace(at, kDoubleEscaped.size(), "<");
    }
    line = repaired;
  }
  std::string_view rest = DropHeadingMark(TrimSpaces(line));
  std::string out;
  if (std::size_t mark = ListMarkLength(rest)) {
    out.append(kListMark);
    rest = TrimSpaces(rest.substr(mark));
  }
  out += DecodeEntities(RemoveInlineMarkup(rest));
  return out;
}

}  // namespace findings

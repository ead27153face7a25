#include "layout/paragraph_numbers.h"

#include <cctype>
#include <map>
#include <optional>
#include <string_view>

#include "layout/lines.h"
#include "layout/pieces.h"

namespace findings {
namespace {

// The number a block opens with ("12.", then a tab or a space), and where its text starts.
struct Numbered {
  int number = 0;
  std::size_t text = 0;
};

std::optional<Numbered> OpeningNumber(std::string_view block) {
  std::size_t digits = 0;
  while (digits < block.size() && digits < 5 &&
         std::isdigit(static_cast<unsigned char>(block[digits])))
    ++digits;
  if (digits == 0 || digits + 1 >= block.size() || block[digits] != '.' ||
      (block[digits + 1] != '\t' && block[digits + 1] != ' '))
    return std::nullopt;
  return Numbered{std::stoi(std::string(block.substr(0, digits))), digits + 2};
}

struct Place {
  std::size_t page = 0, block = 0;
};

}  // namespace

void DropParagraphNumbers(std::vector<std::vector<std::string>>& pages) {
  // The longest run 1, 2, 3 … of numbered blocks in reading order, each taking up the
  // run whose last number is one less, most recently seen (a list's items between
  // paragraphs number runs of their own).
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<Place> places;
  std::vector<std::size_t> length, before;
  std::map<int, std::size_t> latest;  // number -> the block of the longest run ending in it
  std::size_t sentences = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t b = 0; b < pages[p].size(); ++b) {
      const std::string& block = pages[p][b];
      if (EndsSentence(WithoutTrailingSuperscripts(block))) ++sentences;
      const std::optional<Numbered> numbered = OpeningNumber(block);
      if (!numbered) continue;
      const auto previous = latest.find(numbered->number - 1);
      if (previous == latest.end() && numbered->number != 1) continue;
      const std::size_t at = places.size();
      places.push_back({p, b});
      length.push_back(previous == latest.end() ? 1 : length[previous->second] + 1);
      before.push_back(previous == latest.end() ? kNone : previous->second);
      const auto seen = latest.find(numbered->number);
      if (seen == latest.end() || length[at] >= length[seen->second]) latest[numbered->number] = at;
    }
  }
  if (places.empty()) return;
  std::size_t last = 0;
  for (std::size_t i = 1; i < places.size(); ++i)
    if (length[i] > length[last]) last = i;
  std::size_t first = last;
  while (before[first] != kNone) first = before[first];
  // Through the document: over a page at least, and half the paragraphs that end a
  // sentence (a list numbers a handful).
  if (places[first].page == places[last].page || 2 * length[last] < sentences) return;
  for (std::size_t i = last; i != kNone; i = before[i]) {
    std::string& block = pages[places[i].page][places[i].block];
    block.erase(0, OpeningNumber(block)->text);
  }
}

}  // namespace findings

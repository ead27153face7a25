#include "layout/capitals.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

namespace findings {
namespace {

std::string Folded(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Every letter a capital, and more than one of them (not "A" nor "2.1").
bool InCapitals(std::string_view text) {
  int capitals = 0;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::islower(u)) return false;
    if (std::isupper(u)) ++capitals;
  }
  return capitals > 1;
}

// The text of each cell of a block ('\t' between cells), and the block whole.
template <typename Visit>
void ForEachPart(std::string_view block, Visit visit) {
  visit(block);
  if (block.find('\t') == std::string_view::npos) return;
  std::size_t from = 0;
  while (from <= block.size()) {
    const std::size_t tab = std::min(block.find('\t', from), block.size());
    visit(block.substr(from, tab - from));
    from = tab + 1;
  }
}

}  // namespace

void RestoreCapitalisedLines(std::vector<std::vector<std::string>>& pages) {
  std::unordered_map<std::string, std::string> own_case;  // folded -> as written
  for (const auto& page : pages) {
    for (const std::string& block : page) {
      ForEachPart(block, [&](std::string_view part) {
        if (!part.empty() && !InCapitals(part)) own_case.emplace(Folded(part), std::string(part));
      });
    }
  }
  for (auto& page : pages) {
    for (std::string& block : page) {
      if (block.find('\t') != std::string::npos || !InCapitals(block)) continue;
      const auto it = own_case.find(Folded(block));
      if (it != own_case.end()) block = it->second;
    }
  }
}

}  // namespace findings

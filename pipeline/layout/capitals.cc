#include "layout/capitals.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "findings/text.h"

namespace findings {
namespace {

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
        if (!part.empty() && !InCapitals(part)) own_case.emplace(Lower(part), std::string(part));
      });
    }
  }
  for (auto& page : pages) {
    for (std::string& block : page) {
      if (block.find('\t') != std::string::npos || !InCapitals(block)) continue;
      const auto it = own_case.find(Lower(block));
      if (it != own_case.end()) block = it->second;
    }
  }
}

}  // namespace findings

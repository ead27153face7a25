#include "layout/page_breaks.h"

#include <cctype>
#include <string_view>
#include <unordered_set>

#include "findings/document.h"
#include "layout/pieces.h"

namespace findings {
namespace {

// The page's last block that is not a footnote, if any.
std::string* LastBlock(std::vector<std::string>& page) {
  for (auto it = page.rbegin(); it != page.rend(); ++it) {
    if (!StartsWithSuperscript(*it)) return &*it;
  }
  return nullptr;
}

// The cell of a table row a run-on continues: the last that ends in a word or a
// comma (a figure or a rating ends its cell whole).
bool JoinOpenCell(std::string& row, const std::string& more, const Vocabulary& vocabulary) {
  std::size_t end = row.size();
  while (end > 0) {
    const std::size_t start = row.rfind('\t', end - 1);
    const std::size_t from = start == std::string::npos ? 0 : start + 1;
    const std::string cell = row.substr(from, end - from);
    if (!cell.empty() && (std::isalpha(static_cast<unsigned char>(cell.back())) != 0 || cell.back() == ',')) {
      row.replace(from, end - from, JoinWrappedLines(cell, more, vocabulary));
      return true;
    }
    if (start == std::string::npos) break;
    end = start;
  }
  return false;
}

// A table's header row set again at the top of the page (a word processor repeats
// it on every page the table runs onto): the same row seen before.
bool IsRepeatedRow(const std::string& block, const std::unordered_set<std::string>& rows) {
  return block.find('\t') != std::string::npos && rows.count(block) > 0;
}

}  // namespace

void JoinAcrossPageBreaks(std::vector<std::vector<std::string>>& pages,
                          const std::vector<bool>& runs_on_by_geometry, const Vocabulary& vocabulary) {
  std::unordered_set<std::string> rows;  // every table row so far
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<std::string>& page = pages[p];
    std::size_t repeated = 0;
    while (p > 0 && repeated < page.size() && IsRepeatedRow(page[repeated], rows)) ++repeated;
    const bool runs_on = p > 0 && repeated < page.size() && StartsLower(page[repeated]);
    std::string* last_row = runs_on && repeated > 0 ? LastBlock(pages[p - 1]) : nullptr;
    if (last_row && IsTableRow(*last_row) && JoinOpenCell(*last_row, page[repeated], vocabulary)) {
      page.erase(page.begin(), page.begin() + static_cast<long>(repeated) + 1);
    } else if (p > 0 && repeated == 0 && !page.empty()) {
      std::string* last = LastBlock(pages[p - 1]);
      const bool by_geometry = p < runs_on_by_geometry.size() && runs_on_by_geometry[p] && last &&
                               !IsTableRow(*last) && !IsTableRow(page.front());
      std::string* open = by_geometry || (last && ContinuesAcrossBreak(*last, page.front())) ? last : nullptr;
      if (open) {
        *open = JoinWrappedLines(*open, page.front(), vocabulary);
        page.erase(page.begin());
      }
    }
    for (const std::string& block : page) {
      if (block.find('\t') != std::string::npos) rows.insert(block);
    }
  }
}

}  // namespace findings

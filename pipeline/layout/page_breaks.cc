#include "layout/page_breaks.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <utility>

#include "findings/document.h"
#include "layout/pieces.h"

namespace findings {
namespace {

// A cell a run-on may carry on: words (not a figure, nor a number's mark) that end no
// sentence, its footnote references aside.
bool CellRunsOn(std::string_view cell) {
  const bool words = std::any_of(cell.begin(), cell.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
  });
  cell = WithoutTrailingSuperscripts(cell);  // "safe? ¹⁹": a reference may stand apart
  while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
  return words && !cell.empty() &&
         std::string_view(".?!").find(cell.back()) == std::string_view::npos;
}

// A footnote as word processors set it: its number on the baseline, a tab, its text
// ("18⇥In arriving at the rating …"); not a numbered row ("2.4.1.⇥Does …").
bool IsNumberedAtATab(const std::string& block) {
  const std::size_t tab = block.find('\t');
  if (tab == std::string::npos || tab == 0 || tab > 3 || !AllDigits(std::string_view(block).substr(0, tab)) ||
      tab + 1 >= block.size())
    return false;
  const unsigned char first = static_cast<unsigned char>(block[tab + 1]);
  return std::isupper(first) != 0 || first == '\'' || first >= 0x80;
}

// Where in `row` the last cell a run-on may carry on stands: [from, end), if any.
std::optional<std::pair<std::size_t, std::size_t>> OpenCell(const std::string& row) {
  std::size_t end = row.size();
  while (end > 0) {
    const std::size_t start = row.rfind('\t', end - 1);
    const std::size_t from = start == std::string::npos ? 0 : start + 1;
    if (CellRunsOn(std::string_view(row).substr(from, end - from))) return std::pair(from, end);
    if (start == std::string::npos) break;
    end = start;
  }
  return std::nullopt;
}

// A table set at the head of the page over the rest of a paragraph the break cut (a
// float, as LaTeX sets tables at the top of a page; or a table's header set again):
// how many rows the page opens with, where the block after them carries `before` on
// and is not the rest of their last row's last cell (that cell ends a sentence or is
// a figure, or the rows are all rows met before); else 0.
std::size_t TableFloatedOver(const std::vector<std::string>& page, const std::string& before,
                             const TableRowsSeen& seen) {
  std::size_t rows = 0, repeated = 0;
  for (; rows < page.size() && IsTableRow(page[rows]); ++rows) repeated += seen.count(page[rows]);
  if (rows == 0 || rows == page.size() || !ContinuesAcrossBreak(before, page[rows])) return 0;
  const std::string& row = page[rows - 1];
  return repeated == rows || !CellRunsOn(std::string_view(row).substr(row.rfind('\t') + 1)) ? rows
                                                                                            : 0;
}

}  // namespace

bool JoinOpenCell(std::string& row, const std::string& more, const Vocabulary& vocabulary) {
  const auto cell = OpenCell(row);
  if (!cell) return false;
  const auto [from, end] = *cell;
  row.replace(from, end - from, JoinWrappedLines(row.substr(from, end - from), more, vocabulary));
  return true;
}

std::string* LastBlock(std::vector<std::string>& blocks, std::size_t aside) {
  for (auto it = blocks.rbegin() + static_cast<long>(std::min(aside, blocks.size()));
       it != blocks.rend(); ++it) {
    if (!StartsWithSuperscript(*it) && !IsNumberedAtATab(*it)) return &*it;
  }
  return nullptr;
}

void NoteTableRows(const std::vector<std::string>& blocks, TableRowsSeen& rows) {
  for (const std::string& block : blocks) {
    if (block.find('\t') != std::string::npos) rows.insert(block);
  }
}

std::size_t RepeatedHeaderRows(const std::vector<std::string>& blocks, const std::string* before,
                               const TableRowsSeen& rows) {
  if (before == nullptr || !IsTableRow(*before)) return 0;
  std::size_t repeated = 0;
  while (repeated < blocks.size() && blocks[repeated].find('\t') != std::string::npos &&
         rows.count(blocks[repeated]) > 0)
    ++repeated;
  if (repeated == 0 || repeated == blocks.size()) return 0;
  // A header is set again only over more of its table: its next row, or the rest of a
  // cell the break cut, in lower case or, where a cell of the row before is open, not.
  const std::string& next = blocks[repeated];
  return IsTableRow(next) || StartsLower(next) || OpenCell(*before) ? repeated : 0;
}

void JoinAcrossPageBreaks(std::vector<std::vector<std::string>>& pages,
                          const std::vector<bool>& runs_on_by_geometry,
                          const Vocabulary& vocabulary, const std::vector<bool>& runs_on_in_cell,
                          const std::vector<std::size_t>& asides) {
  TableRowsSeen rows;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<std::string>& page = pages[p];
    const std::size_t aside = p > 0 && p - 1 < asides.size() ? asides[p - 1] : 0;
    std::string* last = p > 0 ? LastBlock(pages[p - 1], aside) : nullptr;
    if (const std::size_t repeated = RepeatedHeaderRows(page, last, rows)) {
      page.erase(page.begin(), page.begin() + static_cast<long>(repeated));
      if ((StartsLower(page.front()) || !IsTableRow(page.front())) &&
          JoinOpenCell(*last, page.front(), vocabulary))
        page.erase(page.begin());
    } else if (p < runs_on_in_cell.size() && runs_on_in_cell[p] && last && IsTableRow(*last) && !page.empty() &&
               JoinOpenCell(*last, page.front(), vocabulary)) {
      page.erase(page.begin());
    } else if (last && !page.empty()) {
      // An item opening the page (its bullet drawn, which the geometry does not see)
      // carries nothing on, though its lines stand set in as the list's before it.
      const bool by_geometry = p < runs_on_by_geometry.size() && runs_on_by_geometry[p] &&
                               !IsTableRow(*last) && !IsTableRow(page.front()) &&
                               !StartsWith(page.front(), kBullet);
      if (by_geometry || ContinuesAcrossBreak(*last, page.front())) {
        *last = JoinWrappedLines(*last, page.front(), vocabulary);
        page.erase(page.begin());
      } else if (const std::size_t floated = TableFloatedOver(page, *last, rows)) {
        *last = JoinWrappedLines(*last, page[floated], vocabulary);
        page.erase(page.begin() + static_cast<long>(floated));
      }
    }
    NoteTableRows(page, rows);
  }
}

}  // namespace findings

// Paragraphs broken by a page break: the text running on at the top of the next
// page is joined back to the paragraph it continues.
#ifndef FINDINGS_LAYOUT_PAGE_BREAKS_H_
#define FINDINGS_LAYOUT_PAGE_BREAKS_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "layout/hyphenation.h"

namespace findings {

// The last of `blocks` that is not a footnote (a page's or a column's), if any, nor
// one of the `aside` at their end (a rail of notes read after the text): the block a
// run-on past the break carries on. A footnote is one opening with its superscript
// number, or with its number on the baseline and a tab, as word processors set them
// ("18⇥In arriving …").
std::string* LastBlock(std::vector<std::string>& blocks, std::size_t aside = 0);

// Joins `more`, a run-on past a break, to the cell of table row `row` it carries on:
// the last of words that ends no sentence (a figure or a sentence ends its cell whole).
// False, `row` unchanged, where no cell is open.
bool JoinOpenCell(std::string& row, const std::string& more, const Vocabulary& vocabulary);

// Every table row met so far in reading order, to know a table's header row when a
// word processor sets it again at the head of each page or column the table runs onto.
using TableRowsSeen = std::unordered_set<std::string>;
void NoteTableRows(const std::vector<std::string>& blocks, TableRowsSeen& rows);

// How many of the blocks at the head of a page or column are such a repeated header:
// rows met before, between `before` (the last block ahead of the break, a table row)
// and a block that carries the table on (a row, or a cell's run-on: in lower case, or
// in any case where a cell of `before` ends open, as JoinOpenCell would carry on).
std::size_t RepeatedHeaderRows(const std::vector<std::string>& blocks, const std::string* before,
                               const TableRowsSeen& rows);

// `pages` holds each page's blocks in reading order. A page's first block that
// carries on the last block of the page before (footnotes below it aside), as
// ContinuesAcrossBreak (findings/document.h) says, is moved onto the end of it;
// so is a page's first block where `runs_on[p]` says the page's geometry shows it
// carrying on the last paragraph of the page before (layout/run_on.h).
// A repeated table header at a page's head is dropped (RepeatedHeaderRows); a table
// row broken by the page is joined the same way as a paragraph, its run-on going to
// the cell that ends in a word. So is a page's first block where `runs_on_in_cell[p]`
// says the geometry shows it carrying on a cell of the row at the foot of the page
// before (layout/run_on.h, RunsOnInCell), no header repeated. `asides[p]`: how many
// of page p's last blocks stand aside from its text (a rail of notes beside it, read
// after it), which no run-on carries on.
void JoinAcrossPageBreaks(std::vector<std::vector<std::string>>& pages,
                          const std::vector<bool>& runs_on, const Vocabulary& vocabulary,
                          const std::vector<bool>& runs_on_in_cell = {},
                          const std::vector<std::size_t>& asides = {});

}  // namespace findings

#endif  // FINDINGS_LAYOUT_PAGE_BREAKS_H_

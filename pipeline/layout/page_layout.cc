#include "layout/page_layout.h"

#include <cctype>

#include "layout/blocks.h"
#include "layout/columns.h"
#include "layout/hyphenation.h"
#include "layout/letter_spacing.h"
#include "layout/page_breaks.h"
#include "layout/running_lines.h"
#include "layout/spacing.h"

namespace findings {
namespace {

// A page's blocks, region by region. A paragraph running on from the foot of one
// column into the next starts there in lower case.
std::vector<std::string> PageBlocks(const std::vector<Region>& regions, const Vocabulary& vocabulary,
                                    const LineSpacing& spacing) {
  std::vector<std::string> blocks;
  std::size_t previous_column_blocks = 0;
  for (const Region& region : regions) {
    std::vector<std::string> more = BuildBlocks(region.lines, vocabulary, spacing);
    const bool runs_on = region.kind == Region::kColumn && region.column > 0 &&
                         previous_column_blocks > 0 && !more.empty() &&
                         std::islower(static_cast<unsigned char>(more.front()[0]));
    if (runs_on) blocks.back() = JoinWrappedLines(blocks.back(), more.front(), vocabulary);
    blocks.insert(blocks.end(), more.begin() + (runs_on ? 1 : 0), more.end());
    previous_column_blocks = region.kind == Region::kColumn ? more.size() : 0;
  }
  return blocks;
}

}  // namespace

std::string LayOutPages(std::vector<PdfPage> pages) {
  for (PdfPage& page : pages) page.words = JoinLetterSpacedWords(page.words);
  const Vocabulary vocabulary = BuildVocabulary(pages);
  const std::vector<std::vector<PdfWord>> words = WithoutRunningLines(pages);
  // Lines first, for the whole document: the paragraph spacing is the document's.
  std::vector<std::vector<Region>> regions;
  SpacingHistogram histogram;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    regions.push_back(PageRegions(pages[p], words[p]));
    for (const Region& region : regions.back()) histogram.Add(region.lines);
  }
  const LineSpacing spacing = histogram.Result();
  std::vector<std::vector<std::string>> blocks;
  for (const auto& page_regions : regions) blocks.push_back(PageBlocks(page_regions, vocabulary, spacing));
  JoinAcrossPageBreaks(blocks, vocabulary);
  std::string out;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (p > 0) out += '\f';
    for (const std::string& block : blocks[p]) {
      out += block;
      out += '\n';
    }
  }
  return out;
}

}  // namespace findings

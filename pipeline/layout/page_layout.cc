#include "layout/page_layout.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <unordered_set>
#include <utility>

#include "findings/document.h"
#include "layout/blocks.h"
#include "layout/capitals.h"
#include "layout/clipped_copies.h"
#include "layout/columns.h"
#include "layout/footnote_continuations.h"
#include "layout/footnote_numbers.h"
#include "layout/headings.h"
#include "layout/hyphenation.h"
#include "layout/letter_spacing.h"
#include "layout/line_numbers.h"
#include "layout/notes_in_text.h"
#include "layout/page_breaks.h"
#include "layout/paragraph_numbers.h"
#include "layout/pieces.h"
#include "layout/run_on.h"
#include "layout/running_lines.h"
#include "layout/side_heads.h"
#include "layout/spacing.h"
#include "layout/stacked_figures.h"
#include "layout/turned_text.h"
#include "layout/unaligned_tables.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

// Whether a block can take a run-on: not a footnote, not a table row.
bool TakesRunOn(const std::string& block) {
  return !StartsWithSuperscript(block) && block.find('\t') == std::string::npos;
}

// Whether a column's head carries on the footnote at the foot of the column before,
// not the body: it is in smaller type than the body's, and in the type of that last
// line. A head in another smaller type (a table's cells, the footnotes set smaller
// still) carries on the last block that is no footnote.
bool InFootnoteType(const Region& column, const Region& before, const BodyType& body) {
  if (column.lines.empty() || column.lines.front().pieces.empty() || before.lines.empty() ||
      before.lines.back().pieces.empty())
    return false;
  const PdfPiece& head = column.lines.front().pieces.front();
  return !body.Matches(head) && !TypeChanges(before.lines.back().pieces.back(), head);
}

// Whether the text at the head of `next` carries on the text at the foot of `region`
// by the page's geometry: a sentence run on, or a set-in passage carried over.
bool TextRunsOn(const Region& region, const Region& next, double floor, const BodyType& body) {
  return RunsOnMidSentence(region, next, floor, body) ||
         CarriesSetInPassageOn(region, next, floor, body);
}

// Each page's regions (`words`: each page's, running lines removed), split at its
// DocumentGutters; a page that has none, at those of its stretches in columns
// (StretchColumns), which are the page's alone, or else with its side heads read in
// line (SideHeadRegions).
std::vector<std::vector<Region>> DocumentRegions(const std::vector<PdfPage>& pages,
                                                 std::vector<std::vector<PdfWord>> words) {
  const std::vector<std::vector<double>> gutters = DocumentGutters(pages, words);
  const std::vector<SideHeadSetting> side_heads = DocumentSideHeadSettings(words);
  std::vector<double> document;  // the gutters of the pages in columns, together
  for (const std::vector<double>& page : gutters)
    document.insert(document.end(), page.begin(), page.end());
  std::vector<std::vector<Region>> regions;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (!gutters[p].empty()) {
      regions.push_back(PageRegions(std::move(words[p]), gutters[p], pages[p].drawn_across));
      continue;
    }
    std::vector<ColumnStretch> stretches = StretchColumns(pages[p], words[p]);
    if (stretches.empty()) stretches = DocumentColumnStretches(words[p], document);
    std::vector<Region> heads =
        stretches.empty() ? SideHeadRegions(words[p], side_heads[p]) : std::vector<Region>{};
    regions.push_back(heads.empty() ? StretchRegions(std::move(words[p]), stretches)
                                    : std::move(heads));
  }
  return regions;
}

// A column beside the text, all in type smaller than the body's, ending above
// `text_foot`, the top of the last line of the text read before it: a rail of notes
// beside a chapter's start, read after the text, which runs on down the page past it.
// A column that ends in the body's type (a table in smaller type over the text), or
// runs down past the text's last line (a glossary's table), carries the text on.
bool AsideInSmallerType(const Region& region, const BodyType& body, double text_foot) {
  if (region.lines.empty() || region.lines.back().bottom >= text_foot) return false;
  return std::all_of(region.lines.begin(), region.lines.end(), [&](const PdfLine& line) {
    return std::all_of(line.pieces.begin(), line.pieces.end(), [&](const PdfPiece& piece) {
      return SmallerType(piece.font_size, body.font_size);
    });
  });
}

// A page's blocks, region by region. A paragraph running on from the foot of one
// column into the next starts there in lower case, or with a capital where the
// column's last line stopped mid-sentence (layout/run_on.h). A table's header row
// set again at the head of the next column is dropped, as at a page's head. `aside`:
// how many of the blocks at the page's end are its asides' (AsideInSmallerType), which
// a paragraph running on over the page break does not carry on.
std::vector<std::string> PageBlocks(const std::vector<Region>& regions,
                                    const Vocabulary& vocabulary, const LineSpacing& spacing,
                                    const BodyType& body, const InkProbe& ink, TableRowsSeen& rows,
                                    std::size_t& aside) {
  std::vector<std::string> blocks;
  std::size_t text_end = 0;  // the blocks up to the last region that is no aside
  double text_foot = 0;      // the top of the last line of those regions
  std::size_t previous_column_blocks = 0;
  for (std::size_t r = 0; r < regions.size(); ++r) {
    const Region& region = regions[r];
    std::vector<std::string> more = BuildBlocks(region.lines, vocabulary, spacing, ink);
    const bool next_column = region.kind == Region::kColumn && region.column > 0 &&
                             previous_column_blocks > 0 && !more.empty();
    std::string* last = !next_column                                 ? nullptr
                        : InFootnoteType(region, regions[r - 1], body) ? &blocks.back()
                                                                       : LastBlock(blocks);
    if (last) more.erase(more.begin(), more.begin() + static_cast<long>(RepeatedHeaderRows(more, last, rows)));
    // A head opening an item (its bullet drawn, which its line's text does not show)
    // carries nothing on, as one whose bullet is written does not (TextRunsOn).
    bool runs_on =
        last && !more.empty() &&
        (std::islower(static_cast<unsigned char>(more.front()[0])) ||
         (TakesRunOn(*last) && TakesRunOn(more.front()) && !StartsWith(more.front(), kBullet) &&
          TextRunsOn(regions[r - 1], region, BodyFootBottom(region, body), body)));
    // A table row's run-on carries on one of its cells; a row of its own carries on none.
    if (runs_on && IsTableRow(*last))
      runs_on = !IsTableRow(more.front()) && JoinOpenCell(*last, more.front(), vocabulary);
    else if (runs_on)
      *last = JoinWrappedLines(*last, more.front(), vocabulary);
    NoteTableRows(more, rows);
    blocks.insert(blocks.end(), more.begin() + (runs_on ? 1 : 0), more.end());
    previous_column_blocks = region.kind == Region::kColumn ? more.size() : 0;
    if (!AsideInSmallerType(region, body, text_foot)) {
      text_end = blocks.size();
      if (!region.lines.empty()) text_foot = std::max(text_foot, region.lines.back().top);
    }
  }
  aside = blocks.size() - text_end;
  return blocks;
}

// The page's last region with body text at its foot.
const Region* FootRegion(const std::vector<Region>& regions, const BodyType& body) {
  for (auto it = regions.rbegin(); it != regions.rend(); ++it) {
    if (BodyFootBottom(*it, body) > 0) return &*it;
  }
  return nullptr;
}

// How low the body text of a full page reaches: the median page's.
double FullPageBottom(const std::vector<std::vector<Region>>& regions, const BodyType& body) {
  std::vector<double> bottoms;
  for (const auto& page : regions) {
    double bottom = 0;
    for (const Region& region : page) bottom = std::max(bottom, BodyFootBottom(region, body));
    if (bottom > 0) bottoms.push_back(bottom);
  }
  return Median(bottoms);
}

// For each page, whether its first lines carry on the paragraph at the foot of the page
// before (`paragraph`), or a cell of the table row the page broke there (`cell`).
struct PageTopRunOns {
  std::vector<bool> paragraph, cell;
};

PageTopRunOns RunsOnAtPageTops(const std::vector<std::vector<Region>>& regions, const BodyType& body) {
  const double full_bottom = FullPageBottom(regions, body);
  PageTopRunOns runs_on{std::vector<bool>(regions.size(), false), std::vector<bool>(regions.size(), false)};
  for (std::size_t p = 1; p < regions.size(); ++p) {
    if (regions[p].empty() || regions[p - 1].empty()) continue;
    const Region* foot = FootRegion(regions[p - 1], body);
    runs_on.paragraph[p] = foot && TextRunsOn(*foot, regions[p].front(), full_bottom, body);
    runs_on.cell[p] = RunsOnInCell(regions[p - 1].back(), regions[p].front(), full_bottom, body);
  }
  return runs_on;
}

// A document that draws its bullets draws them all: once the first
// kLooksWithoutBullet looks at its drawing find no bullet, there is none to find (what
// was set in was quotations, boxes, short paragraphs set in), and the rest are not
// made: rendering a page costs more than reading its words.
constexpr int kLooksWithoutBullet = 16;

std::vector<InkProbe> DocumentInk(const std::vector<PdfPage>& pages) {
  struct Looks {
    int without = 0;
    bool bullet = false;
  };
  auto looks = std::make_shared<Looks>();
  std::vector<InkProbe> probes;
  for (const PdfPage& page : pages) {
    if (!page.ink) {
      probes.emplace_back();
      continue;
    }
    probes.push_back([looks, ink = page.ink](const PdfBox& box) -> std::optional<PdfBox> {
      if (!looks->bullet && looks->without >= kLooksWithoutBullet) return std::nullopt;
      std::optional<PdfBox> found = ink(box);
      if (found && IsDrawnBullet(box, *found)) looks->bullet = true;
      else ++looks->without;
      return found;
    });
  }
  return probes;
}

// Each block's kind as far as the page's type shows it: a heading where the block reads
// as one of the page's headings (HeadingTexts), kParagraph for the rest, which the
// normaliser classifies by their form.
std::vector<std::vector<BlockKind>> HeadingKinds(
    const std::vector<std::vector<std::string>>& blocks,
    const std::vector<std::vector<Region>>& regions, const BodyType& body,
    const Vocabulary& vocabulary) {
  std::vector<std::vector<BlockKind>> kinds;
  for (std::size_t p = 0; p < blocks.size(); ++p) {
    std::unordered_set<std::string> headings;
    for (const Region& region : regions[p])
      headings.merge(HeadingTexts(region.lines, body, vocabulary));
    kinds.emplace_back();
    for (const std::string& block : blocks[p])
      kinds.back().push_back(headings.count(block) ? BlockKind::kHeading : BlockKind::kParagraph);
  }
  return kinds;
}

// Joins what the page breaks cut (RunsOnAtPageTops, JoinAcrossPageBreaks), passing
// over the pages that hold turned text only (a float page of a table set sideways, its
// running lines aside): the paragraph at the foot of the page before runs on to the
// page after, as a reader turns past the table.
void JoinPageBreaks(std::vector<std::vector<std::string>>& blocks,
                    std::vector<std::vector<Region>>& regions,
                    const std::vector<std::vector<TurnedFrame>>& turned,
                    const std::vector<std::size_t>& asides, const BodyType& body,
                    const Vocabulary& vocabulary) {
  std::vector<std::size_t> read;  // the pages with upright text, or with no turned text
  for (std::size_t p = 0; p < blocks.size(); ++p)
    if (!regions[p].empty() || turned[p].empty()) read.push_back(p);
  std::vector<std::vector<std::string>> read_blocks;
  std::vector<std::vector<Region>> read_regions;
  std::vector<std::size_t> read_asides;
  for (std::size_t p : read) {
    read_blocks.push_back(std::move(blocks[p]));
    read_regions.push_back(std::move(regions[p]));
    read_asides.push_back(asides[p]);
  }
  const PageTopRunOns runs_on = RunsOnAtPageTops(read_regions, body);
  JoinAcrossPageBreaks(read_blocks, runs_on.paragraph, vocabulary, runs_on.cell, read_asides);
  for (std::size_t i = 0; i < read.size(); ++i) {
    blocks[read[i]] = std::move(read_blocks[i]);
    regions[read[i]] = std::move(read_regions[i]);
  }
}

// The pages and, after them, the frames of their turned text: the words the
// document's vocabulary is drawn from.
std::vector<PdfPage> WithTurnedFrames(const std::vector<PdfPage>& pages,
                                      const std::vector<std::vector<TurnedFrame>>& turned) {
  std::vector<PdfPage> all = pages;
  for (const std::vector<TurnedFrame>& frames : turned)
    for (const TurnedFrame& frame : frames) all.push_back(frame.page);
  return all;
}

// Each page's turned text (TakeTurnedText) read in its own frame as a region of the
// page, before or after its upright text (ReadsBeforeText). Added once the page breaks
// are joined, so that a paragraph running on over a break reads whole past it.
void AddTurnedBlocks(std::vector<std::vector<std::string>>& blocks,
                     const std::vector<std::vector<TurnedFrame>>& turned,
                     const std::vector<std::vector<Region>>& regions, const Vocabulary& vocabulary,
                     const LineSpacing& spacing) {
  for (std::size_t p = 0; p < blocks.size(); ++p) {
    std::size_t head = 0;  // the blocks read before the page's upright text
    for (const TurnedFrame& frame : turned[p]) {
      const std::vector<std::string> more =
          BuildBlocks(BuildLines(frame.page.words), vocabulary, spacing);
      const bool before = ReadsBeforeText(frame, regions[p]);
      blocks[p].insert(before ? blocks[p].begin() + static_cast<long>(head) : blocks[p].end(),
                       more.begin(), more.end());
      if (before) head += more.size();
    }
  }
}

}  // namespace

std::string LayOutPages(std::vector<PdfPage> pages, LayoutNotes* notes,
                        std::vector<BlockKind>* line_kinds) {
  DropClippedCopies(pages);
  std::vector<std::vector<TurnedFrame>> turned;
  bool any_turned = false;
  for (PdfPage& page : pages) {
    turned.push_back(TakeTurnedText(page));
    any_turned = any_turned || !turned.back().empty();
  }
  const double word_space = WordSpaceInEms(pages);
  const std::vector<TypeSpace> type_spaces = TypeWordSpaces(pages, word_space);
  const WordsApart apart = WordsSetApart(pages, word_space);
  for (PdfPage& page : pages) {
    page.words =
        JoinStackedFigures(JoinLetterSpacedWords(page.words, word_space, type_spaces, apart));
  }
  for (std::vector<TurnedFrame>& frames : turned) {
    for (TurnedFrame& frame : frames) {
      frame.page.words = JoinStackedFigures(
          JoinLetterSpacedWords(frame.page.words, word_space, type_spaces, apart));
    }
  }
  const Vocabulary vocabulary =
      BuildVocabulary(any_turned ? WithTurnedFrames(pages, turned) : pages);
  std::vector<std::vector<PdfWord>> words = WithoutLineNumbers(WithoutRunningLines(pages));
  for (std::vector<PdfWord>& page_words : words) page_words = RaiseFootnoteNumbers(std::move(page_words));
  std::vector<std::vector<Region>> regions = DocumentRegions(pages, std::move(words));
  // Lines for the whole document: the paragraph spacing is the document's.
  SpacingHistogram histogram;
  for (const std::vector<Region>& page_regions : regions) {
    for (const Region& region : page_regions) histogram.Add(region.lines);
  }
  const LineSpacing spacing = histogram.Result();
  const BodyType body = WithWordSpace(MeasureBodyType(pages), regions);
  std::vector<std::string> continued_footnotes;
  for (std::vector<Region>& page_regions : regions)
    continued_footnotes.push_back(TakeFootnoteContinuation(page_regions, body, vocabulary));
  std::vector<std::vector<std::string>> blocks;
  const std::vector<InkProbe> ink = DocumentInk(pages);
  TableRowsSeen rows;
  std::vector<std::size_t> asides(pages.size(), 0);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    blocks.push_back(PageBlocks(regions[p], vocabulary, spacing, body, ink[p], rows, asides[p]));
    const bool unaligned =
        notes && std::any_of(regions[p].begin(), regions[p].end(), [&](const Region& region) {
          return HasUnalignedTable(region.lines, spacing);
        });
    if (unaligned) notes->unaligned_table_pages.push_back(static_cast<int>(p) + 1);
  }
  JoinPageBreaks(blocks, regions, turned, asides, body, vocabulary);
  AddTurnedBlocks(blocks, turned, regions, vocabulary, spacing);
  std::vector<int> left_out = JoinFootnoteContinuations(blocks, continued_footnotes, vocabulary);
  if (notes) notes->footnote_continuation_pages = std::move(left_out);
  JoinSentencesAroundNotes(blocks, vocabulary);
  const std::vector<std::vector<BlockKind>> kinds =
      line_kinds ? HeadingKinds(blocks, regions, body, vocabulary)
                 : std::vector<std::vector<BlockKind>>{};
  RestoreCapitalisedLines(blocks);
  DropParagraphNumbers(blocks);
  std::string out;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (p > 0) out += '\f';
    if (p > 0 && line_kinds)
      line_kinds->push_back(BlockKind::kParagraph);  // the empty line the form feed ends
    for (const std::string& block : blocks[p]) {
      out += block;
      out += '\n';
    }
    if (line_kinds) line_kinds->insert(line_kinds->end(), kinds[p].begin(), kinds[p].end());
  }
  return out;
}

}  // namespace findings

#include "layout/blocks.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string_view>
#include <utility>

#include "findings/document.h"
#include "layout/block.h"
#include "layout/key_figures.h"
#include "layout/pieces.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

// A cell whose text stops closer than this to the next column (in text heights) was
// full: its next word did not fit.
constexpr double kFullCellSlackInHeights = 5;
// Where paragraphs are not spaced apart, a block's lines are no further apart than
// this (baseline to baseline, in text heights).
constexpr double kMostLinePitchInHeights = 1.8;
// How far under a table cell's line ending in a broken word, in line pitches, the
// line that carries the word on may be.
constexpr double kBrokenCellReachInPitches = 1.25;
// A paragraph's first-line indent, in text heights: an em or two (an em is about
// 0.85 of a line's height), not a list's deeper hanging indent.
constexpr double kLeastIndentInHeights = 0.8;
constexpr double kMostIndentInHeights = 3;
// The same in ems, for a line whose type size the PDF gives: a font's box may stand
// taller than its size by half as much again (its ascent and descent), and an indent
// is set in ems.
constexpr double kEmInHeights = 0.85;

// The height indents are measured in: the line's type size in ems where the PDF gives
// it, else its box's height.
double IndentHeight(const PdfPiece& piece) {
  return piece.font_size > 0 ? piece.font_size / kEmInHeights : piece.height;
}

// A list's bullet drawn as a shape, measured in the line's slot (MarkSlot): the room
// its text is set in by to hold it, the gap between the two, how far left of the text
// it may stand, and how wide and tall it is at most (a share of the room's height).
constexpr double kLeastMarkRoomInSlots = 0.6;
constexpr double kMarkGapInSlots = 0.1;
constexpr double kMostMarkRoomInSlots = 3;
constexpr double kMostMarkInSlots = 0.6;
// Justified lines end on one x: within this share of a text height.
constexpr double kSameEdgeInHeights = 0.1;
// Two pitches this close (in text heights) are one: the line pitch's own spread, a
// few hundredths.
constexpr double kPitchSpreadInHeights = 0.05;

// Whether the document's spacing is known: its paragraph pitch, or at least its line
// pitch. Without it, every line of cells starts a row and
// a block's lines are at most kMostLinePitchInHeights apart.
bool Measured(const LineSpacing& spacing) { return spacing.spaced() || spacing.line_pitch > 0; }

// Whether a paragraph ends a sentence or leads into a list (":"), its footnote
// references (superscript digits) aside.
bool EndsSentenceOrLeadsIn(std::string_view text) {
  text = WithoutTrailingSuperscripts(text);
  return EndsSentence(text) || (!text.empty() && text.back() == ':');
}

// A bullet alone on its line over the line its item's text starts (set right of it,
// or back under it): a list whose mark did not fit before its text (groff's tag wider
// than its indent) puts it on a line of its own. The two are one item; a bullet over
// a bullet is an item left empty.
bool MarksTheItemUnder(const PdfPiece& previous, const PdfPiece& piece) {
  return previous.text == kBullet && !StartsWith(piece.text, kBullet);
}

// A line ending in a hyphen over one starting in lower case, in the same type: a word
// broken across them, so one paragraph however far apart the lines are set (a
// heading's or a title's font may be drawn in boxes smaller for its size than the
// body's, which makes its line pitch look like the body's paragraph pitch).
bool BreaksWordOnto(const PdfPiece& previous, const PdfPiece& piece) {
  return EndsInHyphen(previous.text) && StartsLower(piece.text) && !TypeChanges(previous, piece);
}

// A line of words ending mid-sentence at the block's right edge, where another line
// of the block, or the one under it, ends too (a justified measure), or full for the
// region's measure (ragged: its next word would have run past the widest line), over
// one starting in lower case where its text starts or back under its item's bullet,
// in the same type, in a document that spaces its paragraphs, set apart by less than
// halfway from the line pitch to the paragraph pitch: the sentence carried on, its
// lower line set down by a glyph from a taller font (a hyphen the body's font lacks)
// or by its type's own wider leading (a bold item's). A list's items, which may end
// open and start in lower case, are a few words, end short of the edge or start
// elsewhere.
bool CarriesSentenceOn(const Block& block, const PdfPiece& previous, const PdfPiece& piece,
                       const LineSpacing& spacing) {
  const double edge = kSameEdgeInHeights * piece.height, same = 0.3 * piece.height;
  const auto at_edge = [&](const PdfPiece* other) {
    return other != &previous && std::abs(other->right - previous.right) <= edge;
  };
  const bool justified = previous.right >= block.right - edge &&
                         (at_edge(&piece) || std::any_of(block.pieces.begin(), block.pieces.end(), at_edge));
  const bool full =
      block.measure > 0 &&
      previous.right + kWordSpaceInHeights * piece.height + FirstWordWidth(piece) > block.measure;
  const bool under =
      Similar(previous.text_left, piece.left, same) || Similar(previous.left, piece.left, same);
  if (!spacing.spaced() || spacing.line_pitch <= 0 || !EndsOpen(previous.text) ||
      !StartsLower(piece.text) || TypeChanges(previous, piece) || !IsLineOfWords(previous) ||
      !(justified || full) || !under)
    return false;
  const double halfway = 2 * spacing.break_pitch - spacing.line_pitch;  // break_pitch is a quarter of the way
  return spacing.BottomOf(piece) - previous.bottom <= halfway * spacing.HeightOf(piece);
}

// A line under a paragraph's first line, set further down than the body's line pitch
// but by the very pitch the line under it keeps: the paragraph's own, wider line pitch
// (boxed text with more leading than the body's), not a paragraph's space, where the
// first line is full and carries its sentence on, in the same type at the same x, and
// the pitch is less than halfway from the line pitch to the paragraph pitch.
bool KeepsItsOwnPitch(const PdfPiece& first, const PdfPiece& piece, const PdfPiece* below,
                      const LineSpacing& spacing) {
  if (!below || !spacing.spaced() || spacing.line_pitch <= 0) return false;
  const double height = spacing.HeightOf(piece), same = 0.3 * height;
  const double pitch = spacing.BottomOf(piece) - spacing.BottomOf(first);
  // A raised reference on the line below may stand within the wider leading without
  // lowering the line: its pitch is the one measured either way.
  const double pitch_below = spacing.BottomOf(*below) - spacing.BottomOf(piece);
  const double unraised_pitch_below = below->bottom - spacing.BottomOf(piece);
  const double spread = kPitchSpreadInHeights * height;
  const double halfway = 2 * spacing.break_pitch - spacing.line_pitch;
  const double measure = std::max({first.right, piece.right, below->right});
  return EndsOpen(first.text) && IsLineOfWords(first) && !TypeChanges(first, piece) &&
         !TypeChanges(piece, *below) && Similar(first.left, piece.left, same) &&
         Similar(below->left, piece.left, same) && !NextWordFits(first, piece, measure) &&
         pitch <= halfway * height &&
         (Similar(pitch, pitch_below, spread) || Similar(pitch, unraised_pitch_below, spread));
}

// A line under a block's last two lines, set below the last by the very pitch the
// two keep, less than halfway from the body's line pitch to its paragraph pitch: the
// block's own wider leading carried on (boxed text whose first lines KeepsItsOwnPitch
// joined), not a paragraph's space, where the last line is full for the next line's
// first word (a list's or the notes' lines, set as far apart, stop short), in the
// same type at the same x.
bool KeepsTheBlocksPitch(const PdfPiece& before, const PdfPiece& last, const PdfPiece& piece,
                         const LineSpacing& spacing) {
  if (!spacing.spaced() || spacing.line_pitch <= 0) return false;
  const double height = spacing.HeightOf(piece);
  const double pitch = spacing.BottomOf(piece) - last.bottom;
  const double halfway = 2 * spacing.break_pitch - spacing.line_pitch;
  const double measure = std::max({before.right, last.right, piece.right});
  return IsLineOfWords(last) && !TypeChanges(last, piece) &&
         Similar(last.left, piece.left, 0.3 * height) && !NextWordFits(last, piece, measure) &&
         pitch <= halfway * height &&
         Similar(pitch, last.bottom - before.bottom, kPitchSpreadInHeights * height);
}

// The height of `piece`'s type, as the spacing measures it: in small capitals under a
// line holding their capitals, the capitals' (its own boxes are the small capitals').
double TypeHeight(const LineSpacing& spacing, const PdfPiece& above, const PdfPiece& piece) {
  const double height = spacing.HeightOf(piece);
  return SmallCapitalsOfOneType(above, piece) ? std::max(height, spacing.HeightOf(above)) : height;
}

// `below`: the next line, where it is one piece.
bool Continues(const Block& block, const PdfPiece& piece, const PdfLine& line, bool line_starts_row,
               const LineSpacing& spacing, const PdfPiece* below = nullptr) {
  // A new row closes every cell of the rows above, wrapped ones too.
  if (block.shares_lines && line_starts_row) return false;
  // A line of cells does not carry on a paragraph (a table right under its text),
  // unless the other pieces stand beside the paragraph (a box of text next to it).
  if (line.pieces.size() > 1 && !block.shares_lines) {
    const bool beside = std::all_of(line.pieces.begin(), line.pieces.end(), [&](const PdfPiece& other) {
      return &other == &piece || other.right <= block.left || other.left >= block.right;
    });
    if (!beside) return false;
  }
  // The type's size, as the body's boxes would show it: a font whose boxes are
  // shorter for its size (an italic's, in some producers' fonts) is the same type.
  const double height = spacing.HeightOf(*block.pieces.front());
  const bool small_capitals = SmallCapitalsOfOneType(*block.pieces.back(), piece);
  if (!Similar(height, spacing.HeightOf(piece), 0.2 * height) && !small_capitals) return false;
  // A numbered question under one starts a block of its own: the next row of their
  // table, though a row leaves its other cells empty ("3.2.3. Does …", no figure).
  if (Similar(piece.left, block.left, 3) && StartsWithOutlineNumber(piece.text) &&
      StartsWithOutlineNumber(block.pieces.front()->text))
    return false;
  // A block's next line sits at the line pitch below its last: further down (the
  // space between paragraphs, or another block's lines between them) starts a block
  // of its own.
  // In a table, only a line near the line pitch under the cell carries its broken
  // word on (the next row's cell may start in lower case): a line set a little
  // further down than the others, as one with a glyph from a taller font is.
  const bool near = piece.bottom - piece.raise - block.bottom <=
                    kBrokenCellReachInPitches * spacing.PitchOf(piece);
  const bool broken_word = (!block.shares_lines || near) && BreaksWordOnto(*block.pieces.back(), piece);
  const bool carried = !block.shares_lines && CarriesSentenceOn(block, *block.pieces.back(), piece, spacing);
  const std::size_t n = block.pieces.size();
  const bool own_pitch =
      !block.shares_lines && line.pieces.size() == 1 &&
      ((n == 1 && KeepsItsOwnPitch(*block.pieces.back(), piece, below, spacing)) ||
       (n >= 2 && KeepsTheBlocksPitch(*block.pieces[n - 2], *block.pieces[n - 1], piece, spacing)));
  if (spacing.SetApart(block.bottom, spacing.BottomOf(piece),
                       TypeHeight(spacing, *block.pieces.back(), piece)) &&
      !broken_word && !carried && !own_pitch)
    return false;
  if (!Measured(spacing) && !broken_word &&
      piece.bottom - piece.raise - block.bottom > kMostLinePitchInHeights * piece.height) {
    return false;
  }
  // Under the block's last line, not beside it: dropped by most of a line's height, or
  // of the line pitch where the type's boxes stand taller than its lines are apart.
  const double pitch = spacing.PitchOf(piece);
  if (piece.top < block.bottom - 0.3 * piece.height &&
      spacing.BottomOf(piece) - block.bottom < 0.7 * pitch)
    return false;
  // Under the block's text, or under the text after its item's number or bullet
  // however far that hangs, or back at the margin under a first line set in, or
  // centred under a centred line whose word it carries on (a title over two lines).
  const bool indented_first = block.pieces.size() == 1 && !block.shares_lines &&
                              piece.left < block.left &&
                              block.left - piece.left < kMostIndentInHeights * IndentHeight(piece);
  const PdfPiece& last = *block.pieces.back();
  const bool centred_word = broken_word && Similar(Middle(piece), Middle(last), 0.5 * piece.height);
  const bool under =
      (piece.left >= block.left - 3 && piece.left <= block.left + 3 * piece.height) ||
      Similar(piece.left, block.text_left, 3) || indented_first || centred_word;
  return under && (piece.left < block.right || MarksTheItemUnder(*block.pieces.back(), piece));
}

// The piece of `above` a piece below it falls under: the last that starts left of
// its middle.
const PdfPiece* CellAbove(const PdfLine& above, const PdfPiece& piece, double* limit) {
  const double middle = Middle(piece);
  const PdfPiece* cell = nullptr;
  *limit = std::max(above.right, piece.right);
  for (std::size_t i = 0; i < above.pieces.size(); ++i) {
    if (above.pieces[i].left > middle) {
      *limit = above.pieces[i].left;
      break;
    }
    cell = &above.pieces[i];
  }
  return cell;
}

// How far right the cells that start where `cell` starts reach in `lines`: the measure
// of a table's last column, which its widest cells show.
double ColumnRight(const std::vector<PdfLine>& lines, const PdfPiece& cell) {
  double right = cell.right;
  for (const PdfLine& line : lines) {
    for (const PdfPiece& piece : line.pieces) {
      if (Similar(piece.left, cell.left, 3)) right = std::max(right, piece.right);
    }
  }
  return right;
}

// A side note's first line: a footnote's number, then its text.
bool OpensSideNote(const PdfPiece& piece) {
  return StartsWithFootnoteNumber(piece.text) && !IsFootnoteNumber(piece.text);
}

// A piece in the margin of a line, first or last, in type a size smaller than each
// of its other pieces': a side note's line, if it opens or carries on one.
bool InSmallerTypeAtTheSide(const PdfLine& line, const PdfPiece& piece) {
  if (line.pieces.size() < 2 || (&piece != &line.pieces.front() && &piece != &line.pieces.back())) return false;
  return std::all_of(line.pieces.begin(), line.pieces.end(),
                     [&](const PdfPiece& other) { return &other == &piece || SmallerTypeThan(piece, other); });
}

// The side note (a block opened by a footnote's number) that `piece`, of line `l`,
// carries on in its type; null if none.
Block* SideNoteCarriedOn(std::vector<Block>& blocks, const PdfPiece& piece, const PdfLine& line, std::size_t l,
                         const LineSpacing& spacing) {
  for (auto it = blocks.rbegin(); it != blocks.rend() && it - blocks.rbegin() < kRecentBlocks; ++it) {
    if (it->last_line != l && OpensSideNote(*it->pieces.front()) && !TypeChanges(*it->pieces.back(), piece) &&
        Continues(*it, piece, line, false, spacing)) {
      return &*it;
    }
  }
  return nullptr;
}

// Adds the pieces of line `l` that open or carry on a side note in its margin to
// `blocks`, marking them in `in_note`; returns the line without them, its text.
PdfLine TakeSideNote(const PdfLine& line, std::size_t l, std::vector<Block>& blocks, const LineSpacing& spacing,
                     std::vector<bool>& in_note) {
  in_note.assign(line.pieces.size(), false);
  PdfLine text = line;
  text.pieces.clear();
  for (std::size_t i = 0; i < line.pieces.size(); ++i) {
    const PdfPiece& piece = line.pieces[i];
    Block* note = nullptr;
    if (InSmallerTypeAtTheSide(line, piece)) {
      note = SideNoteCarriedOn(blocks, piece, line, l, spacing);
      in_note[i] = note != nullptr || OpensSideNote(piece);
    }
    if (in_note[i]) Extend(note ? *note : blocks.emplace_back(), piece, l, false);
    else text.pieces.push_back(piece);
  }
  if (!text.pieces.empty()) {
    text.left = text.pieces.front().left;
    text.right = text.pieces.back().right;
  }
  return text;
}

// A line opening an item: its bullet or number, its text set after it.
bool OpensItem(const PdfPiece& piece) {
  return (StartsWith(piece.text, kBullet) || StartsWithNumberMark(piece.text)) &&
         piece.text_left - piece.left > 0.3 * piece.height;
}

// The block's items that hang: their wrapped line is set in under their text, after
// their bullet or number, not back under the mark.
std::vector<const PdfPiece*> HangingItems(const Block& block) {
  std::vector<const PdfPiece*> items;
  for (std::size_t i = 1; i < block.pieces.size(); ++i) {
    const PdfPiece& item = *block.pieces[i - 1];
    const PdfPiece& wrapped = *block.pieces[i];
    if (OpensItem(item) && !OpensItem(wrapped) &&
        Similar(wrapped.left, item.text_left, 0.3 * wrapped.height))
      items.push_back(&item);
  }
  return items;
}

// A line back under the mark of the item above, where the block's items marked alike
// there hang their wrapped lines: the item has ended (a list's lead-in line after it,
// "The Ministry of Justice should:"), however close it is set.
bool BackUnderItsMark(const std::vector<const PdfPiece*>& hanging, const PdfPiece* opening,
                      const PdfPiece& piece) {
  const double same = 0.3 * piece.height;
  if (!opening || !OpensItem(*opening) || !Similar(piece.left, opening->left, same)) return false;
  const bool bullet = StartsWith(opening->text, kBullet);
  return std::any_of(hanging.begin(), hanging.end(), [&](const PdfPiece* item) {
    return StartsWith(item->text, kBullet) == bullet && Similar(item->left, opening->left, same);
  });
}

// A line back under the mark of a one-line item, where an item of the region marked
// alike there hangs its wrapped lines (BackUnderItsMark): the item has ended, however
// close under it the line is set (the next list's lead-in, "The CRC should:", set
// closer under the last item than the items are apart), where its first word would
// have fitted on the item's line, or it stands off the line pitch under a sentence's
// end. Under a full line at the pitch, or carrying a sentence on (an item in bold, at
// its own pitch), it may be the item's own, where its list does not hang.
bool BackUnderAOneLineItemsMark(const std::vector<Block>& blocks, const Block& item,
                                const PdfPiece& piece, const LineSpacing& spacing) {
  const PdfPiece& opening = *item.pieces.front();
  if (item.pieces.size() != 1 || !OpensItem(opening) ||
      !Similar(piece.left, opening.left, 0.3 * piece.height))
    return false;
  const double height = spacing.HeightOf(piece);
  const bool off_pitch = spacing.line_pitch > 0 && !EndsOpen(opening.text) &&
                         !Similar(spacing.BottomOf(piece) - spacing.BottomOf(opening),
                                  spacing.PitchOf(piece), kPitchSpreadInHeights * height);
  if (!NextWordFits(opening, piece, item.measure) && !off_pitch) return false;
  std::vector<const PdfPiece*> hanging;
  for (const Block& block : blocks) {
    const std::vector<const PdfPiece*> items = HangingItems(block);
    hanging.insert(hanging.end(), items.begin(), items.end());
  }
  return BackUnderItsMark(hanging, &opening, piece);
}

// An item's number ("12.") or bullet alone in its block, set apart from the item's text
// beside it (a cell of its own), `piece` starting where it starts: a mark carries
// nothing on, so the line is not its (the next list's lead-in, back at the margin close
// under the item). Not a section's number ("4.2."), under which a table may set the
// section's text in the number's column.
bool MarkBesideItsText(const Block& block, const PdfPiece& piece) {
  if (!block.shares_lines || block.pieces.size() != 1) return false;
  const std::string_view mark = block.pieces.front()->text;
  const std::string_view digits = mark.substr(0, mark.empty() ? 0 : mark.size() - 1);
  const bool number = !digits.empty() && digits.size() <= 3 && mark.back() == '.' &&
                      std::all_of(digits.begin(), digits.end(), [](char c) {
                        return std::isdigit(static_cast<unsigned char>(c)) != 0;
                      });
  return (mark == kBullet || number) && Similar(piece.left, block.left, 0.3 * piece.height);
}

// The line after line `l`, where it is one piece (no table's cells): the pitch it
// keeps tells the pitch of the lines above it (KeepsItsOwnPitch).
const PdfPiece* LineBelow(const std::vector<PdfLine>& lines, std::size_t l) {
  return l + 1 < lines.size() && lines[l + 1].pieces.size() == 1 ? &lines[l + 1].pieces[0]
                                                                 : nullptr;
}

// A table row starts with a line of cells at the table's left edge, set apart from
// the line above or not carrying on its cells (or starting with a footnote's number).
// A side note in the margin beside the text, in smaller type, is no cell of its line:
// its lines are a block of their own, and the text's line is read without them. A
// description level with a key figure set on a line of its own starts a block there.
std::vector<Block> GroupBlocks(const std::vector<PdfLine>& lines, const LineSpacing& spacing) {
  std::vector<Block> blocks;
  std::vector<PdfLine> texts;  // each line without its side note
  std::vector<bool> in_note;
  double table_left = -1;  // the x where the current table's rows begin
  double first_centre = 0, first_right = 0;  // the table's first row's first cell's
  // A row starts at the table's left edge, or with a figure centred or set right as the
  // first row's first cell is (figures centred in their column: "8,449" under "251,170").
  const auto aligned_figure = [&](const PdfPiece& front) {
    return IsFigureCell(front) &&
           (Similar(Middle(front), first_centre, 3) || Similar(front.right, first_right, 3));
  };
  double measure = 0;
  for (const PdfLine& line : lines) measure = std::max(measure, line.right);
  Tiles tiles;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const PdfLine& line = lines[l];
    if (tiles.Take(lines, l, spacing)) {
      texts.push_back(line);
      tiles.Add(line, l, blocks, measure);
      continue;
    }
    const PdfLine& text = texts.emplace_back(TakeSideNote(line, l, blocks, spacing, in_note));
    const bool multi = text.pieces.size() > 1;
    if (multi && table_left < 0) {
      first_centre = Middle(text.pieces.front());
      first_right = text.pieces.front().right;
    }
    if (multi) table_left = table_left < 0 ? text.left : std::min(table_left, text.left);
    const bool spaced = SpacedFromAbove(lines, l, spacing);
    const bool at_table_edge =
        multi && (text.left < table_left + 3 || aligned_figure(text.pieces.front()));
    // A footnote's number before its text starts a footnote, however short the last was.
    const bool starts_row = at_table_edge && (l == 0 || !Measured(spacing) || spaced ||
                                              IsFootnoteNumber(text.pieces.front().text) ||
                                              !WrapsOnto(texts[l - 1], text, lines));
    if (!multi && table_left >= 0 && text.left < table_left + 3) table_left = -1;
    const PdfLine* figure = FigureBeside(lines, l);
    const bool opens_fact = OpensFact(lines, l, blocks);
    for (std::size_t i = 0; i < line.pieces.size(); ++i) {
      if (in_note[i]) continue;
      const PdfPiece& piece = line.pieces[i];
      Block* target = nullptr;
      for (auto it = blocks.rbegin(); it != blocks.rend() && it - blocks.rbegin() < kRecentBlocks; ++it) {
        if (StartsDescription(figure, *it)) continue;
        // A figure opening a fact carries on no figure above it, nor the panel's heading.
        if (opens_fact && !CarriesFigureOn(*it, piece)) continue;
        if (it->last_line != l && !MarkBesideItsText(*it, piece) &&
            !BackUnderAOneLineItemsMark(blocks, *it, piece, spacing) &&
            Continues(*it, piece, line, starts_row, spacing, LineBelow(lines, l))) {
          target = &*it;
          break;
        }
      }
      if (!target) {
        blocks.emplace_back().measure = measure;
        target = &blocks.back();
      }
      Extend(*target, piece, l, multi);
    }
  }
  return blocks;
}

// Whether the block's text is justified: its lines end on its right edge (within
// kSameEdgeInHeights of `height`), two at least and as many as stop short of it but
// for its last (a paragraph's last line each). A ragged block's lines end where their
// words do, seldom on one x.
bool JustifiedBlock(const Block& block, double height) {
  const double edge = kSameEdgeInHeights * height;
  const auto flush =
      std::count_if(block.pieces.begin(), block.pieces.end(),
                    [&](const PdfPiece* p) { return p->right >= block.right - edge; });
  return flush >= 2 && 2 * static_cast<std::size_t>(flush) + 1 >= block.pieces.size();
}

// Spaces this much wider than the narrowest a block's lines keep are stretched.
constexpr double kStretchedSpaceRatio = 1.25;

// Whether `line`'s word spaces are stretched: wider than the narrowest of the block's
// lines' (a paragraph's last line keeps its type's own) by kStretchedSpaceRatio.
bool StretchedInBlock(const Block& block, const PdfPiece& line) {
  double narrowest = 0;
  for (const PdfPiece* p : block.pieces) {
    if (p->word_space > 0 && (narrowest == 0 || p->word_space < narrowest))
      narrowest = p->word_space;
  }
  return narrowest > 0 && line.word_space > kStretchedSpaceRatio * narrowest;
}

// A line of justified text ending a sentence short of the block's right edge, by
// however little, at its type's own spaces: a paragraph's last line, the one line
// justification leaves at its own width (any other line ending a sentence is
// stretched, to the edge or to a first line's shorter measure, a paragraph's indent
// taken off it).
bool EndsJustifiedParagraph(const Block& block, const PdfPiece& previous) {
  return !block.shares_lines &&
         previous.right < block.right - kSameEdgeInHeights * previous.height &&
         EndsSentence(WithoutTrailingSuperscripts(previous.text)) &&
         JustifiedBlock(block, previous.height) && !StretchedInBlock(block, previous);
}

// Whether the space above `piece` ends the paragraph of `previous`: a gap wider than
// the document's line gap or, in a document whose paragraphs are not spaced apart,
// a gap clearly wider than its line pitch or a previous line that stops well short of
// the block's right edge (or, in justified text, ends a sentence short of it at all:
// EndsJustifiedParagraph), unless it carries its sentence on to `piece`
// (ContinuesAcrossBreak: it ends open, `piece` starts in lower case): a ragged line
// wrapped before a long word in a narrow column stops as short as a paragraph's last.
// (Where the next word would have fitted, BrokenEarly still ends the paragraph.)
bool SpacedApart(const Block& block, const PdfPiece& previous, const PdfPiece& piece,
                 const LineSpacing& spacing) {
  if (spacing.SetApart(previous.bottom, spacing.BottomOf(piece),
                       TypeHeight(spacing, previous, piece)))
    return true;
  if (spacing.spaced()) return false;
  const double short_margin = std::max(4 * block.height, 0.12 * (block.right - block.left));
  return (previous.right < block.right - short_margin || EndsJustifiedParagraph(block, previous)) &&
         !ContinuesAcrossBreak(previous.text, piece.text);
}

// A line broken before a word that would have fitted on it, within the block's
// measure: the break is the writer's (a title's own lines, an address), not the
// typesetter's, who fills each line before starting the next.
bool BrokenEarly(const Block& block, const PdfPiece& previous, const PdfPiece& piece) {
  return !block.shares_lines && !piece.text.empty() && NextWordFits(previous, piece, block.right);
}

// A paragraph's first line set in from the block's left edge (by an em or two, as
// books and many reports mark their paragraphs) under a line that is not: a hanging
// item's wrapped lines are set in under its first line, which starts with the item's
// bullet or number (or a footnote's, raised or not, set against its text or not:
// `previous_opens`, the line above opens its paragraph with a number).
bool IndentedFirstLine(const Block& block, const PdfPiece& previous, bool previous_opens,
                       const PdfPiece& piece) {
  const double indent = piece.left - block.left;
  const bool numbered = previous_opens && !previous.text.empty() &&
                        std::isdigit(static_cast<unsigned char>(previous.text[0]));
  const double height = IndentHeight(piece);
  return indent > kLeastIndentInHeights * height && indent < kMostIndentInHeights * height &&
         Similar(previous.left, block.left, 0.3 * piece.height) &&
         !StartsWith(previous.text, kBullet) && !numbered && !StartsWithSuperscript(previous.text);
}

// A line set in as far as the first line set in above it, where the line after it
// is back at the margin: a paragraph's first line too, the line above a paragraph of
// one line (a headline over its text). Wrapped lines go back to the margin.
bool SetInAfterAFirstLine(const Block& block, const PdfPiece& previous, bool previous_set_in,
                          const PdfPiece& piece, const PdfPiece* next) {
  const double same = 0.3 * piece.height;
  return previous_set_in && next && Similar(piece.left, previous.left, same) &&
         !Similar(piece.left, block.left, same) && Similar(next->left, block.left, same);
}

// A line that leaves a bracket open, over one that closes it before opening another:
// one phrase broken across them ("2 (of" / "21) The number …"), however short the line
// above or however its type differs, as no paragraph ends inside brackets.
bool ClosesBracketOnto(const PdfPiece& previous, const PdfPiece& piece) {
  const auto open = std::count(previous.text.begin(), previous.text.end(), '(') -
                    std::count(previous.text.begin(), previous.text.end(), ')');
  const std::size_t first = piece.text.find_first_of("()");
  return open > 0 && first != std::string::npos && piece.text[first] == ')';
}

// Paragraph breaks inside a block: before a bullet, a footnote or a numbered item,
// where the lines are spaced apart (but for a sentence carried on), where the type
// changes, before a line set in, and after a hanging item. `firsts`, if given, gets each
// paragraph's first piece.
std::vector<std::string> Paragraphs(const Block& block, const Vocabulary& vocabulary,
                                    const LineSpacing& spacing,
                                    std::vector<const PdfPiece*>* firsts = nullptr) {
  std::vector<std::string> paragraphs;
  const PdfPiece* previous = nullptr;
  const PdfPiece* opening = nullptr;  // the paragraph's first line
  const std::vector<const PdfPiece*> hanging = HangingItems(block);
  bool all_italic = false;       // the paragraph so far
  bool previous_set_in = false;  // the line above began its paragraph set in
  bool previous_opens = false;   // the line above began its paragraph
  for (std::size_t i = 0; i < block.pieces.size(); ++i) {
    const PdfPiece* piece = block.pieces[i];
    const PdfPiece* next = i + 1 < block.pieces.size() ? block.pieces[i + 1] : nullptr;
    // A line carrying on a word broken at the end of the line above opens no paragraph,
    // however far it is set in (a centred title's second line).
    const bool bracketed = previous && ClosesBracketOnto(*previous, *piece);
    const bool set_in = previous && !BreaksWordOnto(*previous, *piece) &&
                        (IndentedFirstLine(block, *previous, previous_opens, *piece) ||
                         SetInAfterAFirstLine(block, *previous, previous_set_in, *piece, next));
    const bool marked = previous && MarksTheItemUnder(*previous, *piece);
    bool breaks =
        !previous || StartsWith(piece->text, kBullet) || StartsWithSuperscript(piece->text) ||
        (StartsWithNumberMark(piece->text) && Similar(piece->left, block.left, 3)) ||
        (SpacedApart(block, *previous, *piece, spacing) && !BreaksWordOnto(*previous, *piece) &&
         !CarriesSentenceOn(block, *previous, *piece, spacing) && !bracketed &&
         !(previous == opening && !block.shares_lines &&
           KeepsItsOwnPitch(*previous, *piece, next, spacing)) &&
         !(i >= 2 && !block.shares_lines &&
           KeepsTheBlocksPitch(*block.pieces[i - 2], *previous, *piece, spacing))) ||
        (TypeChanges(*previous, *piece) && !bracketed) ||
        (all_italic && piece->upright && !EndsLabel(*previous)) ||
        (BrokenEarly(block, *previous, *piece) && !bracketed) || set_in ||
        BackUnderItsMark(hanging, opening, *piece);
    breaks = breaks && !marked;
    previous_set_in = set_in;
    previous_opens = breaks;
    if (breaks) {
      paragraphs.push_back(piece->text);
      opening = piece;
      if (firsts) firsts->push_back(piece);
      all_italic = piece->italic;
    } else {
      paragraphs.back() = JoinWrappedLines(paragraphs.back(), piece->text, vocabulary);
      all_italic = all_italic && piece->italic;
    }
    previous = piece;
  }
  return paragraphs;
}

std::string JoinAll(const std::vector<std::string>& parts, const Vocabulary& vocabulary) {
  std::string out;
  for (const std::string& part : parts) {
    out = out.empty() ? part : JoinWrappedLines(out, part, vocabulary);
  }
  return out;
}

// Blocks side by side (their vertical ranges overlap) form one row; not a block whose
// first line stands most of its line pitch under the row's last, whatever its box
// reaches over (a font's boxes taller than its lines are apart: a table's next row).
std::vector<std::vector<const Block*>> GroupRows(const std::vector<Block>& blocks,
                                                 const LineSpacing& spacing) {
  std::vector<const Block*> sorted;
  for (const Block& b : blocks) sorted.push_back(&b);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Block* a, const Block* b) { return a->top < b->top; });
  std::vector<std::vector<const Block*>> rows;
  double row_bottom = 0;
  for (const Block* b : sorted) {
    const PdfPiece& first = *b->pieces.front();
    const bool line_under = spacing.BottomOf(first) - row_bottom >= 0.7 * spacing.PitchOf(first);
    bool beside = !rows.empty() && b->top < row_bottom - 0.3 * b->height &&
                  !(spacing.line_pitch > 0 && line_under) &&
                  std::none_of(rows.back().begin(), rows.back().end(), [&](const Block* o) {
                    return b->left < o->right && o->left < b->right;
                  });
    if (beside) {
      rows.back().push_back(b);
      row_bottom = std::max(row_bottom, b->bottom);
    } else {
      rows.push_back({b});
      row_bottom = b->bottom;
    }
  }
  for (auto& row : rows) {
    std::stable_sort(row.begin(), row.end(),
                     [](const Block* a, const Block* b) { return a->left < b->left; });
  }
  return rows;
}

// The height a line of `piece` takes on the page, which a drawn bullet is measured
// in: the document's line pitch in its type, where the spacing tells it, else its box's
// height. A font's boxes need not match its letters (a Type 3 font's may stand twice
// as tall as its type, or under half as tall), its lines' pitch does.
double MarkSlot(const PdfPiece& piece, const LineSpacing& spacing) {
  return spacing.line_pitch > 0 ? spacing.PitchOf(piece) : piece.height;
}

// Whether the lines [begin, end) of a block (a paragraph) all hang at one x set in
// from the region's margin, by no more than a list's indent, with no bullet, number
// or footnote number of their own: a list's item whose mark may be drawn rather
// than written.
bool HangsSetIn(const PdfPiece* const* begin, const PdfPiece* const* end, double margin,
                const LineSpacing& spacing) {
  const PdfPiece& first = **begin;
  const double indent = first.left - margin;
  const double slot = MarkSlot(first, spacing);
  if (indent < kLeastMarkRoomInSlots * slot || indent > kMostMarkRoomInSlots * slot) return false;
  return std::all_of(begin, end, [&](const PdfPiece* piece) {
    return Similar(piece->left, first.left, 1) && !StartsWith(piece->text, kBullet) &&
           !StartsWithNumberMark(piece->text) && !StartsWithSuperscript(piece->text);
  });
}

// Whether a small mark is drawn before `piece`, between the margin and its text,
// within its line's slot (one MarkSlot high, about the middle of its box, so that it
// reaches neither the line above's nor the line below's): a bullet (IsDrawnBullet).
bool DrawnBulletBefore(const PdfPiece& piece, double margin, const InkProbe& ink,
                       const LineSpacing& spacing) {
  const double slot = MarkSlot(piece, spacing);
  const double middle = (piece.body_top + piece.bottom) / 2;
  // A bullet may stand at the margin itself (a list flush with the text's edge): the
  // room starts a gap left of it, so that such a mark stands clear of its side.
  const PdfBox room{
      std::max(margin - kMarkGapInSlots * slot, piece.left - kMostMarkRoomInSlots * slot),
      middle - slot / 2, piece.left - kMarkGapInSlots * slot, middle + slot / 2};
  if (room.right <= room.left) return false;
  const std::optional<PdfBox> mark = ink(room);
  return mark && IsDrawnBullet(room, *mark);
}

// The items of a paragraph whose first line has a drawn bullet: a later line with
// a bullet of its own starts the next item (items set at the line pitch, each of
// whose last lines was too full for the next item's first word, read as one
// paragraph).
std::vector<std::string> DrawnItems(const PdfPiece* const* begin, const PdfPiece* const* end,
                                    double margin, const InkProbe& ink,
                                    const Vocabulary& vocabulary, const LineSpacing& spacing) {
  std::vector<std::string> items{(*begin)->text};
  for (const PdfPiece* const* piece = begin + 1; piece != end; ++piece) {
    if (DrawnBulletBefore(**piece, margin, ink, spacing)) items.push_back((*piece)->text);
    else items.back() = JoinWrappedLines(items.back(), (*piece)->text, vocabulary);
  }
  return items;
}

// A footnote set as a side note beside the text: it opens with its number, in type
// a size smaller than every other block's of its row.
bool IsSideNote(const Block& block, const std::vector<const Block*>& row) {
  const PdfPiece& first = *block.pieces.front();
  if (!StartsWithFootnoteNumber(first.text)) return false;
  return std::all_of(row.begin(), row.end(), [&](const Block* other) {
    return other == &block || SmallerTypeThan(first, *other->pieces.front());
  });
}

void EmitRow(const std::vector<const Block*>& row, const Vocabulary& vocabulary,
             const LineSpacing& spacing, double margin, const InkProbe& ink,
             std::vector<std::string>& out) {
  // A side note level with the text is no cell of its: the text, then the note.
  if (row.size() > 1) {
    std::vector<const Block*> text, notes;
    for (const Block* block : row) (IsSideNote(*block, row) ? notes : text).push_back(block);
    if (!notes.empty() && !text.empty()) {
      EmitRow(text, vocabulary, spacing, margin, ink, out);
      for (const Block* note : notes) EmitRow({note}, vocabulary, spacing, margin, ink, out);
      return;
    }
  }
  if (row.size() == 1) {
    const Block& block = *row[0];
    std::vector<const PdfPiece*> firsts;
    std::vector<std::string> paragraphs = Paragraphs(block, vocabulary, spacing, &firsts);
    const PdfPiece* const* pieces = block.pieces.data();
    for (std::size_t i = 0, begin = 0; i < paragraphs.size(); ++i) {
      std::size_t end = begin + 1;
      while (end < block.pieces.size() && (i + 1 == paragraphs.size() || pieces[end] != firsts[i + 1])) ++end;
      const bool bullet = ink && !block.shares_lines &&
                          HangsSetIn(pieces + begin, pieces + end, margin, spacing) &&
                          DrawnBulletBefore(*firsts[i], margin, ink, spacing);
      if (bullet) {
        for (std::string& item :
             DrawnItems(pieces + begin, pieces + end, margin, ink, vocabulary, spacing))
          out.push_back(std::string(kBullet) + " " + item);
      } else if (const std::size_t head = firsts[i]->run_in;
                 head > 0 && paragraphs[i].compare(0, head, firsts[i]->text, 0, head) == 0 &&
                 EndsSentenceOrLeadsIn(paragraphs[i])) {
        // A run-in head over sentences (or one leading into a list) is their heading,
        // not a glossary's term nor a list's entry in two styles.
        out.push_back(paragraphs[i].substr(0, head));
        out.push_back(paragraphs[i].substr(head + 1));
      } else {
        out.push_back(std::move(paragraphs[i]));
      }
      begin = end;
    }
    return;
  }
  // The key-facts panel: a large figure beside its description → "• figure
  // description", one item per pair when the panel sets several facts side by side.
  if (const std::vector<PdfPiece> figures = KeyFigures(row); !figures.empty()) {
    for (std::size_t i = 0; i < figures.size(); ++i) {
      out.push_back(std::string(kBullet) + " " + figures[i].text + " " +
                    JoinAll(Paragraphs(*row[2 * i + 1], vocabulary, spacing), vocabulary));
    }
    return;
  }
  // Blocks beside each other that never share a line are columns of text (two
  // columns of footnotes), read one after the other; otherwise they are cells.
  if (std::none_of(row.begin(), row.end(), [](const Block* b) { return b->shares_lines; })) {
    for (const Block* block : row) {
      for (std::string& p : Paragraphs(*block, vocabulary, spacing)) out.push_back(std::move(p));
    }
    return;
  }
  std::string cells;
  for (const Block* block : row) {
    if (!cells.empty()) cells += '\t';
    cells += JoinAll(Paragraphs(*block, vocabulary, spacing), vocabulary);
  }
  out.push_back(cells);
}

// The size of type most of a region's text is set in: the median of its pieces'.
double TextType(const std::vector<PdfLine>& lines) {
  std::vector<double> sizes;
  for (const PdfLine& line : lines)
    for (const PdfPiece& piece : line.pieces)
      if (piece.font_size > 0) sizes.push_back(piece.font_size);
  return Median(sizes);
}

// The type most of the region's characters are set in (to a tenth of a point): its
// text's, however many short cells a table in other type holds.
double MostCharactersType(const std::vector<PdfLine>& lines) {
  std::map<long, std::size_t> characters;  // by size in tenths of a point
  for (const PdfLine& line : lines)
    for (const PdfPiece& piece : line.pieces)
      characters[std::lround(10 * piece.font_size)] += piece.text.size();
  const auto most =
      std::max_element(characters.begin(), characters.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  return most == characters.end() ? 0 : static_cast<double>(most->first) / 10;
}

// The region's margin, which a list's items are set in from: where its leftmost line
// in the text's own type (MostCharactersType) starts. A heading in display type
// (larger than the text by more than kSameTypeRatio) hanging out into a wide margin,
// or a side note or a wide table's cells in smaller type set out there, stand outside
// the text's margin. Where no line is in the text's type, where the leftmost line
// starts.
double TextMargin(const std::vector<PdfLine>& lines) {
  const double type = MostCharactersType(lines);
  double margin = std::numeric_limits<double>::max(), any = margin;
  for (const PdfLine& line : lines) {
    any = std::min(any, line.left);
    if (line.pieces.empty()) continue;
    const double size = line.pieces.front().font_size;
    if (!SmallerType(size, type) && size <= kSameTypeRatio * type)
      margin = std::min(margin, line.left);
  }
  if (lines.empty()) return 0;
  return margin < std::numeric_limits<double>::max() ? margin : any;
}

// Whether a piece of `lines` other than the row's own starts at x: a column of the
// table the row is in.
bool CellStartsAt(const std::vector<PdfLine>& lines, const std::vector<const Block*>& row,
                  double x) {
  const auto in_row = [&](const PdfPiece& piece) {
    return std::any_of(row.begin(), row.end(), [&](const Block* b) {
      return std::find(b->pieces.begin(), b->pieces.end(), &piece) != b->pieces.end();
    });
  };
  return std::any_of(lines.begin(), lines.end(), [&](const PdfLine& line) {
    return std::any_of(line.pieces.begin(), line.pieces.end(), [&](const PdfPiece& piece) {
      return Similar(piece.left, x, 3) && !in_row(piece);
    });
  });
}

// Headings side by side, not a table's row (the headings of a page's two columns,
// whose text under them runs across, as a table): blocks all in display type, larger
// than the region's text `type` by more than kSameTypeRatio, one of them running on
// over lines under the row's first, and none after the first starting where a cell
// of another line starts. A table's row set large stays a row: a label and its value
// on one line ("Overall rating   Good"), or cells standing over the table's columns;
// so does a key figure beside its description (KeyFigures), a key fact.
bool HeadingsSideBySide(const std::vector<const Block*>& row, const std::vector<PdfLine>& lines,
                        double type) {
  if (row.size() < 2 || type <= 0) return false;
  const bool display = std::all_of(row.begin(), row.end(), [&](const Block* b) {
    return std::all_of(b->pieces.begin(), b->pieces.end(), [&](const PdfPiece* piece) {
      return piece->font_size > kSameTypeRatio * type;
    });
  });
  const bool runs_on =
      std::any_of(row.begin(), row.end(), [](const Block* b) { return b->pieces.size() > 1; });
  // The cheap tests first: every table row comes here, and EmitRow finds its key
  // figures again; the scan for cells over the region's lines is the dearest.
  if (!display || !runs_on || !KeyFigures(row).empty()) return false;
  return std::none_of(row.begin() + 1, row.end(),
                      [&](const Block* b) { return CellStartsAt(lines, row, b->left); });
}

}  // namespace

bool SpacedFromAbove(const std::vector<PdfLine>& lines, std::size_t l, const LineSpacing& spacing) {
  return l > 0 && spacing.SetApart(lines[l - 1].bottom, lines[l].bottom - lines[l].raise, lines[l].height);
}

bool WrapsOnto(const PdfLine& above, const PdfLine& line, const std::vector<PdfLine>& lines) {
  if (above.pieces.size() < 2) return false;
  return std::all_of(line.pieces.begin(), line.pieces.end(), [&](const PdfPiece& piece) {
    double limit = 0;
    const PdfPiece* cell = CellAbove(above, piece, &limit);
    if (cell == nullptr) return false;
    // A figure does not wrap onto a figure: each is its row's (a page number, a score).
    if (IsFigure(cell->text) && IsFigure(piece.text)) return false;
    // The last cell was full where the word that starts the line below would not
    // have fitted before its column's edge.
    if (cell == &above.pieces.back()) return !NextWordFits(*cell, piece, ColumnRight(lines, *cell));
    return limit - cell->right <= kFullCellSlackInHeights * piece.height;
  });
}

bool IsDrawnBullet(const PdfBox& room, const PdfBox& ink) {
  const double slot = room.bottom - room.top;
  const bool inside = ink.left > room.left && ink.top > room.top && ink.right < room.right &&
                      ink.bottom < room.bottom;
  return inside && ink.right - ink.left <= kMostMarkInSlots * slot &&
         ink.bottom - ink.top <= kMostMarkInSlots * slot;
}

std::vector<std::string> BuildBlocks(const std::vector<PdfLine>& lines,
                                     const Vocabulary& vocabulary, const LineSpacing& spacing,
                                     const InkProbe& ink) {
  std::vector<Block> blocks = GroupBlocks(lines, spacing);
  const double type = TextType(lines);
  const double margin = TextMargin(lines);
  std::vector<std::string> out;
  for (const auto& row : GroupRows(blocks, spacing)) {
    if (!HeadingsSideBySide(row, lines, type)) EmitRow(row, vocabulary, spacing, margin, ink, out);
    else
      for (const Block* heading : row) EmitRow({heading}, vocabulary, spacing, margin, ink, out);
  }
  return out;
}

}  // namespace findings

#include "layout/footnote_continuations.h"

#include <algorithm>
#include <limits>

#include "layout/pieces.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

// A piece in the type of `foot`, the region's last line, starting where it does.
bool LikeFoot(const PdfPiece& piece, const PdfPiece& foot) {
  return !TypeChanges(piece, foot) && Similar(piece.left, foot.left, 0.5 * piece.height);
}

// Whether the pieces of `line` are its words spread apart by justification, which
// widens every space of a line alike: no gap between pieces more than twice as wide as
// the narrowest space of the line, between pieces or inside one. A table's row keeps
// its cells' words a word space apart and the cells far apart.
bool SpreadByJustification(const PdfLine& line) {
  double widest = 0, narrowest = std::numeric_limits<double>::max();
  for (std::size_t i = 0; i < line.pieces.size(); ++i) {
    const PdfPiece& piece = line.pieces[i];
    if (piece.word_space > 0) narrowest = std::min(narrowest, piece.word_space);
    if (i == 0) continue;
    const double gap = piece.left - line.pieces[i - 1].right;
    widest = std::max(widest, gap);
    narrowest = std::min(narrowest, gap);
  }
  return widest <= 2 * narrowest;
}

// A line of the footnotes set at a region's foot: one piece like `foot`, smaller than
// the body's type, no bullet or item number; or several such pieces, the first like
// `foot`, a footnote's line that justification spread into cells ("6   'Transforming
// Rehabilitation',"), not a table's row in the footnotes' type standing over them.
bool InFootnotes(const PdfLine& line, const PdfPiece& foot, const BodyType& body) {
  if (line.pieces.empty() || !LikeFoot(line.pieces[0], foot) || !SpreadByJustification(line))
    return false;
  return std::all_of(line.pieces.begin(), line.pieces.end(), [&](const PdfPiece& piece) {
    const bool smaller = piece.font_size > 0 && body.font_size > 0 ? piece.font_size < body.font_size
                                                                    : piece.height < body.height;
    return smaller && !body.Matches(piece) && !TypeChanges(piece, foot) && !StartsWith(piece.text, kBullet) &&
           !StartsWithNumberMark(piece.text);
  });
}

// A footnote's first line: its number, raised or on the baseline, then its text (in
// the same piece or the next).
bool StartsFootnote(const PdfLine& line) {
  const std::string& text = line.pieces[0].text;
  return StartsWithFootnoteNumber(line.pieces.size() > 1 ? text + ' ' + line.pieces[1].text : text);
}

// The page's last footnote (its number raised), if it has one.
std::string* LastFootnote(std::vector<std::string>& page) {
  const auto last = std::find_if(page.rbegin(), page.rend(), [](const std::string& block) {
    return StartsWithSuperscript(block);
  });
  return last == page.rend() ? nullptr : &*last;
}

}  // namespace

std::string TakeFootnoteContinuation(std::vector<Region>& regions, const BodyType& body,
                                     const Vocabulary& vocabulary) {
  for (std::size_t r = 0; r < regions.size(); ++r) {
    std::vector<PdfLine>& lines = regions[r].lines;
    if (lines.empty() || lines.back().pieces.size() != 1) continue;
    // A region with text under it (a stretch of the page that a side head in the
    // margin ends, a table with a note of its own in footnote type) stops short of the
    // page's foot, where a footnote carried on stands.
    const double bottom = lines.back().bottom;
    if (std::any_of(regions.begin() + static_cast<long>(r) + 1, regions.end(),
                    [&](const Region& under) {
                      return !under.lines.empty() && under.lines.front().top > bottom;
                    }))
      continue;
    const PdfPiece& foot = lines.back().pieces[0];
    auto head = lines.end();
    while (head != lines.begin() && InFootnotes(*(head - 1), foot, body)) --head;
    const auto numbered = std::find_if(head, lines.end(), StartsFootnote);
    if (head == lines.end() || numbered == lines.end()) continue;
    if (head == lines.begin() || numbered == head) return "";
    // The footnotes start where the type changes, not beside other text in theirs.
    const std::vector<PdfPiece>& above = (head - 1)->pieces;
    if (std::any_of(above.begin(), above.end(), [&](const PdfPiece& piece) { return LikeFoot(piece, foot); }))
      return "";
    std::string text;
    for (auto line = head; line != numbered; ++line) {
      for (const PdfPiece& piece : line->pieces) {
        text = text.empty() ? piece.text
                            : &piece == &line->pieces[0] ? JoinWrappedLines(text, piece.text, vocabulary)
                                                         : text + ' ' + piece.text;
      }
    }
    lines.erase(head, numbered);
    return text;
  }
  return "";
}

std::vector<int> JoinFootnoteContinuations(std::vector<std::vector<std::string>>& pages,
                                           const std::vector<std::string>& continuations,
                                           const Vocabulary& vocabulary) {
  std::vector<int> left_out;
  for (std::size_t p = 0; p < pages.size() && p < continuations.size(); ++p) {
    if (continuations[p].empty()) continue;
    std::string* note = p > 0 ? LastFootnote(pages[p - 1]) : nullptr;
    if (note) *note = JoinWrappedLines(*note, continuations[p], vocabulary);
    else left_out.push_back(static_cast<int>(p) + 1);
  }
  return left_out;
}

}  // namespace findings

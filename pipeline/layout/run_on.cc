#include "layout/run_on.h"

#include <algorithm>
#include <string>

#include "findings/document.h"
#include "layout/pieces.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

// How far above the floor a full column's last line may stop, in text heights: a
// typesetter keeping two lines of a paragraph together leaves a line's space free.
constexpr double kFootSlackInHeights = 2.5;

// A passage set in from the body's left edge by this much: a box's padding or a
// quotation's indent, not a column's own ragged start. The least in ems of the type
// where the PDF gives its size (else in text heights): a padding is set in the type's
// measure, and a font's boxes may stand a third taller than its size (LibreOffice's
// 0.2 cm padding round 9.5 pt Vollkorn is 0.6 em, under half its 12.35 pt box).
constexpr double kLeastInsetInEms = 0.5, kMostInsetInHeights = 4;

// Spaces this much wider than the body's own are stretched. Justification widens a
// nearly full line's spaces by a twentieth or a little more, where a paragraph's last
// line shows the body's own to within a hundredth (WeasyPrint's and LibreOffice's, on
// the committed layouts) or two (a word in other type).
constexpr double kStretchedRatio = 1.05;
// Justified lines end on one x to within this share of a text height (punctuation and
// hyphens set out a little), where a ragged text's ends are spread by its words.
constexpr double kSameEdgeInHeights = 0.2;
// Lines whose spaces differ by less than this share show one space: rounding, or a
// word in other type.
constexpr double kOneSpaceShare = 0.02;

// A line that opens a list item or a footnote (its bullet, number or raised number):
// no paragraph's run-on.
bool OpensItemOrFootnote(const PdfPiece& piece) {
  return StartsWith(piece.text, kBullet) || StartsWithSuperscript(piece.text) ||
         StartsWithNumberMark(piece.text);
}

// The region's last line in body type: one piece of body text (not a table row).
const PdfPiece* FootPiece(const Region& region, const BodyType& body) {
  for (auto line = region.lines.rbegin(); line != region.lines.rend(); ++line) {
    if (IsFootnoteLine(*line)) continue;
    const bool body_line = std::any_of(line->pieces.begin(), line->pieces.end(),
                                       [&](const PdfPiece& p) { return body.Matches(p); });
    if (!body_line) continue;
    return line->pieces.size() == 1 ? &line->pieces[0] : nullptr;
  }
  return nullptr;
}

// The right edge of the region's body text, where its full lines end, measured on
// lines other than `foot`; `right` is 0 when fewer than two such lines tell it. The
// text is justified when most of its lines of one piece (not a table's rows, whose
// cells end anywhere) end at its right edge, or else on one x: then that x is the
// measure, whatever a line running out of the column (a table too wide for it)
// reaches. Ragged, the measure is where its longest line ends.
struct Measure {
  double right = 0;
  bool justified = false;
};

Measure BodyMeasure(const Region& region, const PdfPiece& foot, const BodyType& body) {
  std::vector<const PdfPiece*> pieces, whole_lines;
  for (const PdfLine& line : region.lines) {
    for (const PdfPiece& piece : line.pieces) {
      if (&piece == &foot || !body.Matches(piece)) continue;
      pieces.push_back(&piece);
      if (line.pieces.size() == 1) whole_lines.push_back(&piece);
    }
  }
  if (pieces.size() < 2) return Measure{};
  const auto most_end = [&](auto on_edge) {
    const auto count = std::count_if(whole_lines.begin(), whole_lines.end(), on_edge);
    return 2 * static_cast<std::size_t>(count) > whole_lines.size();
  };
  Measure measure;
  for (const PdfPiece* piece : pieces) measure.right = std::max(measure.right, piece->right);
  measure.justified = most_end(
      [&](const PdfPiece* piece) { return piece->right >= measure.right - 0.5 * piece->height; });
  if (measure.justified) return measure;
  // Most lines ending on one x, closer than a ragged text's ends fall together.
  for (const PdfPiece* edge : whole_lines) {
    const auto on_edge = [&](const PdfPiece* piece) {
      return Similar(piece->right, edge->right, kSameEdgeInHeights * piece->height);
    };
    if (!most_end(on_edge)) continue;
    double right = 0;
    for (const PdfPiece* piece : whole_lines)
      if (on_edge(piece)) right = std::max(right, piece->right);
    return Measure{right, true};
  }
  return measure;
}

double BodyLeft(const Region& region, const BodyType& body) {
  double left = 0;
  bool any = false;
  for (const PdfLine& line : region.lines) {
    for (const PdfPiece& piece : line.pieces) {
      if (!body.Matches(piece)) continue;
      left = any ? std::min(left, piece.left) : piece.left;
      any = true;
    }
  }
  return left;
}

// A line of enough words, in type of a known size, for its spaces to be measured.
bool SpacesMeasurable(const PdfPiece& piece) {
  return piece.font_size > 0 && IsLineOfWords(piece);
}

// The space most lines share: the paragraphs' last lines', which justification leaves
// alone, where it stretches (and TeX's also shrinks) each other line by its own amount.
// The median of the lines within kOneSpaceShare of each other that are most.
double CommonestSpace(std::vector<double> spaces) {
  std::sort(spaces.begin(), spaces.end());
  std::size_t best = 0, best_count = 0;
  for (std::size_t i = 0, end = 0; i < spaces.size(); ++i) {
    end = std::max(end, i);
    while (end < spaces.size() && spaces[end] <= spaces[i] * (1 + kOneSpaceShare)) ++end;
    if (end - i > best_count) {
      best = i;
      best_count = end - i;
    }
  }
  return spaces[best + best_count / 2];
}

// A line whose spaces are clearly wider than the body's own: stretched by
// justification.
bool Stretched(const PdfPiece& piece, const BodyType& body) {
  return body.word_space > 0 && SpacesMeasurable(piece) &&
         piece.word_space > kStretchedRatio * body.word_space * piece.font_size;
}

// The region's first line, if it is one piece of plain body text at the margin.
const PdfPiece* HeadPiece(const Region& region, const BodyType& body) {
  if (region.lines.empty() || region.lines.front().pieces.size() != 1) return nullptr;
  const PdfPiece& head = region.lines.front().pieces[0];
  const bool item = OpensItemOrFootnote(head);
  const bool indented = head.left > BodyLeft(region, body) + 0.5 * head.height;
  return body.Matches(head) && !item && !indented ? &head : nullptr;
}

}  // namespace

bool BodyType::Matches(const PdfPiece& piece) const {
  if (font_size > 0 && piece.font_size > 0) return Similar(piece.font_size, font_size, 0.1 * font_size);
  return height > 0 && Similar(piece.height, height, 0.1 * height);
}

BodyType MeasureBodyType(const std::vector<PdfPage>& pages) {
  std::vector<double> sizes, heights;
  for (const PdfPage& page : pages) {
    for (const PdfWord& w : page.words) {
      sizes.push_back(w.font_size);
      heights.push_back(w.height());
    }
  }
  return BodyType{Median(sizes), Median(heights)};
}

BodyType WithWordSpace(BodyType body, const std::vector<std::vector<Region>>& regions) {
  std::vector<double> spaces;
  for (const auto& page : regions) {
    for (const Region& region : page) {
      for (const PdfLine& line : region.lines) {
        for (const PdfPiece& piece : line.pieces) {
          if (body.Matches(piece) && SpacesMeasurable(piece)) spaces.push_back(piece.word_space / piece.font_size);
        }
      }
    }
  }
  if (spaces.empty()) return body;
  body.word_space = CommonestSpace(spaces);
  return body;
}

double BodyFootBottom(const Region& region, const BodyType& body) {
  const PdfPiece* foot = FootPiece(region, body);
  return foot ? foot->bottom : 0;
}

bool RunsOnMidSentence(const Region& region, const Region& next, double floor,
                         const BodyType& body) {
  const PdfPiece* foot = FootPiece(region, body);
  const PdfPiece* head = HeadPiece(next, body);
  if (!foot || !head || foot->bold || foot->italic != head->italic || TypeChanges(*foot, *head)) return false;
  const bool full_column = foot->bottom >= floor - kFootSlackInHeights * foot->height;
  // Set justified, every line but a paragraph's last ends at the measure; set ragged,
  // a line ends early only where the next word would not have fitted.
  const Measure measure = BodyMeasure(region, *foot, body);
  const bool fills = measure.justified ? foot->right >= measure.right - 0.5 * foot->height
                                       : !NextWordFits(*foot, *head, measure.right);
  const bool full_line =
      measure.right > 0 && Similar(foot->left, BodyLeft(region, body), 0.5 * foot->height) && fills;
  const bool open = EndsOpen(foot->text) || (measure.justified && Stretched(*foot, body));
  return open && full_column && full_line;
}

// The region's last two lines of one piece in body type, or its first two: the
// lines a passage set in shows at a break. Empty where the region has fewer.
std::vector<const PdfPiece*> EdgeLines(const Region& region, const BodyType& body, bool foot) {
  std::vector<const PdfPiece*> lines;
  const auto take = [&](const PdfLine& line) {
    if (IsFootnoteLine(line)) return true;
    if (line.pieces.size() != 1 || !body.Matches(line.pieces[0])) return false;
    lines.push_back(&line.pieces[0]);
    return lines.size() < 2;
  };
  if (foot) {
    for (auto line = region.lines.rbegin(); line != region.lines.rend() && take(*line); ++line) {
    }
  } else {
    for (auto line = region.lines.begin(); line != region.lines.end() && take(*line); ++line) {
    }
  }
  if (lines.size() < 2) lines.clear();
  return lines;
}

// Whether `last`, under `above`, is a justified paragraph's last line: justification
// stretches every line of a paragraph but its last, which keeps the body's own spaces.
bool EndsJustifiedParagraph(const PdfPiece& last, const PdfPiece& above, const BodyType& body) {
  return Stretched(above, body) && SpacesMeasurable(last) && !Stretched(last, body);
}

bool CarriesSetInPassageOn(const Region& region, const Region& next, double floor,
                           const BodyType& body) {
  const std::vector<const PdfPiece*> foot = EdgeLines(region, body, true),
                                     head = EdgeLines(next, body, false);
  if (foot.empty() || head.empty()) return false;
  const PdfPiece &last = *foot[0], &first = *head[0];
  const double height = last.height, same = 0.3 * height;
  const double inset = last.left - BodyLeft(region, body);
  const double em = last.font_size > 0 ? last.font_size : height;
  const bool item = OpensItemOrFootnote(first);
  if (inset < kLeastInsetInEms * em || inset > kMostInsetInHeights * height || item ||
      !Similar(foot[1]->left, last.left, same) || !Similar(head[1]->left, first.left, same) ||
      !Similar(first.left - BodyLeft(next, body), inset, same) || last.italic != first.italic ||
      TypeChanges(last, first) || last.bottom < floor - kFootSlackInHeights * height ||
      EndsJustifiedParagraph(last, *foot[1], body))
    return false;
  // The passage's measure: its widest line either side of the break.
  double width = 0;
  for (const PdfPiece* piece : {foot[0], foot[1], head[0], head[1]})
    width = std::max(width, piece->right - piece->left);
  return !NextWordFits(last, first, last.left + width);
}

// Whether a cell of the column `cell` stands in wraps onto its next line short of
// `right`: the wrapped line's first word would have fitted before it, so the column is
// narrower (a row's cell, in a row of its region, then the cell's next line under it,
// alone on its line: not the next row).
bool WrapsShortOf(const Region& region, const PdfPiece& cell, double right) {
  const double same = 0.5 * cell.height;
  for (std::size_t l = 0; l + 1 < region.lines.size(); ++l) {
    const PdfLine& line = region.lines[l];
    const PdfLine& next = region.lines[l + 1];
    if (line.pieces.size() < 2 || next.pieces.size() != 1) continue;
    const PdfPiece& under = next.pieces.front();
    if (!Similar(under.left, cell.left, same)) continue;
    for (const PdfPiece& piece : line.pieces)
      if (Similar(piece.left, cell.left, same) && NextWordFits(piece, under, right)) return true;
  }
  return false;
}

bool RunsOnInCell(const Region& region, const Region& next, double floor, const BodyType& body) {
  auto row = std::find_if_not(region.lines.rbegin(), region.lines.rend(), IsFootnoteLine);
  if (row == region.lines.rend() || row->pieces.size() < 2 || next.lines.empty() ||
      next.lines.front().pieces.size() != 1) {
    return false;
  }
  const PdfPiece& head = next.lines.front().pieces[0];
  const bool item = OpensItemOrFootnote(head);
  const bool full_page = row->bottom >= floor - kFootSlackInHeights * row->height;
  if (item || !full_page || !body.Matches(head)) return false;
  for (std::size_t k = 0; k < row->pieces.size(); ++k) {
    const PdfPiece& cell = row->pieces[k];
    if (!Similar(cell.left, head.left, 0.5 * head.height)) continue;
    const bool inside = k + 1 == row->pieces.size() || head.right < row->pieces[k + 1].left;
    return inside && EndsOpen(cell.text) && !cell.bold && !TypeChanges(cell, head) &&
           !WrapsShortOf(region, cell, head.right);
  }
  return false;
}

}  // namespace findings

#include "ingest/pdf_lines.h"

#include <algorithm>
#include <cctype>

namespace findings {
namespace {

double Centre(const PdfWord& w) { return (w.top + w.bottom) / 2; }

bool AllDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

std::string Superscript(const std::string& digits) {
  static const char* kDigits[] = {"\xE2\x81\xB0", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3",
                                  "\xE2\x81\xB4", "\xE2\x81\xB5", "\xE2\x81\xB6",
                                  "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};
  std::string out;
  for (char c : digits) out += kDigits[c - '0'];
  return out;
}

double BodyHeight(const std::vector<const PdfWord*>& words) {
  double height = 0;
  for (const PdfWord* w : words) height = std::max(height, w->height());
  return height;
}

// A footnote reference: digits clearly smaller than the line and raised above its baseline.
bool IsRaisedDigits(const PdfWord& w, double body_height, double body_bottom) {
  return AllDigits(w.text) && w.height() < 0.8 * body_height &&
         w.bottom < body_bottom - 0.15 * body_height;
}

// "12." or "2.1.3" alone: a numbered item's or section's mark. Set at a tab stop
// before its text, it is written "12.\t" as in the text renditions.
bool IsListNumber(const std::string& s) {
  if (s.size() < 2 || s.size() > 8 || s.find('.') == std::string::npos) return false;
  const auto mark_char = [](char c) { return c == '.' || std::isdigit(static_cast<unsigned char>(c)); };
  return std::isdigit(static_cast<unsigned char>(s[0])) != 0 && std::all_of(s.begin(), s.end(), mark_char);
}

// The gap after a list number that is a tab, not a word space (those are about a
// quarter of the text height; the reports' tab stops about one height).
constexpr double kTabStopInHeights = 0.8;

// The bullet glyphs of PDFs (▪ ● ◦ ‣ and the Symbol font's U+F0B7) are all "•",
// the one bullet of the normalised text.
const std::string& AsBullet(const std::string& word) {
  static const std::string kBullet = "\xE2\x80\xA2";
  static const char* kGlyphs[] = {"\xE2\x96\xAA", "\xE2\x97\x8F", "\xE2\x97\xA6",
                                  "\xE2\x80\xA3", "\xEF\x82\xB7"};
  for (const char* glyph : kGlyphs) {
    if (word == glyph) return kBullet;
  }
  return word;
}

PdfLine MakeLine(std::vector<const PdfWord*> words) {
  std::stable_sort(words.begin(), words.end(),
                   [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
  PdfLine line;
  line.height = BodyHeight(words);
  double bottom = 0;
  for (const PdfWord* w : words) bottom = std::max(bottom, w->bottom);
  PdfPiece piece;
  const PdfWord* previous = nullptr;
  for (const PdfWord* w : words) {
    const bool raised = IsRaisedDigits(*w, line.height, bottom);
    const double gap = previous ? w->left - previous->right : 0;
    // A raised digit is no exception: one far from the word before it marks the
    // text of the next cell (a footnote reference wrapped to its line start).
    if (previous && gap > kCellGapInHeights * line.height) {
      line.pieces.push_back(piece);
      piece = PdfPiece{};
      previous = nullptr;
    }
    if (!previous) {
      piece.left = w->left;
      piece.top = w->top;
      piece.bottom = w->bottom;
    } else if (previous->space_after || gap > 0.2 * line.height) {
      piece.text += IsListNumber(piece.text) && gap > kTabStopInHeights * line.height ? '\t' : ' ';
    }
    if (raised) piece.text += Superscript(w->text);
    else piece.text += previous ? w->text : AsBullet(w->text);
    piece.right = std::max(piece.right, w->right);
    piece.top = std::min(piece.top, w->top);
    piece.bottom = std::max(piece.bottom, w->bottom);
    if (!raised) piece.height = std::max(piece.height, w->height());
    previous = w;
  }
  line.pieces.push_back(piece);
  // A bullet glyph set apart from its text still belongs to it.
  for (std::size_t i = 0; i + 1 < line.pieces.size(); ++i) {
    if (line.pieces[i].text == "\xE2\x80\xA2") {
      line.pieces[i].text += ' ' + line.pieces[i + 1].text;
      line.pieces[i].right = line.pieces[i + 1].right;
      line.pieces.erase(line.pieces.begin() + static_cast<long>(i) + 1);
    }
  }
  for (PdfPiece& p : line.pieces) {
    if (p.height == 0) p.height = p.bottom - p.top;
  }
  line.left = line.pieces.front().left;
  line.right = line.pieces.back().right;
  line.top = words.front()->top;
  line.bottom = bottom;
  for (const PdfWord* w : words) line.top = std::min(line.top, w->top);
  return line;
}

// The height most words on the page have.
double TypicalHeight(const std::vector<PdfWord>& words) {
  std::vector<double> heights;
  for (const PdfWord& w : words) heights.push_back(w.height());
  if (heights.empty()) return 0;
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  return heights[heights.size() / 2];
}

std::vector<std::vector<const PdfWord*>> GroupByCentre(std::vector<const PdfWord*> sorted) {
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const PdfWord* a, const PdfWord* b) { return Centre(*a) < Centre(*b); });
  std::vector<std::vector<const PdfWord*>> groups;
  double group_centre = 0, group_height = 0;
  for (const PdfWord* w : sorted) {
    double tolerance = 0.3 * std::max(group_height, w->height());
    // Text of very different sizes side by side (a key figure beside its
    // description) is not one line.
    bool different_size = w->height() > 1.5 * group_height || group_height > 1.5 * w->height();
    if (!groups.empty() && !different_size && std::abs(Centre(*w) - group_centre) <= tolerance) {
      groups.back().push_back(w);
      continue;
    }
    groups.push_back({w});
    group_centre = Centre(*w);
    group_height = w->height();
  }
  return groups;
}

// A small digit joins the line it is raised within, nearest the word it follows.
bool AttachRaised(const PdfWord* digit, std::vector<std::vector<const PdfWord*>>& groups) {
  std::vector<const PdfWord*>* best = nullptr;
  double best_distance = 1e9;
  for (auto& group : groups) {
    for (const PdfWord* w : group) {
      double c = Centre(*digit);
      if (c < w->top - 1 || c > w->bottom + 1) continue;
      // After the word it marks, or before a footnote's own text.
      double distance = std::min(std::abs(digit->left - w->right), std::abs(w->left - digit->right));
      if (distance < best_distance) {
        best_distance = distance;
        best = &group;
      }
    }
  }
  if (!best || best_distance > 3 * digit->height()) return false;
  best->push_back(digit);
  return true;
}

}  // namespace

std::vector<PdfLine> BuildLines(const std::vector<PdfWord>& words) {
  const double typical = TypicalHeight(words);
  std::vector<const PdfWord*> body, small_digits;
  for (const PdfWord& w : words) {
    (AllDigits(w.text) && w.height() < 0.85 * typical ? small_digits : body).push_back(&w);
  }
  std::vector<std::vector<const PdfWord*>> groups = GroupByCentre(body);
  for (const PdfWord* digit : small_digits) {
    if (!AttachRaised(digit, groups)) groups.push_back({digit});
  }
  std::vector<PdfLine> lines;
  for (auto& group : groups) lines.push_back(MakeLine(std::move(group)));
  std::stable_sort(lines.begin(), lines.end(),
                   [](const PdfLine& a, const PdfLine& b) { return a.top < b.top; });
  return lines;
}

}  // namespace findings

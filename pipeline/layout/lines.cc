#include "layout/lines.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <string_view>
#include <utility>

#include "findings/document.h"
#include "layout/hyphenation.h"
#include "layout/leaders.h"
#include "layout/pieces.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

double BodyHeight(const std::vector<const PdfWord*>& words) {
  double height = 0;
  for (const PdfWord* w : words) height = std::max(height, w->height());
  return height;
}

// A footnote reference: digits clearly smaller than the line and raised above its baseline.
// Smaller by the font size where the PDF gives it (a box's height follows the
// font's ascent and descent, which differ between producers), else by the box.
bool IsRaisedDigits(const PdfWord& w, double body_height, double body_bottom, double body_font) {
  const bool smaller = w.font_size > 0 && body_font > 0 ? w.font_size < 0.9 * body_font
                                                        : w.height() < 0.8 * body_height;
  return AllDigits(w.text) && smaller && w.bottom < body_bottom - 0.15 * body_height;
}

// An item's mark: a list number, a bullet, or a bullet before a list number ("• 12.",
// a numbered item in a bulleted list). What follows it is the item's text however
// wide the space between (a tab, or a sentence space a justified line stretches).
bool MarksItem(const std::string& s) {
  const std::string_view text = s;
  if (text == kBullet) return true;
  if (text.substr(0, kBullet.size()) == kBullet && text.substr(kBullet.size(), 1) == " ")
    return IsListNumber(s.substr(kBullet.size() + 1));
  return IsListNumber(s);
}

// A word closer to the one before it than a word space and a half is never at a
// column edge; edges agree to this many points.
constexpr double kEdgeGapInHeights = 0.3;
constexpr double kEdgeTolerance = 1.0;
constexpr double kWiderThanSpaces = 1.4;
constexpr double kShortLineGapInHeights = 0.8;

// The gap after a list number that is a tab, not a word space (those are about a
// quarter of the text height; the reports' tab stops about one height).
constexpr double kTabStopInHeights = 0.8;

// Word gaps a justified line spreads evenly are the same to this (in text heights);
// closer than kNoSpaceInHeights words are set without a space between them, and a
// word whose foot is kRaisedInHeights above the line's is raised (a reference).
constexpr double kSameGapInHeights = 0.05;
constexpr double kNoSpaceInHeights = 0.1;
// A gap this share of a line's marked word space at least is a word space.
constexpr double kMarkedSpaceShare = 0.8;
constexpr double kRaisedInHeights = 0.2;
// A word space is a fifth of an em at the narrowest.
constexpr double kLeastWordSpaceInEms = 0.2;
// A superscript stands raised by half its text's height at most; a word a line below,
// whose box may reach up past the line's foot, stands a whole line's pitch lower.
constexpr double kMostRaisedInHeights = 0.6;
// A reference this share of its word's size or more is barely smaller than it.
constexpr double kBarelySmaller = 0.9;
// Two references set apart stand no further apart than a word space.
constexpr double kReferenceGapInHeights = 0.5;

// A line's next line is no further below it than this (baseline to baseline, in text
// heights).
constexpr double kNextLineInHeights = 1.8;
// A justified line may widen the space after a full stop more than its word spaces:
// TeX stretches it three times as much, so however far a loose line is stretched it
// stays under three times their width. After a numbered heading's "3." it is kept
// under twice their width, as at a line's usual stretch: a list's number stands at a
// tab stop, which may be no further from its text than that.
constexpr double kSentenceSpaceRatio = 3.0;
constexpr double kSpaceAfterNumberRatio = 2.0;

// Type this much larger than the page's median is a heading's (display type).
constexpr double kDisplayTypeRatio = 1.2;
// An item's number in display type stands at most this far before its text (in
// heights of the number's box, then of the text's): a tab stop's width.
constexpr double kNumberGapInHeights = 2.0;

// The bullet glyphs of PDFs (▪ ● ◦ ‣ ⁃ ∙ ■ ◆ and the private-use code points of the
// Symbol and Wingdings fonts that word processors bullet with) are all "•", the one
// bullet of the normalised text.
const std::string& AsBullet(const std::string& word) {
  static const std::string bullet(kBullet);
  static const char* kGlyphs[] = {"\xE2\x96\xAA", "\xE2\x97\x8F", "\xE2\x97\xA6",
                                  "\xE2\x80\xA3", "\xE2\x81\x83", "\xE2\x88\x99",
                                  "\xE2\x96\xA0", "\xE2\x97\x86", "\xEF\x82\xB7",
                                  "\xEF\x82\xA7", "\xEF\x81\xB6", "\xEF\x82\xA8",
                                  "\xEF\x81\xAC", "\xEF\x81\xAE"};
  for (const char* glyph : kGlyphs) {
    if (word == glyph) return bullet;
  }
  return word;
}

// Whether `w` starts a table cell (`cell_starts`, from CellStarts).
bool StartsCell(const PdfWord& w, const std::vector<double>& cell_starts) {
  return std::find(cell_starts.begin(), cell_starts.end(), w.left) != cell_starts.end();
}

// Punctuation set against the word before it (a raised footnote reference, whose
// small type some producers follow with a word space the page does not show): no
// space before it, whatever the PDF's text says.
bool PunctuationSetClose(const PdfWord& w, double gap, double height) {
  return !w.text.empty() && std::string_view(",.;:)").find(w.text.front()) != std::string_view::npos &&
         gap < kNoSpaceInHeights * height;
}

// A run-in head at a piece's start: up to kMostRunInWords words in bold or italic,
// the first a capitalised word, ending without punctuation ("Good practice example:"
// is a label, not a heading), then a capital in plain type, and more words after it.
constexpr int kMostRunInWords = 8;

class RunInHead {
 public:
  // Notes `w`, whose text starts at byte `at` of `piece`'s (its space before it).
  void Take(const PdfWord& w, std::size_t at, PdfPiece& piece) {
    if (words_ == 0) {
      first_ = &w;
      words_ = 1;
      open_ = (w.bold || w.italic) && std::isupper(static_cast<unsigned char>(w.text[0]));
      return;
    }
    if (!open_) {
      if (after_ > 0 && ++after_ == 2) piece.run_in = end_;
      return;
    }
    if (w.bold == first_->bold && w.italic == first_->italic) {
      open_ = ++words_ <= kMostRunInWords;
      return;
    }
    open_ = false;
    const char last = piece.text[at - 1];
    if (!w.bold && !w.italic && std::isupper(static_cast<unsigned char>(w.text[0])) &&
        std::string_view(".:;,!?)").find(last) == std::string_view::npos) {
      end_ = at;
      after_ = 1;
    }
  }

 private:
  const PdfWord* first_ = nullptr;
  int words_ = 0;      // the head's so far
  bool open_ = false;  // the head may go on
  std::size_t end_ = 0;
  int after_ = 0;  // words after the head
};

// An item's or heading's number in display type ("3." in 17 pt on a page of 10 pt).
bool IsDisplayNumber(const PdfWord& w, double typical_font) {
  return IsListNumber(w.text) && typical_font > 0 && w.font_size > kSameTypeRatio * typical_font;
}

// The number of a heading's label ("2:" of "Annex 2:", "3" of "Chapter 3", "4.1."):
// digits, perhaps parted by full stops, perhaps closed by a full stop or a colon.
bool IsLabelNumber(std::string_view s) {
  if (!s.empty() && (s.back() == ':' || s.back() == '.')) s.remove_suffix(1);
  if (s.empty() || !std::isdigit(static_cast<unsigned char>(s.front()))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == '.' || std::isdigit(static_cast<unsigned char>(c));
  });
}

// A word naming what a heading's number numbers ("Annex", "Chapter"): a capital, then
// letters.
bool IsLabelWord(std::string_view s) {
  return s.size() > 1 && std::isupper(static_cast<unsigned char>(s.front())) &&
         std::all_of(s.begin(), s.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// The last word of a heading's number in the heading's own type, or null: the number
// itself in display type ("3.", "2.1"), or a word naming what it numbers and the number
// ("Annex 2:", set apart by a word space) in display type or bold, the heading's text
// after it in that type.
const PdfWord* HeadingNumberEnd(const std::vector<const PdfWord*>& words, double text_font,
                                double height) {
  if (words.size() > 1 && IsDisplayNumber(*words[0], text_font) &&
      OneSize(words[0]->font_size, words[1]->font_size))
    return words[0];
  if (words.size() < 3) return nullptr;
  const bool display = text_font > 0 && words[0]->font_size > kSameTypeRatio * text_font;
  const bool bold = words[0]->bold && words[1]->bold && words[2]->bold;
  const bool labelled = IsLabelWord(words[0]->text) && IsLabelNumber(words[1]->text) &&
                        (display || bold) && OneSize(words[0]->font_size, words[1]->font_size) &&
                        OneSize(words[1]->font_size, words[2]->font_size) &&
                        words[1]->left - words[0]->right < kCellGapInHeights * height;
  return labelled ? words[1] : nullptr;
}

// Whether the words after `number` stand in one cell: no gap wider than a cell's
// between them.
bool OneCellAfter(const std::vector<const PdfWord*>& words, const PdfWord* number, double height) {
  const auto text = std::find(words.begin(), words.end(), number) + 1;
  for (auto it = text; it != words.end() && it + 1 != words.end(); ++it) {
    if ((*(it + 1))->left - (*it)->right > kCellGapInHeights * height) return false;
  }
  return true;
}

// `cells`: whether the line may be cut into table cells at all (not an evenly spread
// line, whose wide word spaces are no cells, nor a tab after an item's number).
// `in_first_cell`: words however far after a gap that start no cell (SpreadInFirstCell).
// `references`: digits raised as references however little smaller (RaisedReferences).
PdfLine MakeLine(std::vector<const PdfWord*> words, const std::vector<double>& cell_starts,
                 bool cells, const std::vector<const PdfWord*>& in_first_cell,
                 const std::vector<const PdfWord*>& references, double text_font) {
  std::stable_sort(words.begin(), words.end(),
                   [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
  PdfLine line;
  // A reference of the text's own size (RaisedReferences), raised half its height, sets
  // neither the line's height nor its top: its box stands level with the line above's.
  const auto reference = [&](const PdfWord* w) {
    return std::find(references.begin(), references.end(), w) != references.end();
  };
  std::vector<const PdfWord*> text_words;
  for (const PdfWord* w : words) {
    if (!reference(w)) text_words.push_back(w);
  }
  if (text_words.empty()) text_words = words;
  line.height = BodyHeight(text_words);
  double bottom = 0, font = 0;
  for (const PdfWord* w : words) {
    bottom = std::max(bottom, w->bottom);
    if (w != words.front()) font = std::max(font, w->font_size);
  }
  // An item's number in display type (AttachNumber) does not set the line's type size.
  const PdfWord* display_number = words.size() > 1 && IsListNumber(words.front()->text) &&
                                          words.front()->font_size > kSameTypeRatio * font
                                      ? words.front()
                                      : nullptr;
  if (!display_number) font = std::max(font, words.front()->font_size);
  // A heading's number in the heading's own display type, however far into the margin
  // it hangs, is the heading's: written with a space, as the text renditions write it.
  // Not a table row's (a cell after the text: "2.3   Reviewing   Inadequate").
  const PdfWord* heading_number = HeadingNumberEnd(words, text_font, line.height);
  if (heading_number && !OneCellAfter(words, heading_number, line.height)) heading_number = nullptr;
  // The gap the PDF marks as a word space on this line (the median of those it marks):
  // a gap nearly as wide is one too where the PDF's flow put the next word elsewhere
  // and so marks no space after it.
  std::vector<double> marked_gaps;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const double gap = words[i]->left - words[i - 1]->right;
    if (words[i - 1]->space_after && gap > 0) marked_gaps.push_back(gap);
  }
  const double marked_space = Median(marked_gaps);
  PdfPiece piece;
  const PdfWord* previous = nullptr;
  bool previous_raised = false;
  int spaces = 0;  // the piece's, for its word_space
  RunInHead head;
  const auto close_piece = [&]() {
    if (spaces > 0) piece.word_space /= spaces;
    spaces = 0;
  };
  for (const PdfWord* w : words) {
    const bool raised = IsRaisedDigits(*w, line.height, bottom, font) || reference(w);
    const std::size_t text_before = piece.text.size();
    const double gap = previous ? w->left - previous->right : 0;
    // Two references set side by side ("¹ ²"): raised digits a word space apart in their
    // own type, however narrow that is beside the line's.
    const bool references_apart =
        raised && previous && previous_raised &&
        gap > kLeastWordSpaceInEms * (w->font_size > 0 ? w->font_size : w->height());
    // A raised digit is no exception: one far from the word before it marks the
    // text of the next cell (a footnote reference wrapped to its line start).
    const bool marks_item = MarksItem(piece.text);
    const bool kept =
        std::find(in_first_cell.begin(), in_first_cell.end(), w) != in_first_cell.end();
    if (previous && cells && !kept &&
        (gap > (previous == display_number || previous == heading_number ? kNumberGapInHeights
                                                                         : kCellGapInHeights) *
                   line.height ||
         (!marks_item && previous != heading_number && StartsCell(*w, cell_starts)))) {
      close_piece();
      line.pieces.push_back(piece);
      piece = PdfPiece{};
      previous = nullptr;
      head = RunInHead{};
    }
    if (!previous) {
      piece.left = piece.text_left = w->left;
      piece.first_word_right = w->right;
      piece.top = w->top;
      piece.bottom = w->bottom;
      piece.bold = piece.italic = piece.upright = true;
    } else if (((previous->space_after ||
                 (marked_space > 0 && gap >= kMarkedSpaceShare * marked_space)) &&
                !PunctuationSetClose(*w, gap, line.height)) ||
               gap > 0.2 * line.height || references_apart) {
      const bool tab = cells && previous != heading_number && IsListNumber(piece.text) &&
                       gap > kTabStopInHeights * line.height;
      piece.text += tab ? '\t' : ' ';
      if (!raised && !marks_item) {
        piece.word_space += gap;
        ++spaces;
      }
    }
    if (previous && marks_item) piece.text_left = w->left;
    if (raised) piece.text += SuperscriptDigits(w->text);
    else piece.text += previous ? w->text : AsBullet(w->text);
    piece.right = std::max(piece.right, w->right);
    if (!reference(w) || !previous) piece.top = std::min(piece.top, w->top);
    piece.bottom = std::max(piece.bottom, w->bottom);
    if (!raised) {
      head.Take(*w, text_before, piece);
      piece.body_top = piece.height == 0 ? w->top : std::min(piece.body_top, w->top);
      piece.height = std::max(piece.height, w->height());
      if (w != display_number) piece.font_size = std::max(piece.font_size, w->font_size);
      piece.bold = piece.bold && w->bold;
      piece.italic = piece.italic && w->italic;
      piece.upright = piece.upright && !w->italic;
    }
    previous = w;
    previous_raised = raised;
  }
  close_piece();
  line.pieces.push_back(piece);
  // A bullet glyph set apart from its text still belongs to it.
  for (std::size_t i = 0; i + 1 < line.pieces.size(); ++i) {
    if (line.pieces[i].text == "\xE2\x80\xA2") {
      line.pieces[i].text += ' ' + line.pieces[i + 1].text;
      line.pieces[i].text_left = line.pieces[i + 1].left;
      line.pieces[i].right = line.pieces[i + 1].right;
      line.pieces[i].word_space = line.pieces[i + 1].word_space;
      line.pieces.erase(line.pieces.begin() + static_cast<long>(i) + 1);
    }
  }
  double body_top = 1e9;
  for (PdfPiece& p : line.pieces) {
    if (p.height == 0) {  // raised digits only
      p.height = p.bottom - p.top;
      p.body_top = p.top;
    }
    p.raise = p.body_top - p.top;
    body_top = std::min(body_top, p.body_top);
  }
  line.left = line.pieces.front().left;
  line.right = line.pieces.back().right;
  line.top = text_words.front()->top;
  line.bottom = bottom;
  for (const PdfWord* w : text_words) line.top = std::min(line.top, w->top);
  line.raise = std::max(0.0, body_top - line.top);
  return line;
}

// Digits smaller than most of the page's text: footnote references, to be placed on
// the line they are raised within.
bool IsSmallDigits(const PdfWord& w, double typical_height, double typical_font) {
  if (!AllDigits(w.text)) return false;
  if (w.font_size > 0 && typical_font > 0) return w.font_size < 0.9 * typical_font;
  return w.height() < 0.85 * typical_height;
}

// Whether `digit` follows the end of `word`, set against it or a word space after it
// ("3.1 ²"), in type no larger than its and barely smaller (a reference clearly
// smaller than its word is IsRaisedDigits' and IsSmallDigits'), its foot raised above the word's by
// kRaisedInHeights of the word's height (kMostRaisedInHeights at most) and its top
// above the word's: a footnote
// reference a producer raises but barely shrinks (Scribus's superscript, 99 % of the
// text's size).
bool RaisedAgainst(const PdfWord& digit, const PdfWord& word) {
  const double h = word.height();
  const bool barely_smaller =
      digit.font_size > 0 && word.font_size > 0
          ? digit.font_size <= word.font_size && digit.font_size >= kBarelySmaller * word.font_size
          : digit.height() <= h && digit.height() >= kBarelySmaller * h;
  return AllDigits(digit.text) && barely_smaller && !AllDigits(word.text) &&
         digit.left - word.right > -kNoSpaceInHeights * h &&
         digit.left - word.right < kReferenceGapInHeights * h &&
         digit.bottom < word.bottom - kRaisedInHeights * h &&
         digit.bottom > word.bottom - kMostRaisedInHeights * h && digit.top < word.top;
}

// Whether `digit` follows the reference `before` a word space on, on its baseline
// ("supervision)¹ ²": two references, each set apart).
bool NextReference(const PdfWord& digit, const PdfWord& before) {
  const double gap = digit.left - before.right;
  return AllDigits(digit.text) && gap >= 0 && gap < kReferenceGapInHeights * before.height() &&
         std::abs(digit.bottom - before.bottom) < kNoSpaceInHeights * before.height();
}

// The digits raised as footnote references in type barely smaller than their text's:
// each set against a word (RaisedAgainst), or after such a reference.
std::vector<const PdfWord*> RaisedReferences(const std::vector<PdfWord>& words) {
  std::vector<const PdfWord*> references;
  for (const PdfWord& digit : words) {
    if (!AllDigits(digit.text)) continue;
    for (const PdfWord& word : words) {
      if (RaisedAgainst(digit, word)) {
        references.push_back(&digit);
        break;
      }
    }
  }
  for (std::size_t i = 0; i < references.size(); ++i) {  // grows as it goes
    for (const PdfWord& digit : words) {
      if (NextReference(digit, *references[i]) &&
          std::find(references.begin(), references.end(), &digit) == references.end())
        references.push_back(&digit);
    }
  }
  return references;
}

// Whether `w` stands on the line that `first` started: its centre level with
// first's, in type of a like size. Text of very different sizes side by side (a key
// figure beside its description) is not one line.
bool OnLineOf(const PdfWord& first, const PdfWord& w) {
  const bool same_size = first.font_size > 0 && w.font_size > 0
                             ? Within(w.font_size, first.font_size, kSameTypeRatio)
                             : Within(w.height(), first.height(), 1.5);
  return same_size && CentresLevel(first, w);
}

// Whether `w` stands on the line of `group`: that of its first word, or a word in
// capitals level with one of its words in small capitals or the capitals they are set
// with ("• S" "TAFF").
bool JoinsLine(const std::vector<const PdfWord*>& group, const PdfWord& w) {
  return OnLineOf(*group.front(), w) ||
         std::any_of(group.begin(), group.end(), [&](const PdfWord* o) {
           return SmallCapitalsOfOneType(*o, w) && CentresLevel(*o, w);
         });
}

// A number in display type joins the line of its own type level with it (a heading's),
// else the line whose text starts right after it, level with it, in smaller type (an
// item's number set larger than its text). There it takes the text's box, so that the
// line's height and pitch are its text's: the copy is kept in `restyled`.
bool AttachNumber(const PdfWord* number, std::vector<std::vector<const PdfWord*>>& groups,
                  std::deque<PdfWord>& restyled) {
  for (auto& group : groups) {
    if (OnLineOf(*group.front(), *number)) {
      group.push_back(number);
      return true;
    }
  }
  std::vector<const PdfWord*>* best = nullptr;
  const PdfWord* text = nullptr;  // the best line's first word
  double best_gap = kNumberGapInHeights * number->height();
  for (auto& group : groups) {
    const PdfWord* first =
        *std::min_element(group.begin(), group.end(),
                          [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
    const double gap = first->left - number->right;
    if (gap >= 0 && gap < best_gap && first->font_size < number->font_size &&
        CentresLevel(*number, *first)) {
      best_gap = gap;
      best = &group;
      text = first;
    }
  }
  if (!best) return false;
  PdfWord& as_text = restyled.emplace_back(*number);
  as_text.top = text->top;
  as_text.bottom = text->bottom;
  best->push_back(&as_text);
  return true;
}

std::vector<std::vector<const PdfWord*>> GroupByCentre(std::vector<const PdfWord*> sorted) {
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const PdfWord* a, const PdfWord* b) { return Centre(*a) < Centre(*b); });
  std::vector<std::vector<const PdfWord*>> groups;
  for (const PdfWord* w : sorted) {
    if (!groups.empty() && JoinsLine(groups.back(), *w)) {
      groups.back().push_back(w);
    } else {
      groups.push_back({w});
    }
  }
  return groups;
}

// Whether `group` is a bullet glyph alone.
bool LoneBullet(const std::vector<const PdfWord*>& group) {
  return group.size() == 1 && AsBullet(group.front()->text) == kBullet;
}

// A bullet a line of its own by its centre and size (a word processor's bullet font set
// smaller than the item's text: "•" in 9 pt before 12 pt) joins the line whose text
// starts right after it, level with it (a tab stop away at most, kNumberGapInHeights of
// the text's height), and takes the text's box there, as an item's number in display
// type does (AttachNumber): it marks that item, not a column of bullets beside it.
void AttachBullets(std::vector<std::vector<const PdfWord*>>& groups,
                   std::deque<PdfWord>& restyled) {
  std::vector<bool> attached(groups.size(), false);
  for (std::size_t b = 0; b < groups.size(); ++b) {
    if (!LoneBullet(groups[b])) continue;
    const PdfWord* bullet = groups[b].front();
    std::vector<const PdfWord*>* best = nullptr;
    const PdfWord* text = nullptr;  // the best line's first word
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if (g == b || LoneBullet(groups[g])) continue;
      const PdfWord* first =
          *std::min_element(groups[g].begin(), groups[g].end(),
                            [](const PdfWord* x, const PdfWord* y) { return x->left < y->left; });
      const double gap = first->left - bullet->right;
      if (gap >= 0 && gap < kNumberGapInHeights * first->height() &&
          CentresLevel(*bullet, *first) && (!text || first->left < text->left)) {
        best = &groups[g];
        text = first;
      }
    }
    if (!best) continue;
    PdfWord& as_text = restyled.emplace_back(*bullet);
    as_text.top = text->top;
    as_text.bottom = text->bottom;
    best->push_back(&as_text);
    attached[b] = true;
  }
  std::vector<std::vector<const PdfWord*>> kept;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (!attached[g]) kept.push_back(std::move(groups[g]));
  }
  groups = std::move(kept);
}

// A small digit joins the line it is raised within, nearest the word it follows;
// of two lines' words as near (a font's boxes may stand taller than its line pitch,
// so that the digit stands within both), that whose centre is nearer its own.
bool AttachRaised(const PdfWord* digit, std::vector<std::vector<const PdfWord*>>& groups) {
  std::vector<const PdfWord*>* best = nullptr;
  double best_distance = 1e9, best_offset = 1e9;
  const double c = Centre(*digit);
  for (auto& group : groups) {
    for (const PdfWord* w : group) {
      if (c < w->top - 1 || c > w->bottom + 1) continue;
      // After the word it marks, or before a footnote's own text.
      const double distance =
          std::min(std::abs(digit->left - w->right), std::abs(w->left - digit->right));
      const double offset = std::abs(Centre(*w) - c);
      const bool as_near = std::abs(distance - best_distance) < kOneSizeShare * digit->height();
      if (as_near ? offset < best_offset : distance < best_distance) {
        best_distance = distance;
        best_offset = offset;
        best = &group;
      }
    }
  }
  if (!best || best_distance > 3 * digit->height()) return false;
  best->push_back(digit);
  return true;
}

// A small digit beside no word is no reference: a page number or a figure set in
// type a little smaller than the text (a contents page's, a table's) joins the line
// whose centre it shares, as GroupByCentre would have placed it.
bool AttachLevel(const PdfWord* digit, std::vector<std::vector<const PdfWord*>>& groups) {
  for (auto& group : groups) {
    if (OnLineOf(*group.front(), *digit)) {
      group.push_back(digit);
      return true;
    }
  }
  return false;
}

double Bottom(const std::vector<const PdfWord*>& group) {
  double bottom = 0;
  for (const PdfWord* w : group) bottom = std::max(bottom, w->bottom);
  return bottom;
}

// Where a cell's text is aligned: its left edge, its right edge or its centre.
enum class Align { kLeft, kRight, kCentre };
constexpr Align kAligns[] = {Align::kLeft, Align::kRight, Align::kCentre};

double KeyOf(const PdfWord& w, Align align) {
  switch (align) {
    case Align::kLeft: return w.left;
    case Align::kRight: return w.right;
    case Align::kCentre: return (w.left + w.right) / 2;
  }
  return w.left;
}

bool Near(double a, double b) { return std::abs(a - b) <= kEdgeTolerance; }

// Set flush right in a cell: a figure (a percentage, a count, a page number). Any
// other word ending on one x is the last of a justified line.
bool Alignable(const PdfWord& w, Align align) {
  return align != Align::kRight || HasDigit(w.text);
}

// The words of a line that follow a gap wider than a word space, and wider than the
// line's other gaps (a justified line spreads its spaces evenly): where a cell may
// start.
std::vector<const PdfWord*> AfterGaps(std::vector<const PdfWord*> line) {
  std::sort(line.begin(), line.end(), [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
  std::vector<double> gaps;
  for (std::size_t i = 1; i < line.size(); ++i) gaps.push_back(line[i]->left - line[i - 1]->right);
  std::vector<double> sorted = gaps;
  std::sort(sorted.begin(), sorted.end());
  // The lower median: in a row of a few words, as many gaps may be cells' as spaces.
  const double median = sorted.empty() ? 0 : sorted[(sorted.size() - 1) / 2];
  std::vector<const PdfWord*> out;
  for (std::size_t i = 1; i < line.size(); ++i) {
    const double gap = gaps[i - 1];
    const double height = line[i]->height();
    bool cell;
    if (sorted.size() >= 3) {
      cell = gap >= kEdgeGapInHeights * height && gap >= kWiderThanSpaces * median;
    } else {
      // A line of a few words gives no measure of its spaces (a justified one in a
      // narrow column spreads them wide): a gap of most of a line's height, wider
      // than the line's other gap if it has one.
      const double other = sorted.size() == 2 ? gaps[2 - i] : 0;
      cell = gap >= kShortLineGapInHeights * height && gap >= kWiderThanSpaces * other;
    }
    if (cell) out.push_back(line[i]);
  }
  return out;
}

// A word of the line runs across x, other than one aligned on it that could open a
// cell: after a gap (`after_gaps`) or first in its line. A word of running text
// centred on x by chance ("post-release" under "41%   The") crosses it.
bool Crosses(const std::vector<const PdfWord*>& group,
             const std::vector<const PdfWord*>& after_gaps, double x, Align align) {
  const double left = Left(group);
  return std::any_of(group.begin(), group.end(), [&](const PdfWord* w) {
    const bool opens_cell =
        w->left <= left || std::find(after_gaps.begin(), after_gaps.end(), w) != after_gaps.end();
    return w->left < x - kEdgeTolerance && w->right > x + kEdgeTolerance &&
           !(opens_cell && Near(KeyOf(*w, align), x));
  });
}

// A gap this many ems of its word's type wide at least is clearly no word space
// (a third of an em at most, unless justification stretches it).
constexpr double kSpacedCellInEms = 0.5;

// The word of `group` keyed on x after a word of it and a gap of kSpacedCellInEms at least, though
// no wider a gap than the line's others, so no cell candidate of its own (AfterGaps), or null: a
// row whose cells all stand about as far apart (a row of key figures, each over its tile's text).
const PdfWord* SpacedAt(const std::vector<const PdfWord*>& group, double x, Align align) {
  for (const PdfWord* w : group) {
    if (!Alignable(*w, align) || !Near(KeyOf(*w, align), x)) continue;
    const PdfWord* before = nullptr;  // none where w opens the line (StartsAt's)
    for (const PdfWord* other : group) {
      if (other->left < w->left && (!before || other->right > before->right)) before = other;
    }
    const double em = w->font_size > 0 ? w->font_size : w->height();
    if (before && w->left - before->right >= kSpacedCellInEms * em) return w;
  }
  return nullptr;
}

// The line's first word starts at x.
bool StartsAt(const std::vector<const PdfWord*>& group, double x) {
  const auto first = std::min_element(group.begin(), group.end(),
                                      [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
  return first != group.end() && Near((*first)->left, x);
}

// Whether `broken`, a word of line g, is broken by a hyphen and runs on in the line
// under it, which starts where line g does and stops short of x: the word is in the
// row's first cell, however far from the cell's first word a narrow cell's justified
// line sets it ("Lead      In-" / "spector").
bool RunsOnUnderRowStart(const std::vector<std::vector<const PdfWord*>>& groups, std::size_t g,
                         const PdfWord& broken, double x) {
  if (g + 1 >= groups.size() || !EndsInHyphen(broken.text)) return false;
  const std::vector<const PdfWord*>& below = groups[g + 1];
  double right = 0;
  for (const PdfWord* w : below) right = std::max(right, w->right);
  return Near(Left(below), Left(groups[g])) && right < x &&
         Bottom(below) - Bottom(groups[g]) < kNextLineInHeights * broken.height();
}

// Whether the word before `after_gap` in line g is so broken, short of `after_gap`: a
// cell's word broken inside its narrow cell ("Lead In-" / "spector" beside "Mark
// Boother, Inspector"), the one row of a table no other line shows.
bool BrokenInFirstCell(const std::vector<std::vector<const PdfWord*>>& groups, std::size_t g,
                       const PdfWord& after_gap) {
  const PdfWord* before = nullptr;
  for (const PdfWord* w : groups[g]) {
    if (w->right <= after_gap.left && (!before || w->right > before->right)) before = w;
  }
  return before && RunsOnUnderRowStart(groups, g, *before, after_gap.left);
}

// The words of line g a narrow first cell's justified line set apart from the cell's
// first word, broken at the cell's end and run on under the row's start
// (RunsOnUnderRowStart): "In-" of "Lead      In-" / "spector". (A second cell's
// broken word runs on under itself, past where the line below stops.)
std::vector<const PdfWord*> SpreadInFirstCell(
    const std::vector<std::vector<const PdfWord*>>& groups, std::size_t g) {
  std::vector<const PdfWord*> out;
  for (const PdfWord* w : groups[g]) {
    if (RunsOnUnderRowStart(groups, g, *w, w->left)) out.push_back(w);
  }
  return out;
}

// Whether line g's last word is broken by a hyphen and carried on at the start of the
// line under it, which starts where line g does, in lower case, with no gap in it:
// line g is a paragraph's, whatever gap follows its first word ("10,071   The number
// … in Lon-" / "don."). A cell's broken word runs on inside its cell, and a first
// cell's next line set a little higher is no broken word's end ("Disorder").
bool RunsBackToRowStart(const std::vector<std::vector<const PdfWord*>>& groups, std::size_t g) {
  if (g + 1 >= groups.size()) return false;
  const auto by_left = [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; };
  const PdfWord& last = **std::max_element(groups[g].begin(), groups[g].end(), by_left);
  const std::vector<const PdfWord*>& below = groups[g + 1];
  const PdfWord& first = **std::min_element(below.begin(), below.end(), by_left);
  return EndsInHyphen(last.text) && StartsLower(first.text) && Near(first.left, Left(groups[g])) &&
         AfterGaps(below).empty();
}

// The words of line g after a gap wider than a word space (AfterGaps), but for a
// word of the row's first cell broken there (SpreadInFirstCell), and none where the
// line's last word runs back to its start (RunsBackToRowStart).
std::vector<const PdfWord*> CellCandidates(const std::vector<std::vector<const PdfWord*>>& groups,
                                           std::size_t g) {
  if (RunsBackToRowStart(groups, g)) return {};
  std::vector<const PdfWord*> out = AfterGaps(groups[g]);
  const std::vector<const PdfWord*> spread = SpreadInFirstCell(groups, g);
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const PdfWord* w) {
                             return std::find(spread.begin(), spread.end(), w) != spread.end();
                           }),
            out.end());
  return out;
}

// Table cells, line by line: the left x of each word that starts a cell. A cell
// starts where, over a run of lines that no word crosses, two lines at least set a
// word after a gap wider than a word space on one x (left, right or centre aligned),
// or one line does and two more start their text there (a cell's wrapped lines). That is a table's column, however close its cells' text comes: a word
// space and a half apart is a gap justified text makes too, a run of lines aligned
// on one x with nothing across it is not.
std::vector<std::vector<double>> CellStarts(const std::vector<std::vector<const PdfWord*>>& groups) {
  std::vector<std::vector<const PdfWord*>> after_gaps;
  for (std::size_t g = 0; g < groups.size(); ++g) after_gaps.push_back(CellCandidates(groups, g));
  std::vector<std::vector<double>> starts(groups.size());
  for (Align align : kAligns) {
    std::vector<double> candidates;
    for (const auto& line : after_gaps) {
      for (const PdfWord* w : line) {
        if (Alignable(*w, align)) candidates.push_back(KeyOf(*w, align));
      }
    }
    std::sort(candidates.begin(), candidates.end());
    double last = -1e9;
    for (double x : candidates) {
      if (x - last <= kEdgeTolerance) continue;
      last = x;
      std::vector<const PdfWord*> run;  // words of the current run aligned on x after a gap
      std::vector<std::size_t> run_lines;
      int flush = 0;  // lines of the run whose text starts at x: a cell's wrapped lines
      // Words of the run's lines on x after half an em (SpacedAt): where the run is a
      // column, those in display type over it start its cells too.
      std::vector<std::pair<std::size_t, const PdfWord*>> spaced;
      auto close_run = [&] {
        if (run.size() >= 2 || (run.size() == 1 && (flush >= 2 || BrokenInFirstCell(groups, run_lines[0], *run[0])))) {
          for (std::size_t i = 0; i < run.size(); ++i) starts[run_lines[i]].push_back(run[i]->left);
          // Only a row in display type over the column's cells (kSameTypeRatio).
          for (const auto& [g, w] : spaced) {
            if (w->font_size > kSameTypeRatio * run.front()->font_size)
              starts[g].push_back(w->left);
          }
        }
        run.clear();
        run_lines.clear();
        spaced.clear();
        flush = 0;
      };
      for (std::size_t g = 0; g < groups.size(); ++g) {
        if (Crosses(groups[g], after_gaps[g], x, align)) {
          close_run();
          continue;
        }
        const auto aligned = std::find_if(after_gaps[g].begin(), after_gaps[g].end(), [&](const PdfWord* w) {
          return Alignable(*w, align) && Near(KeyOf(*w, align), x);
        });
        if (aligned != after_gaps[g].end()) {
          run.push_back(*aligned);
          run_lines.push_back(g);
        } else if (const PdfWord* w = SpacedAt(groups[g], x, align)) {
          spaced.emplace_back(g, w);
        } else if (align == Align::kLeft && StartsAt(groups[g], x)) {
          ++flush;
        }
      }
      close_run();
    }
  }
  return starts;
}

// A word with a digit in it that is a figure: not a word of letters with digits set
// after them on its baseline ("participants1", a reference the text does not raise).
bool IsFigureWord(const std::string& text) {
  return HasDigit(text) && !std::isalpha(static_cast<unsigned char>(text[0]));
}

// Words spread evenly across the measure: a justified line of few words (a title, a
// line with a long address in it), not a table row, whose gaps differ cell by cell.
// Words set without a space between them (a word and a raised footnote reference or
// a full stop after it) are one word to the spacing. A row of figures can be spread
// evenly too: no line with a figure in it counts, but for a raised reference and a
// numbered heading's number ("1.   Overall   judgements   and"), the space after
// which may be as wide as a sentence space (kSpaceAfterNumberRatio). Three words have
// two gaps only, which a row's cells could share by chance within the tolerance of
// four words' three: those must be the same, as justification makes them (to
// kSameGapInHeights). A heading's line in display type may have its number in it
// ("Annex   2:   Inspection   results:") where most of its words are no figures. The
// space after a sentence's full stop may be up to kSentenceSpaceRatio times the word
// spaces too, where the line has three word spaces at least to measure them by.
bool EvenlySpread(std::vector<const PdfWord*> line, double typical_font) {
  if (line.size() < 3) return false;
  std::sort(line.begin(), line.end(), [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
  const double height = BodyHeight(line);
  const double bottom = Bottom(line);
  std::vector<double> gaps;
  std::vector<double> sentence_gaps;  // after a full stop past the line's first word
  double right = line.front()->right;
  for (std::size_t i = 1; i < line.size(); ++i) {
    const double gap = line[i]->left - right;
    if (gap > kNoSpaceInHeights * height)
      (i > 1 && EndsSentence(line[i - 1]->text) ? sentence_gaps : gaps).push_back(gap);
    right = std::max(right, line[i]->right);
  }
  // Too few other gaps to measure the word space by: the sentence spaces are word spaces.
  if (gaps.size() < 3) {
    gaps.insert(gaps.end(), sentence_gaps.begin(), sentence_gaps.end());
    sentence_gaps.clear();
  }
  const bool numbered = IsListNumber(line.front()->text);
  const bool spaced_after_number = line[1]->left - line.front()->right > kNoSpaceInHeights * height;
  // A bullet stands its own distance from the item's text, however the line is spread.
  if (AsBullet(line.front()->text) == kBullet && spaced_after_number) gaps.erase(gaps.begin());
  if (numbered && spaced_after_number && gaps.size() >= 3) {
    const double after_number = gaps.front();
    gaps.erase(gaps.begin());
    if (after_number > kSpaceAfterNumberRatio * *std::max_element(gaps.begin(), gaps.end()))
      return false;
  }
  if (gaps.size() < 2) return false;
  const auto [narrowest, widest] = std::minmax_element(gaps.begin(), gaps.end());
  // A sentence space may be wider than the word spaces (a plain word space added to a
  // stretched one, as groff sets it, or stretched more, as TeX does).
  for (double gap : sentence_gaps) {
    if (gap > kSentenceSpaceRatio * *widest) return false;
  }
  const bool even = gaps.size() == 2 ? *widest - *narrowest <= kSameGapInHeights * height
                                     : *widest <= 1.15 * *narrowest;
  const auto figures =
      std::count_if(line.begin() + (numbered ? 1 : 0), line.end(), [&](const PdfWord* w) {
        return IsFigureWord(w->text) && w->bottom > bottom - kRaisedInHeights * height;
      });
  const bool display = typical_font > 0 && std::all_of(line.begin(), line.end(), [&](const PdfWord* w) {
                         return w->font_size >= kDisplayTypeRatio * typical_font;
                       });
  return even && (figures == 0 || (display && 2 * static_cast<std::size_t>(figures) < line.size()));
}

// Where a line's text starts: after its bullet, if it opens with one.
double TextLeft(std::vector<const PdfWord*> line) {
  std::sort(line.begin(), line.end(), [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
  const bool bulleted = line.size() > 1 && AsBullet(line[0]->text) == kBullet;
  return line[bulleted ? 1 : 0]->left;
}

// Whether two lines' words are all in one size of type.
bool OnlyOneSize(const std::vector<const PdfWord*>& a, const std::vector<const PdfWord*>& b) {
  const double size = a.front()->font_size;
  const auto same = [&](const PdfWord* w) { return OneSize(w->font_size, size); };
  return std::all_of(a.begin(), a.end(), same) && std::all_of(b.begin(), b.end(), same);
}

// A line's words left to right, after its bullet if it opens with one.
std::vector<const PdfWord*> AfterBullet(std::vector<const PdfWord*> line) {
  std::sort(line.begin(), line.end(),
            [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
  if (line.size() > 1 && AsBullet(line.front()->text) == kBullet) line.erase(line.begin());
  return line;
}

// Whether `other`, the line right over or under `line` (its words after its bullet;
// within kNextLineInHeights), in its type, is spread evenly and sets the paragraph's
// measure for it: starting (or starting its text, after a bullet) where `line`'s text
// starts, and ending where it ends.
bool SetsItsMeasure(const std::vector<const PdfWord*>& line,
                    const std::vector<const PdfWord*>& other, double typical_font) {
  return std::abs(Bottom(other) - Bottom(line)) < kNextLineInHeights * BodyHeight(line) &&
         OnlyOneSize(other, line) &&
         (Near(Left(other), Left(line)) || Near(TextLeft(other), Left(line))) &&
         Near(Right(other), Right(line)) && EvenlySpread(other, typical_font);
}

// A line of a paragraph: evenly spread, with the paragraph's next line starting
// where it starts (or where its text starts after a bullet it hangs from),
// just below (other lines may come between in the order of their baselines: a key
// figure in large type beside the paragraph), or under a line that sets its measure
// (SetsItsMeasure: the last line of a column, its paragraph running on into the next).
// A justified line of two words, whose one gap no evenness measures (a narrow column
// spreads it wider than a cell gap), is its paragraph's where the line over or under it
// sets its measure. No figure: a label and its figure set flush with the measure are a
// table's row.
bool SpreadParagraphLine(const std::vector<std::vector<const PdfWord*>>& groups, std::size_t g,
                         double typical_font) {
  const std::vector<const PdfWord*> line = AfterBullet(groups[g]);
  const auto above = [&] { return g > 0 && SetsItsMeasure(line, groups[g - 1], typical_font); };
  const bool pair = line.size() == 2 && !HasDigit(line[0]->text) && !HasDigit(line[1]->text);
  if (pair &&
      (above() || (g + 1 < groups.size() && SetsItsMeasure(line, groups[g + 1], typical_font))))
    return true;
  if (!EvenlySpread(groups[g], typical_font)) return false;
  if (above()) return true;
  const double height = BodyHeight(groups[g]);
  const double left = Left(groups[g]), text_left = TextLeft(groups[g]);
  for (std::size_t next = g + 1; next < groups.size() && Bottom(groups[next]) - Bottom(groups[g]) < 2.5 * height;
       ++next) {
    const double next_left = Left(groups[next]);
    if (std::abs(next_left - left) < 3 || std::abs(next_left - text_left) < 3) return true;
  }
  return false;
}

}  // namespace

// A word that ends a sentence: its full stop, question or exclamation mark, then
// perhaps a closing quote or bracket.
bool EndsSentence(std::string_view word) {
  for (std::string_view close : {"\xE2\x80\x99", "\xE2\x80\x9D", ")", "'", "\""}) {
    if (word.size() > close.size() && word.substr(word.size() - close.size()) == close) {
      word.remove_suffix(close.size());
      break;
    }
  }
  return !word.empty() && (word.back() == '.' || word.back() == '?' || word.back() == '!');
}

bool IsListNumber(const std::string& s) {
  if (s.size() < 2 || s.size() > 8 || s.find('.') == std::string::npos) return false;
  const auto mark_char = [](char c) {
    return c == '.' || std::isdigit(static_cast<unsigned char>(c));
  };
  return std::isdigit(static_cast<unsigned char>(s[0])) != 0 &&
         std::all_of(s.begin(), s.end(), mark_char);
}

std::vector<PdfLine> BuildLines(const std::vector<PdfWord>& page_words, double text_font) {
  const std::vector<PdfWord> words = WithoutLeaders(page_words);
  const double typical = MedianHeight(words);
  const double typical_font = MedianFontSize(words);
  if (text_font <= 0) text_font = typical_font;
  const std::vector<const PdfWord*> references = RaisedReferences(words);
  std::vector<const PdfWord*> body, small_digits, display_numbers;
  for (const PdfWord& w : words) {
    const bool reference = std::find(references.begin(), references.end(), &w) != references.end();
    if (reference || IsSmallDigits(w, typical, typical_font)) small_digits.push_back(&w);
    else if (IsDisplayNumber(w, text_font)) display_numbers.push_back(&w);
    else body.push_back(&w);
  }
  std::vector<std::vector<const PdfWord*>> groups = GroupByCentre(body);
  std::deque<PdfWord> restyled;
  AttachBullets(groups, restyled);
  for (const PdfWord* number : display_numbers) {
    if (!AttachNumber(number, groups, restyled)) groups.push_back({number});
  }
  for (const PdfWord* digit : small_digits) {
    if (!AttachRaised(digit, groups) && !AttachLevel(digit, groups)) groups.push_back({digit});
  }
  std::stable_sort(groups.begin(), groups.end(),
                   [](const auto& a, const auto& b) { return Bottom(a) < Bottom(b); });
  const std::vector<std::vector<double>> cell_starts = CellStarts(groups);
  std::vector<PdfLine> lines;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const bool cells = !SpreadParagraphLine(groups, g, typical_font);
    lines.push_back(MakeLine(groups[g], cell_starts[g], cells, SpreadInFirstCell(groups, g),
                             references, text_font));
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const PdfLine& a, const PdfLine& b) { return a.top < b.top; });
  return lines;
}

}  // namespace findings

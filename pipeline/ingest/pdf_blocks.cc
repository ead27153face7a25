#include "ingest/pdf_blocks.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace findings {
namespace {

constexpr std::string_view kBullet = "\xE2\x80\xA2";

struct Block {
  std::vector<const PdfPiece*> pieces;
  std::vector<std::size_t> line_of_piece;
  double left = 0, top = 0, right = 0, bottom = 0, height = 0;
  std::size_t last_line = 0;
  bool multi_piece_lines = false;  // the block's last line was a table row
  bool shares_lines = false;       // some line of it has another block's text beside it
};

bool IsLower(unsigned char c) { return std::islower(c) != 0; }

bool StartsWith(const std::string& s, std::string_view prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

bool StartsWithSuperscript(const std::string& s) {
  return StartsWith(s, "\xC2\xB9") || StartsWith(s, "\xC2\xB2") || StartsWith(s, "\xC2\xB3") ||
         StartsWith(s, "\xE2\x81");
}

// "12. " or "12.\t" at the start: a numbered list item.
bool StartsWithNumberMark(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && i < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  return i > 0 && i + 1 < s.size() && s[i] == '.' && (s[i + 1] == ' ' || s[i + 1] == '\t');
}

bool Similar(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

bool Continues(const Block& block, const PdfPiece& piece, const PdfLine& line,
               bool line_starts_row) {
  if (block.multi_piece_lines && line_starts_row) return false;
  if (!Similar(block.height, piece.height, 0.2 * block.height)) return false;
  if (piece.top - block.bottom > 0.8 * piece.height) return false;
  if (piece.top < block.bottom - 0.3 * piece.height) return false;
  (void)line;
  return piece.left >= block.left - 3 && piece.left <= block.left + 3 * piece.height &&
         piece.left < block.right;
}

void Extend(Block& block, const PdfPiece& piece, std::size_t line_index, bool multi) {
  if (block.pieces.empty()) {
    block.left = piece.left;
    block.top = piece.top;
    block.height = piece.height;
  }
  block.pieces.push_back(&piece);
  block.line_of_piece.push_back(line_index);
  block.right = std::max(block.right, piece.right);
  block.bottom = std::max(block.bottom, piece.bottom);
  block.last_line = line_index;
  block.multi_piece_lines = multi;
  block.shares_lines = block.shares_lines || multi;
}

// Whether `line` is set apart from the line above it by more than the line gap.
bool SpacedFromAbove(const std::vector<PdfLine>& lines, std::size_t l, const LineSpacing& spacing) {
  return l == 0 || !spacing.spaced() ||
         lines[l].top - lines[l - 1].bottom > spacing.break_gap * lines[l].height;
}

// A table row starts with a line of cells at the table's left edge, unless the line
// sits at the line gap below the one above: then the row's cells wrap onto it.
std::vector<Block> GroupBlocks(const std::vector<PdfLine>& lines, const LineSpacing& spacing) {
  std::vector<Block> blocks;
  double row_start_x = -1;  // the x where the current table's rows begin
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const PdfLine& line = lines[l];
    const bool multi = line.pieces.size() > 1;
    if (multi && row_start_x < 0) row_start_x = line.left;
    const bool starts_row =
        multi && Similar(line.left, row_start_x, 3) && SpacedFromAbove(lines, l, spacing);
    if (!multi && row_start_x >= 0 && line.left < row_start_x + 3) row_start_x = -1;
    for (const PdfPiece& piece : line.pieces) {
      Block* target = nullptr;
      for (auto it = blocks.rbegin(); it != blocks.rend() && it - blocks.rbegin() < 8; ++it) {
        if (it->last_line != l && Continues(*it, piece, line, starts_row)) {
          target = &*it;
          break;
        }
      }
      if (!target) {
        blocks.emplace_back();
        target = &blocks.back();
      }
      Extend(*target, piece, l, multi);
    }
  }
  return blocks;
}

// Whether the space above `piece` ends the paragraph of `previous`: a gap wider than
// the document's line gap or, in a document whose paragraphs are not spaced apart,
// a previous line that stops well short of the block's right edge.
bool SpacedApart(const Block& block, const PdfPiece& previous, const PdfPiece& piece,
                 const LineSpacing& spacing) {
  if (spacing.spaced()) return piece.top - previous.bottom > spacing.break_gap * piece.height;
  const double short_margin = std::max(4 * block.height, 0.12 * (block.right - block.left));
  return previous.right < block.right - short_margin;
}

// Paragraph breaks inside a block: before a bullet, a footnote or a numbered item,
// and where the lines are spaced apart.
std::vector<std::string> Paragraphs(const Block& block, const Vocabulary& vocabulary,
                                    const LineSpacing& spacing) {
  std::vector<std::string> paragraphs;
  const PdfPiece* previous = nullptr;
  for (const PdfPiece* piece : block.pieces) {
    bool breaks = !previous || StartsWith(piece->text, kBullet) ||
                  StartsWithSuperscript(piece->text) ||
                  (StartsWithNumberMark(piece->text) && Similar(piece->left, block.left, 3)) ||
                  SpacedApart(block, *previous, *piece, spacing);
    if (breaks) {
      paragraphs.push_back(piece->text);
    } else {
      paragraphs.back() = JoinWrappedLines(paragraphs.back(), piece->text, vocabulary);
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

// Blocks side by side (their vertical ranges overlap) form one row.
std::vector<std::vector<const Block*>> GroupRows(const std::vector<Block>& blocks) {
  std::vector<const Block*> sorted;
  for (const Block& b : blocks) sorted.push_back(&b);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Block* a, const Block* b) { return a->top < b->top; });
  std::vector<std::vector<const Block*>> rows;
  double row_bottom = 0;
  for (const Block* b : sorted) {
    bool beside = !rows.empty() && b->top < row_bottom - 0.3 * b->height &&
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

// Pairs of blocks, each a single large figure beside its smaller description.
bool IsKeyFactsRow(const std::vector<const Block*>& row) {
  if (row.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < row.size(); i += 2) {
    const Block& figure = *row[i];
    if (figure.pieces.size() != 1 || figure.height <= 1.6 * row[i + 1]->height) return false;
  }
  return true;
}

void EmitRow(const std::vector<const Block*>& row, const Vocabulary& vocabulary,
             const LineSpacing& spacing, std::vector<std::string>& out) {
  if (row.size() == 1) {
    for (std::string& p : Paragraphs(*row[0], vocabulary, spacing)) out.push_back(std::move(p));
    return;
  }
  // The key-facts panel: a large figure beside its description → "• figure
  // description", one item per pair when the panel sets several facts side by side.
  if (IsKeyFactsRow(row)) {
    for (std::size_t i = 0; i < row.size(); i += 2) {
      out.push_back(std::string(kBullet) + " " + row[i]->pieces[0]->text + " " +
                    JoinAll(Paragraphs(*row[i + 1], vocabulary, spacing), vocabulary));
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

std::string LastWord(const std::string& s) {
  std::size_t start = s.find_last_of(" \t");
  return s.substr(start == std::string::npos ? 0 : start + 1);
}

std::string Lowered(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string LettersOnly(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80) || c == '-') out += c;
  }
  return Lowered(out);
}

// Whether a line-end hyphen between `stem` and `rest` is part of the word. Kept when
// the document spells the word with one elsewhere ("post-release"), dropped when it
// knows the word whole ("proba-" "tion"). For a word seen nowhere else, kept only when
// the document makes other compounds with the same first or last part ("well-" as in
// "well-organised", "-focused" as in "offence-focused"); otherwise it is a word broken
// by the typesetter ("desir-" "able"). Halves seen on their own are no evidence: the
// vocabulary holds every line-start fragment ("ing", "able").
bool KeepsHyphen(const std::string& stem, const std::string& rest, const Vocabulary& vocabulary) {
  const auto& words = vocabulary.words;
  if (words.count(stem + "-" + rest) > 0) return true;
  if (words.count(stem + rest) > 0) return false;
  if (!vocabulary.breaks_words) return true;
  // Two-letter prefixes ("re-", "ex-") start too many plain words to count.
  return (stem.size() > 2 && words.count(stem + "-") > 0) || words.count("-" + rest) > 0;
}

}  // namespace

void AddToVocabulary(const std::string& text, Vocabulary& vocabulary) {
  // Called for every word of a document: one reused buffer, no copy per word.
  std::string word;
  auto add = [&] {
    if (!word.empty() && word.back() != '-') {
      vocabulary.words.insert(word);
      // A compound's parts as "first-" and "-last" (keys no plain word can be).
      const std::size_t first = word.find('-'), last = word.rfind('-');
      if (first != std::string::npos && first > 0) {
        vocabulary.words.insert(word.substr(0, first + 1));
        vocabulary.words.insert(word.substr(last));
      }
    }
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      add();
    } else if (std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80) || c == '-') {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  add();
}

void DecideWordBreaking(const std::vector<std::string>& words_in_order, Vocabulary& vocabulary) {
  int whole = 0, hyphenated = 0;
  for (std::size_t i = 0; i + 1 < words_in_order.size(); ++i) {
    const std::string& head = words_in_order[i];
    const std::string& next = words_in_order[i + 1];
    if (head.size() < 3 || head.back() != '-' || next.empty() || !IsLower(next[0])) continue;
    const std::string stem = LettersOnly(head.substr(0, head.size() - 1));
    const std::string rest = LettersOnly(next);
    if (vocabulary.words.count(stem + "-" + rest) > 0) ++hyphenated;
    else if (vocabulary.words.count(stem + rest) > 0) ++whole;
  }
  vocabulary.breaks_words = whole > hyphenated;
}

std::string JoinWrappedLines(const std::string& first, const std::string& second,
                             const Vocabulary& vocabulary) {
  if (first.empty()) return second;
  const std::string head = LastWord(first);
  const bool hyphenated = head.size() >= 2 && head.back() == '-' &&
                          std::isalpha(static_cast<unsigned char>(head[head.size() - 2])) &&
                          !second.empty() && IsLower(static_cast<unsigned char>(second[0]));
  if (!hyphenated) return first + " " + second;
  std::string tail = second.substr(0, second.find(' '));
  std::string stem = LettersOnly(head.substr(0, head.size() - 1));
  std::string rest = LettersOnly(tail);
  const bool in_url = head.find('/') != std::string::npos;  // a URL's hyphens are its own
  return in_url || KeepsHyphen(stem, rest, vocabulary) ? first + second
                                             : first.substr(0, first.size() - 1) + second;
}

std::vector<std::string> BuildBlocks(const std::vector<PdfLine>& lines,
                                     const Vocabulary& vocabulary, const LineSpacing& spacing) {
  std::vector<Block> blocks = GroupBlocks(lines, spacing);
  std::vector<std::string> out;
  for (const auto& row : GroupRows(blocks)) EmitRow(row, vocabulary, spacing, out);
  return out;
}

}  // namespace findings

#include "layout/headings.h"

#include "layout/pieces.h"

namespace findings {

bool IsHeadingLine(const PdfLine& line, const BodyType& body) {
  if (line.pieces.size() != 1) return false;
  const PdfPiece& piece = line.pieces.front();
  const std::string& text = piece.text;
  if (text.empty() || text.back() == '.' || StartsWith(text, kBullet) ||
      StartsWithSuperscript(text))
    return false;
  const bool larger = piece.font_size > 0 && body.font_size > 0 && !body.Matches(piece) &&
                      piece.font_size > body.font_size;
  return piece.bold || larger;
}

std::unordered_set<std::string> HeadingTexts(const std::vector<PdfLine>& lines,
                                             const BodyType& body, const Vocabulary& vocabulary) {
  std::unordered_set<std::string> texts;
  for (std::size_t first = 0; first < lines.size(); ++first) {
    std::string text;
    for (std::size_t l = first;
         l < lines.size() && l < first + kMostHeadingLines && IsHeadingLine(lines[l], body); ++l) {
      if (l > first && TypeChanges(lines[l - 1].pieces.front(), lines[l].pieces.front())) break;
      text = JoinWrappedLines(text, lines[l].pieces.front().text, vocabulary);
      texts.insert(text);
    }
  }
  return texts;
}

}  // namespace findings

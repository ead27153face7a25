// Paragraphs of the normalised text with their sentences. A paragraph that a page
// break interrupted (ContinuesAcrossBreak of findings/document.h, past up to 12
// footnote lines) is joined back together.
#ifndef FINDINGS_PLUGINS_RATED2018_PARAGRAPHS_H_
#define FINDINGS_PLUGINS_RATED2018_PARAGRAPHS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "context.h"

namespace findings::rated2018 {

struct Paragraph {
  std::vector<std::size_t> lines;  // line indices, in order
  std::string text;                // the lines joined by one space
  // Doc offset of each text position is piece.doc + (pos - piece.text).
  struct Piece {
    std::size_t text = 0;
    std::size_t doc = 0;
  };
  std::vector<Piece> pieces;

  std::size_t DocOffset(std::size_t pos) const;
  // The sentence around `pos`: [start, end) in `text`. A table row is one sentence.
  std::pair<std::size_t, std::size_t> SentenceAround(std::size_t pos) const;
};

// Paragraphs starting at lines [begin, end) for which `keep(line)` holds.
template <typename Keep>
std::vector<Paragraph> Paragraphs(const Context& ctx, std::size_t begin, std::size_t end,
                                  Keep keep);

// Builds one paragraph from line `first`, consuming continuation lines (marked in *used).
Paragraph ParagraphAt(const Context& ctx, std::size_t first, std::size_t end,
                      std::vector<bool>* used);

template <typename Keep>
std::vector<Paragraph> Paragraphs(const Context& ctx, std::size_t begin, std::size_t end,
                                  Keep keep) {
  std::vector<Paragraph> out;
  std::vector<bool> used(ctx.lines(), false);
  for (std::size_t i = begin; i < end && i < ctx.lines(); ++i)
    if (!used[i] && keep(i)) out.push_back(ParagraphAt(ctx, i, end, &used));
  return out;
}

}  // namespace findings::rated2018

#endif

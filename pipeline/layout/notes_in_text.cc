#include "layout/notes_in_text.h"

#include <cctype>
#include <string_view>

#include "findings/document.h"
#include "layout/pieces.h"

namespace findings {
namespace {

// The superscript digits `block` ends with, the last reference's ("¹ ²" gives "²").
std::string_view LastReference(std::string_view block) {
  const std::string_view before = WithoutTrailingSuperscripts(block);
  if (before.size() == block.size()) return {};
  const std::string_view refs = block.substr(before.size());
  const std::size_t size = refs.size() >= 2 && refs[refs.size() - 2] == '\xC2' ? 2 : 3;
  return refs.substr(refs.size() - size);
}

// A block opening inside a sentence: with punctuation that cannot start one, or in
// lower case.
bool OpensInsideASentence(std::string_view block) {
  return StartsLower(block) || (!block.empty() && std::string_view(".,;:)").find(block.front()) !=
                                                      std::string_view::npos);
}

}  // namespace

void JoinSentencesAroundNotes(std::vector<std::vector<std::string>>& pages,
                              const Vocabulary& vocabulary) {
  for (std::vector<std::string>& blocks : pages) {
    for (std::size_t i = 0; i + 2 < blocks.size(); ++i) {
      const std::string_view reference = LastReference(blocks[i]);
      if (reference.empty() || !StartsWith(blocks[i + 1], reference) ||
          EndsSentence(WithoutTrailingSuperscripts(blocks[i])))
        continue;
      std::size_t after = i + 1;
      while (after < blocks.size() && StartsWithFootnoteNumber(blocks[after])) ++after;
      if (after == blocks.size() || !OpensInsideASentence(blocks[after])) continue;
      const std::string& rest = blocks[after];
      blocks[i] = std::isalpha(static_cast<unsigned char>(rest.front())) != 0
                      ? JoinWrappedLines(blocks[i], rest, vocabulary)
                      : blocks[i] + rest;
      blocks.erase(blocks.begin() + static_cast<long>(after));
    }
  }
}

}  // namespace findings

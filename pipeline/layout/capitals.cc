#include "layout/capitals.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>
#include <unordered_map>

#include "findings/text.h"
#include "layout/word_measures.h"

namespace findings {
namespace {

// The text of each cell of a block ('\t' between cells), and the block whole.
template <typename Visit>
void ForEachPart(std::string_view block, Visit visit) {
  visit(block);
  if (block.find('\t') == std::string_view::npos) return;
  std::size_t from = 0;
  while (from <= block.size()) {
    const std::size_t tab = std::min(block.find('\t', from), block.size());
    visit(block.substr(from, tab - from));
    from = tab + 1;
  }
}

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '\''; }

// Calls visit(begin, length) for each word of `text`: letters, digits and apostrophes
// between spaces and punctuation.
template <typename Visit>
void ForEachWord(std::string_view text, Visit visit) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(text[i])) ++i;
    const std::size_t begin = i;
    while (i < text.size() && IsWordByte(text[i])) ++i;
    if (i > begin) visit(begin, i - begin);
  }
}

// How the document writes each word outside lines in capitals: folded -> the
// commonest spelling.
class WordCase {
 public:
  void Add(std::string_view word) { ++counts_[Lower(word)][std::string(word)]; }

  // `block` with each word written as the document writes it most often, its first
  // word with a capital (an acronym the document writes only in capitals stays so);
  // as printed where a word is written nowhere else (a name: its case cannot be told),
  // and where it has one word only (a label or a date an author may type in capitals:
  // "KEY", "MARCH 2019"; a style sets runs of words in capitals).
  std::string Restore(const std::string& printed) const {
    std::string block = printed;
    bool first = true, known = true;
    int words = 0;
    ForEachWord(printed, [&](std::size_t begin, std::size_t length) {
      const std::string_view word = std::string_view(printed).substr(begin, length);
      if (!HasLetter(word)) return;
      const auto it = counts_.find(Lower(word));
      if (it == counts_.end()) {
        known = false;
        return;
      }
      const auto commonest =
          std::max_element(it->second.begin(), it->second.end(),
                           [](const auto& a, const auto& b) { return a.second < b.second; });
      block.replace(begin, length, commonest->first);
      if (first)
        block[begin] = static_cast<char>(std::toupper(static_cast<unsigned char>(block[begin])));
      first = false;
      ++words;
    });
    return known && words > 1 ? block : printed;
  }

 private:
  std::unordered_map<std::string, std::map<std::string, int>> counts_;
};

}  // namespace

void RestoreCapitalisedLines(std::vector<std::vector<std::string>>& pages) {
  std::unordered_map<std::string, std::string> own_case;  // folded -> as written
  WordCase word_case;
  for (const auto& page : pages) {
    for (const std::string& block : page) {
      ForEachPart(block, [&](std::string_view part) {
        if (!part.empty() && !InCapitals(part)) own_case.emplace(Lower(part), std::string(part));
      });
      if (InCapitals(block)) continue;
      ForEachWord(block, [&](std::size_t begin, std::size_t length) {
        word_case.Add(std::string_view(block).substr(begin, length));
      });
    }
  }
  for (auto& page : pages) {
    for (std::string& block : page) {
      if (block.find('\t') != std::string::npos || !InCapitals(block)) continue;
      const auto it = own_case.find(Lower(block));
      block = it != own_case.end() ? it->second : word_case.Restore(block);
    }
  }
}

}  // namespace findings

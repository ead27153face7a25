#include "layout/page_breaks.h"

#include <cctype>
#include <string_view>

namespace findings {
namespace {

// A footnote's text starts with its superscript number (¹²³ or U+2070…U+2079).
bool IsFootnote(const std::string& block) {
  const std::string_view b(block);
  return b.substr(0, 2) == "\xC2\xB9" || b.substr(0, 2) == "\xC2\xB2" ||
         b.substr(0, 2) == "\xC2\xB3" || b.substr(0, 2) == "\xE2\x81";
}

// A table row has a tab past its numbered item's "12.\t", if any.
bool IsTableRow(const std::string& block) {
  const std::size_t tab = block.find('\t');
  if (tab == std::string::npos) return false;
  const bool after_number = tab >= 2 && tab <= 4 && block[tab - 1] == '.' &&
                            std::isdigit(static_cast<unsigned char>(block[0]));
  return !after_number || block.find('\t', tab + 1) != std::string::npos;
}

bool EndsOpen(const std::string& block) {
  if (block.empty() || IsTableRow(block)) return false;
  const char last = block.back();
  return last != '.' && last != ':' && last != '?' && last != '!' && last != '"' && last != ';';
}

bool StartsLower(const std::string& block) {
  return !block.empty() && std::islower(static_cast<unsigned char>(block[0])) != 0;
}

// The block a run-on joins: the page's last block that is not a footnote.
std::string* OpenParagraph(std::vector<std::string>& page) {
  for (auto it = page.rbegin(); it != page.rend(); ++it) {
    if (!IsFootnote(*it)) return EndsOpen(*it) ? &*it : nullptr;
  }
  return nullptr;
}

}  // namespace

void JoinAcrossPageBreaks(std::vector<std::vector<std::string>>& pages,
                          const Vocabulary& vocabulary) {
  for (std::size_t p = 1; p < pages.size(); ++p) {
    std::vector<std::string>& page = pages[p];
    if (page.empty() || !StartsLower(page.front())) continue;
    std::string* open = OpenParagraph(pages[p - 1]);
    if (!open) continue;
    *open = JoinWrappedLines(*open, page.front(), vocabulary);
    page.erase(page.begin());
  }
}

}  // namespace findings

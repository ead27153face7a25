// Removes the markdown and HTML markup that text renditions of reports carry.
#ifndef FINDINGS_NORMALISE_MARKUP_H_
#define FINDINGS_NORMALISE_MARKUP_H_

#include <string>
#include <string_view>

namespace findings {

// One line in, the same line without markup:
//   - heading marks "#".."######" at the start are dropped;
//   - list marks "- ", "* ", "• " (and other bullet glyphs) at the start become "• ";
//   - emphasis runs of '*' are dropped, except inside a word ("p***ed" stays);
//   - <sup>n</sup> becomes "^{n}" (footnotes.h turns that into a marker), other
//     HTML tags are dropped, <http://…> autolinks are unwrapped;
//   - HTML entities (&amp; &lt; &#8217; …) are decoded; a bare '&' stays.
std::string StripMarkup(std::string_view line);

// The mark every list item starts with once normalised: markup's "- ", "* " and the
// PDFs' bullet glyphs all become it (findings/document.h).
inline constexpr std::string_view kListMark = "\xE2\x80\xA2 ";  // "• "

inline bool StartsWithListMark(std::string_view text) {
  return text.substr(0, kListMark.size()) == kListMark;
}

// Decodes HTML entities only.
std::string DecodeEntities(std::string_view text);

// The characters inline markup starts with ('*' emphasis, '<' tags, '&' entities):
// StripMarkup leaves a line holding none of them and no line mark (below) unchanged,
// apart from trimming blanks at its ends.
constexpr std::string_view kInlineMarkupStarts = "*<&";

// Whether StripMarkup drops a heading mark or rewrites a list mark at the start of
// `line` (a line that does not start with a blank).
bool HasLineMark(std::string_view line);

// Whether StripMarkup drops a markdown heading mark ("## ") at the start of `line`.
bool HasHeadingMark(std::string_view line);

}  // namespace findings

#endif  // FINDINGS_NORMALISE_MARKUP_H_

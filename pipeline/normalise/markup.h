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

// Decodes HTML entities only.
std::string DecodeEntities(std::string_view text);

}  // namespace findings

#endif  // FINDINGS_NORMALISE_MARKUP_H_

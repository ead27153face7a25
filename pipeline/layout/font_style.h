// A font's weight and slant, read from its PostScript name ("ABCDEF+Liberation-Sans-Bold",
// "Arial,BoldItalic", "TimesNewRomanPS-BoldItalicMT"): the subset prefix and the family
// are passed over, the style words looked for.
#ifndef FINDINGS_LAYOUT_FONT_STYLE_H_
#define FINDINGS_LAYOUT_FONT_STYLE_H_

#include <string_view>

namespace findings {

struct FontStyle {
  bool bold = false;
  bool italic = false;
};

FontStyle FontStyleOf(std::string_view font_name);

}  // namespace findings

#endif  // FINDINGS_LAYOUT_FONT_STYLE_H_

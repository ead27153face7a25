#include "layout/font_style.h"

#include <cctype>
#include <string>

namespace findings {
namespace {

bool Contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

FontStyle FontStyleOf(std::string_view font_name) {
  // "ABCDEF+" marks a subset; the family may hold style-like letters ("Boldoni"), so
  // only what follows the family's separator counts when there is one.
  const std::size_t plus = font_name.find('+');
  if (plus == 6) font_name.remove_prefix(7);
  const std::size_t separator = font_name.find_first_of("-,_");
  std::string style;
  for (char c : font_name.substr(separator == std::string_view::npos ? 0 : separator)) {
    style += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  FontStyle out;
  out.bold = Contains(style, "bold") || Contains(style, "black") || Contains(style, "heavy") ||
             Contains(style, "semibold") || Contains(style, "demi");
  out.italic = Contains(style, "italic") || Contains(style, "oblique");
  return out;
}

}  // namespace findings

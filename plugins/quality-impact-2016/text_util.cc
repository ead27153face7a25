#include "text_util.h"

namespace findings::qi2016 {

std::string TrimTrailingPunctuation(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && std::string_view(".;,: \t").find(text[end - 1]) != std::string_view::npos)
    --end;
  return std::string(text.substr(0, end));
}

}  // namespace findings::qi2016

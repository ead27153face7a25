// Text helpers of the quality-impact-2016 extractors; the ones every plugin
// needs (space, case, footnote markers, slugs, numbers) are findings/text.h.
#ifndef FINDINGS_PLUGINS_QI2016_TEXT_UTIL_H_
#define FINDINGS_PLUGINS_QI2016_TEXT_UTIL_H_

#include <string>
#include <string_view>

#include "findings/text.h"

namespace findings::qi2016 {

// Drops trailing full stops, semicolons, commas, colons and spaces.
std::string TrimTrailingPunctuation(std::string_view text);

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_TEXT_UTIL_H_

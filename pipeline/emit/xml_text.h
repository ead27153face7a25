// Text that XML 1.0 can carry: well-formed UTF-8 without the control
// characters XML forbids (everything below U+0020 but tab, LF and CR).
#ifndef FINDINGS_EMIT_XML_TEXT_H_
#define FINDINGS_EMIT_XML_TEXT_H_

#include <string>
#include <string_view>

namespace findings {

// `text` with every invalid UTF-8 sequence and every character XML 1.0 cannot
// hold replaced by U+FFFD. Unchanged when it is already fine.
std::string XmlSafeText(std::string_view text);

}  // namespace findings

#endif  // FINDINGS_EMIT_XML_TEXT_H_

// The report document as JSON text: the form `findings extract` writes.
#ifndef FINDINGS_EMIT_JSON_WRITER_H_
#define FINDINGS_EMIT_JSON_WRITER_H_

#include <string>

#include "findings/model.h"

namespace findings {

// ToJson(findings) with a 2-space indent and a trailing newline; UTF-8 is
// written as is (not \u-escaped), invalid UTF-8 bytes become U+FFFD. The same
// Findings always give the same bytes. Never throws.
std::string WriteJson(const Findings& findings);

}  // namespace findings

#endif  // FINDINGS_EMIT_JSON_WRITER_H_

// The report document as JSON text: the form `findings extract` writes.
#ifndef FINDINGS_EMIT_JSON_WRITER_H_
#define FINDINGS_EMIT_JSON_WRITER_H_

#include <string>

#include <nlohmann/json.hpp>

#include "findings/model.h"

namespace findings {

// ToJson(findings) with a 2-space indent and a trailing newline; UTF-8 is
// written as is (not \u-escaped), invalid UTF-8 bytes become U+FFFD. The same
// Findings always give the same bytes. Never throws.
std::string WriteJson(const Findings& findings);

// The same, from the tree ToJson(findings) gave.
std::string WriteJson(const nlohmann::ordered_json& tree);

}  // namespace findings

#endif  // FINDINGS_EMIT_JSON_WRITER_H_

// The report document as XML: a generic projection of ToJson's tree, so this
// file knows no field name of its own.
//
// The rule, applied recursively from <findings schema_version="1.1">:
//   - an object member becomes a child element named after the member;
//   - an array becomes a container element with one <item> child per entry
//     (<footnotes><item>1</item></footnotes>, <ratings><item>…</item></ratings>);
//   - null becomes an empty element with xsi:nil="true", so every field the
//     JSON shows is present in the XML too (and the XSD can require it);
//   - a string, number or boolean becomes the element's text, numbers written
//     exactly as in the JSON (86, 86.9).
// schemas/findings.xsd describes the result.
#ifndef FINDINGS_EMIT_XML_WRITER_H_
#define FINDINGS_EMIT_XML_WRITER_H_

#include <string>

#include <nlohmann/json.hpp>

#include "findings/model.h"

namespace findings {

inline constexpr const char* kXmlItemElement = "item";

// UTF-8 XML with a declaration, 2-space indent, trailing newline. Text XML 1.0
// cannot carry (invalid UTF-8, control characters) becomes U+FFFD. The same
// Findings always give the same bytes. Never throws.
std::string WriteXml(const Findings& findings);

// The same, from the tree ToJson(findings) gave.
std::string WriteXml(const nlohmann::ordered_json& tree);

}  // namespace findings

#endif  // FINDINGS_EMIT_XML_WRITER_H_

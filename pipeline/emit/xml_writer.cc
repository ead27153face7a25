#include "emit/xml_writer.h"

#include <sstream>

#include <pugixml.hpp>

#include "emit/model_json.h"
#include "emit/xml_text.h"

namespace findings {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kXsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

void Project(const Json& value, pugi::xml_node element);

void ProjectChildren(const Json& value, pugi::xml_node element) {
  if (value.is_object()) {
    for (const auto& member : value.items()) {
      Project(member.value(), element.append_child(member.key().c_str()));
    }
  } else {
    for (const auto& entry : value) Project(entry, element.append_child(kXmlItemElement));
  }
}

void Project(const Json& value, pugi::xml_node element) {
  if (value.is_object() || value.is_array()) {
    ProjectChildren(value, element);
  } else if (value.is_null()) {
    element.append_attribute("xsi:nil").set_value("true");
  } else if (value.is_string()) {
    element.text().set(XmlSafeText(value.get_ref<const std::string&>()).c_str());
  } else {
    element.text().set(value.dump().c_str());  // numbers and booleans as the JSON has them
  }
}

}  // namespace

std::string WriteXml(const Findings& findings) {
  Json tree = ToJson(findings);
  pugi::xml_document doc;
  pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  pugi::xml_node root = doc.append_child("findings");
  root.append_attribute("xmlns:xsi").set_value(kXsiNamespace);
  root.append_attribute(kSchemaVersionKey).set_value(tree[kSchemaVersionKey].get<std::string>().c_str());
  tree.erase(kSchemaVersionKey);
  ProjectChildren(tree, root);
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

}  // namespace findings

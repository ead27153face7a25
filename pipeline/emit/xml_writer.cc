#include "emit/xml_writer.h"

#include "emit/model_json.h"
#include "emit/xml_text.h"

namespace findings {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kXsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
constexpr const char* kIndent = "  ";

// The text is written straight into one string rather than through a pugixml
// tree and an ostringstream (which cost more than building the findings tree
// itself). The bytes are those pugixml's save(out, "  ", format_indent) gave:
//   - an element without content is "<name />", with xsi:nil "<name xsi:nil=\"true\" />";
//   - an element with only text is "<name>text</name>" on one line, even "<name></name>";
//   - any other element opens and closes on lines of their own around its children;
//   - text escapes & < > (pcdata); tab, LF and CR are written as they are.
class XmlOut {
 public:
  explicit XmlOut(std::string* out) : out_(*out) {}

  void Children(const Json& value, int depth) {
    if (value.is_object()) {
      for (const auto& member : value.items()) Element(member.key(), member.value(), depth);
    } else {
      for (const auto& entry : value) Element(kXmlItemElement, entry, depth);
    }
  }

  void Element(const std::string& name, const Json& value, int depth) {
    Indent(depth);
    out_ += '<';
    out_ += name;
    if (value.is_object() || value.is_array()) {
      if (value.empty()) {
        out_ += " />\n";
        return;
      }
      out_ += ">\n";
      Children(value, depth + 1);
      Indent(depth);
    } else if (value.is_null()) {
      out_ += " xsi:nil=\"true\" />\n";
      return;
    } else {
      out_ += '>';
      if (value.is_string()) {
        Escaped(XmlSafeText(value.get_ref<const std::string&>()));
      } else {
        out_ += value.dump();  // numbers and booleans as the JSON has them
      }
    }
    out_ += "</";
    out_ += name;
    out_ += ">\n";
  }

  void Escaped(const std::string& text) {
    std::size_t run = 0;  // start of the bytes not yet written
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char* entity = text[i] == '&' ? "&amp;" : text[i] == '<' ? "&lt;"
                         : text[i] == '>' ? "&gt;" : nullptr;
      if (!entity) continue;
      out_.append(text, run, i - run);
      out_ += entity;
      run = i + 1;
    }
    out_.append(text, run, std::string::npos);
  }

 private:
  void Indent(int depth) {
    for (int i = 0; i < depth; ++i) out_ += kIndent;
  }
  std::string& out_;
};

}  // namespace

std::string WriteXml(const Findings& findings) { return WriteXml(ToJson(findings)); }

std::string WriteXml(const Json& tree) {
  std::string out;
  out.reserve(64 * 1024);
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<findings xmlns:xsi=\"";
  out += kXsiNamespace;
  out += "\" ";
  out += kSchemaVersionKey;
  out += "=\"";
  out += tree.at(kSchemaVersionKey).get_ref<const std::string&>();  // "1.1": nothing to escape
  out += "\">\n";
  XmlOut xml(&out);
  for (const auto& member : tree.items()) {
    if (member.key() != kSchemaVersionKey) xml.Element(member.key(), member.value(), 1);
  }
  out += "</findings>\n";
  return out;
}

}  // namespace findings

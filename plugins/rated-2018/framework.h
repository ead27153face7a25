// The standards framework of the rated inspections (grammars/rated-2018/standards.json):
// domains, standards and key questions as the reports print them. Rows of damaged
// tables are recognised against it.
#ifndef FINDINGS_PLUGINS_RATED2018_FRAMEWORK_H_
#define FINDINGS_PLUGINS_RATED2018_FRAMEWORK_H_

#include <optional>
#include <string>
#include <vector>

#include "findings/status.h"

namespace findings::rated2018 {

struct Domain {
  std::string id;        // "1" … "4"
  std::string title;     // "Organisational delivery"
  std::string heading;   // "1. Organisational delivery"
  std::string provider;  // "" for domains one and two, else "NPS" / "CRC"
};

struct Standard {
  std::string id;  // "2.1"
  std::string domain;
  std::string title;
  std::string statement;
};

struct KeyQuestion {
  std::string id;  // "2.1.1"
  std::string standard;
  std::string text;
};

struct Framework {
  std::vector<Domain> domains;
  std::vector<Standard> standards;     // in id order
  std::vector<KeyQuestion> questions;  // in id order

  const Domain* domain(const std::string& id) const;
  const Standard* standard(const std::string& id) const;
  // Domains one, two and the domain three of `provider` ("NPS" → 3, "CRC" → 4).
  bool Applies(const std::string& domain_id, const std::string& provider) const;
};

// Parses the framework from the JSON text of standards.json.
Result<Framework> ParseFramework(const std::string& json_text);

}  // namespace findings::rated2018

#endif

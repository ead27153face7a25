#include "emit/json_writer.h"

#include "emit/model_json.h"

namespace findings {

std::string WriteJson(const Findings& findings) { return WriteJson(ToJson(findings)); }

std::string WriteJson(const nlohmann::ordered_json& tree) {
  // error_handler_t::replace: a stray invalid byte from a damaged input must
  // not make dump() throw; it becomes U+FFFD.
  return tree.dump(2, ' ', /*ensure_ascii=*/false,
                               nlohmann::ordered_json::error_handler_t::replace) +
         "\n";
}

}  // namespace findings

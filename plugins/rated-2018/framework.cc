#include "framework.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace findings::rated2018 {

namespace {

using nlohmann::json;

std::string StringOr(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

template <typename T>
void SortById(std::vector<T>* items) {
  std::sort(items->begin(), items->end(), [](const T& a, const T& b) { return a.id < b.id; });
}

}  // namespace

const Domain* Framework::domain(const std::string& id) const {
  for (const Domain& d : domains)
    if (d.id == id) return &d;
  return nullptr;
}

const Standard* Framework::standard(const std::string& id) const {
  for (const Standard& s : standards)
    if (s.id == id) return &s;
  return nullptr;
}

bool Framework::Applies(const std::string& domain_id, const std::string& provider) const {
  const Domain* d = domain(domain_id);
  return d && (d->provider.empty() || provider.empty() || d->provider == provider);
}

Result<Framework> ParseFramework(const std::string& json_text) {
  const json root = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object())
    return Status::Error(Code::kCorrupt, "standards.json is not a JSON object");
  const json& domains = root.value("domains", json::object());
  const json& standards = root.value("standards", json::object());
  const json& questions = root.value("key_questions", json::object());
  if (!domains.is_object() || !standards.is_object() || !questions.is_object() ||
      domains.empty() || standards.empty() || questions.empty())
    return Status::Error(Code::kCorrupt,
                         "standards.json lacks 'domains', 'standards' or 'key_questions'");
  Framework f;
  for (const auto& [id, d] : domains.items())
    f.domains.push_back({id, StringOr(d, "title"), StringOr(d, "heading"), StringOr(d, "provider")});
  for (const auto& [id, s] : standards.items())
    f.standards.push_back(
        {id, StringOr(s, "domain"), StringOr(s, "title"), StringOr(s, "statement")});
  for (const auto& [id, q] : questions.items())
    f.questions.push_back({id, StringOr(q, "standard"), StringOr(q, "text")});
  SortById(&f.domains);
  SortById(&f.standards);
  SortById(&f.questions);
  return f;
}

}  // namespace findings::rated2018

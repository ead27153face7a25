#include "dataset/provider_registry.h"

#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

namespace findings::dataset {

namespace {

// Words that vary between mentions of one provider without changing which it is.
const std::set<std::string>& FillerWords() {
  static const std::set<std::string> words = {
      "the",  "division",  "limited",   "ltd",           "nps",     "national", "probation",
      "service", "crc", "community", "rehabilitation", "company", "and"};
  return words;
}

std::string Key(const std::string& type, const std::string& name) {
  return type + "|" + FoldProviderName(name);
}

}  // namespace

std::string FoldProviderName(const std::string& name) {
  std::string spaced;
  for (unsigned char c : name) {
    if (c == '&') spaced += " and ";
    else if (std::isalnum(c) || c >= 0x80) spaced += static_cast<char>(std::tolower(c));
    else spaced += ' ';
  }
  std::istringstream words(spaced);
  std::string word, folded;
  while (words >> word) {
    if (FillerWords().count(word)) continue;
    folded += (folded.empty() ? "" : " ") + word;
  }
  return folded;
}

Result<ProviderRegistry> ProviderRegistry::Parse(const std::string& json_text) {
  const auto tree = nlohmann::json::parse(json_text, nullptr, false);
  if (tree.is_discarded() || !tree.contains("providers") || !tree["providers"].is_array())
    return Status::Error(Code::kInvalidArgument, "not a provider registry (no providers array)");
  ProviderRegistry registry;
  for (const auto& entry : tree["providers"]) {
    CanonicalProvider p;
    p.id = entry.value("id", "");
    p.type = entry.value("type", "");
    p.name = entry.value("name", "");
    if (p.id.empty() || (p.type != "CRC" && p.type != "NPS") || p.name.empty())
      return Status::Error(Code::kInvalidArgument,
                           "provider entry needs id, type (CRC|NPS) and name: " + entry.dump());
    p.names.push_back(p.name);
    for (const auto& n : entry.value("names", nlohmann::json::array()))
      if (n.is_string()) p.names.push_back(n.get<std::string>());
    for (const std::string& n : p.names) {
      auto [it, added] = registry.by_key_.emplace(Key(p.type, n), registry.providers_.size());
      if (!added && it->second != registry.providers_.size())
        return Status::Error(Code::kInvalidArgument, "name '" + n + "' belongs to two providers");
    }
    registry.providers_.push_back(std::move(p));
  }
  return registry;
}

Result<ProviderRegistry> ProviderRegistry::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(Code::kNotFound, "cannot read provider registry " + path);
  std::ostringstream text;
  text << in.rdbuf();
  Result<ProviderRegistry> registry = Parse(text.str());
  if (!registry.ok()) return Status::Error(registry.status().code(), path + ": " + registry.status().message());
  return registry;
}

const CanonicalProvider* ProviderRegistry::Match(const std::string& type,
                                                 const std::string& name) const {
  auto it = by_key_.find(Key(type, name));
  return it == by_key_.end() ? nullptr : &providers_[it->second];
}

}  // namespace findings::dataset

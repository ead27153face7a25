// score.py's per-kind match functions: a (gold, output) pair → a score in
// [0, 1], 0 meaning "not the same finding".
#ifndef FINDINGS_TESTS_SCORING_MATCH_FUNCTIONS_H_
#define FINDINGS_TESTS_SCORING_MATCH_FUNCTIONS_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace findings::scoring {

using MatchFunction = double (*)(const nlohmann::json& gold, const nlohmann::json& out);

struct KindRule {
  std::string kind;
  MatchFunction match;
  std::vector<std::string> attributes;  // reported over matched pairs
};

// score.py's KINDS table, in its order.
const std::vector<KindRule>& KindRules();

// score.py's attr_equal(): addressees as sorted lists, domain by normalised
// words, anything else by JSON equality.
bool AttributeEqual(const std::string& name, const nlohmann::json& a, const nlohmann::json& b);

// g.get(key): the field, or null when absent (or when `object` is no object).
const nlohmann::json& Get(const nlohmann::json& object, const std::string& key);

}  // namespace findings::scoring

#endif

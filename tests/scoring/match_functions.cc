#include "scoring/match_functions.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <sstream>

#include "scoring/word_similarity.h"

namespace findings::scoring {
namespace {

using Json = nlohmann::json;

// Python's `text or ""` for the strings the model holds.
std::string Text(const Json& v) {
  if (v.is_null()) return "";
  return v.is_string() ? v.get<std::string>() : v.dump();
}

// Python's str(x) for an id (standard, question).
std::string PyStr(const Json& v) {
  if (v.is_null()) return "None";
  return v.is_string() ? v.get<std::string>() : v.dump();
}

// score.py's num(): float(x), or nothing when x is not a number.
std::optional<double> Num(const Json& v) {
  if (v.is_number()) return v.get<double>();
  if (v.is_boolean()) return v.get<bool>() ? 1.0 : 0.0;
  if (!v.is_string()) return std::nullopt;
  std::string s = v.get<std::string>();
  const char* begin = s.c_str();
  char* end = nullptr;
  double d = std::strtod(begin, &end);
  if (end == begin) return std::nullopt;
  while (*end == ' ' || *end == '\t' || *end == '\n') ++end;
  if (*end != '\0') return std::nullopt;
  return d;
}

bool SameNum(const Json& a, const Json& b) {
  auto x = Num(a), y = Num(b);
  return x && y && std::fabs(*x - *y) < 1e-6;
}

double AtLeast(double score, double threshold) { return score >= threshold ? score : 0.0; }

double Similar(const Json& g, const Json& o, const char* key) {
  return WordSimilarity(Text(Get(g, key)), Text(Get(o, key)));
}

bool SameIds(const Json& g, const Json& o, const char* id) {
  return Get(g, "provider") == Get(o, "provider") && PyStr(Get(g, id)) == PyStr(Get(o, id));
}

double MatchRating(const Json& g, const Json& o) {
  return SameIds(g, o, "standard") &&
                 NormaliseWords(Text(Get(g, "rating"))) == NormaliseWords(Text(Get(o, "rating")))
             ? 1.0
             : 0.0;
}

double MatchCase(const Json& g, const Json& o) {
  if (!SameIds(g, o, "question")) return 0.0;
  const Json &gp = Get(g, "percent"), &op = Get(o, "percent");
  return (gp.is_null() && op.is_null()) || SameNum(gp, op) ? 1.0 : 0.0;
}

double MatchFact(const Json& g, const Json& o) {
  if (!SameNum(Get(g, "value"), Get(o, "value"))) return 0.0;
  return AtLeast(Similar(g, o, "description"), 0.7);
}

double MatchPercentage(const Json& g, const Json& o) {
  if (!SameNum(Get(g, "value"), Get(o, "value"))) return 0.0;
  return AtLeast(Similar(g, o, "sentence"), 0.5);
}

double MatchRecommendation(const Json& g, const Json& o) {
  if (Get(g, "number") != Get(o, "number")) return 0.0;
  return AtLeast(Similar(g, o, "text"), 0.8);
}

// The first 40 normalised words: examples are long and their ends vary.
std::string Head(const Json& v) {
  std::istringstream words(NormaliseWords(Text(Get(v, "text"))));
  std::string word, head;
  for (int n = 0; n < 40 && words >> word; ++n) head += (n ? " " : "") + word;
  return head;
}

double MatchExample(const Json& g, const Json& o) {
  if (Get(g, "polarity") != Get(o, "polarity")) return 0.0;
  return AtLeast(WordSimilarity(Head(g), Head(o)), 0.6);
}

double MatchJudgement(const Json& g, const Json& o) {
  if (Get(g, "kind") != Get(o, "kind")) return 0.0;
  return AtLeast(Similar(g, o, "text"), 0.7);
}

std::vector<Json> SortedList(const Json& v) {
  std::vector<Json> items;
  if (v.is_array()) items.assign(v.begin(), v.end());
  std::sort(items.begin(), items.end());
  return items;
}

}  // namespace

const Json& Get(const Json& object, const std::string& key) {
  static const Json kNull;
  if (!object.is_object()) return kNull;
  auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

const std::vector<KindRule>& KindRules() {
  static const std::vector<KindRule> rules = {
      {"ratings", MatchRating, {}},
      {"case_results", MatchCase, {}},
      {"key_facts", MatchFact, {"unit", "provider"}},
      {"percentages", MatchPercentage, {"provider", "domain"}},
      {"recommendations", MatchRecommendation, {"addressees"}},
      {"practice_examples", MatchExample, {"provider"}},
      {"judgements", MatchJudgement, {"domain", "provider"}},
  };
  return rules;
}

bool AttributeEqual(const std::string& name, const Json& a, const Json& b) {
  if (name == "addressees") return SortedList(a) == SortedList(b);
  if (name == "domain") return NormaliseWords(Text(a)) == NormaliseWords(Text(b));
  return a == b;
}

}  // namespace findings::scoring

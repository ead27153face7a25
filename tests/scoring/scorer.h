// Scores a findings document against a gold file: a C++ port of score.py
// (tests/scoring/score.py, a copy of shared/tools/score.py): the same
// normalisation, match functions, thresholds, greedy one-to-one matching and tie
// order, for ctests on extraction quality.
//
// Usage, in a plugin test:
//
//   #include "scoring/scorer.h"
//   auto gold = scoring::LoadJson(testing::SourcePath("tests/gold/derbyshire.json"));
//   auto out = nlohmann::json::parse(WriteJson(findings));   // or ToJson(findings)
//   scoring::ScoreReport score = scoring::Score(gold, out);
//   for (const auto& kind : score.kinds) EXPECT_GE(kind.f1, 0.98) << scoring::Summary(score);
//   EXPECT_TRUE(score.report_mismatches.empty()) << scoring::Summary(score);
//
// Kinds with neither gold nor output findings are left out of `kinds`, as in
// score.py; use Find("ratings") to look one up.
#ifndef FINDINGS_TESTS_SCORING_SCORER_H_
#define FINDINGS_TESTS_SCORING_SCORER_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace findings::scoring {

struct KindScore {
  std::string kind;
  int gold = 0;  // findings in the gold file
  int out = 0;   // findings in the output
  int tp = 0;    // one-to-one matches
  double p = 0, r = 0, f1 = 0;
  // Agreement of an attribute (provider, domain, addressees) over the matches;
  // nullopt when nothing matched.
  std::vector<std::pair<std::string, std::optional<double>>> attr;
  std::vector<nlohmann::json> missed;  // gold findings without a match
  std::vector<nlohmann::json> extra;   // output findings without a match
};

struct ScoreReport {
  std::vector<KindScore> kinds;
  std::vector<std::string> report_matches;     // report fields equal to the gold's
  std::vector<std::string> report_mismatches;  // "published: want \"2016-09\" got null"

  const KindScore* Find(const std::string& kind) const;  // nullptr if not scored
  double MinF1() const;                                  // 1 when no kind was scored
};

// The kinds score.py scores, in its order.
const std::vector<std::string>& ScoredKinds();

ScoreReport Score(const nlohmann::json& gold, const nlohmann::json& out,
                  const std::vector<std::string>& kinds = ScoredKinds());

// score.py's printout: one line per kind, up to 4 missed/extra findings each
// when `verbose`, the report field check and the minimum F1.
std::string Summary(const ScoreReport& score, bool verbose = true);

// Parses a JSON file; a null json when it cannot be read or parsed.
nlohmann::json LoadJson(const std::string& path);

}  // namespace findings::scoring

#endif

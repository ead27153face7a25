#include "scoring/scorer.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <functional>

#include "test_paths.h"

namespace findings::scoring {
namespace {

using Json = nlohmann::json;

Json Gold(const std::string& name) {
  Json gold = LoadJson(testing::SourcePath("tests/gold/" + name + ".json"));
  EXPECT_TRUE(gold.is_object()) << name;
  return gold;
}

// Synthetic outputs: the gold with a few findings removed, added, or changed.
using Mutation = std::function<void(Json&)>;

struct SyntheticCase {
  const char* name;
  const char* gold;
  Mutation mutate;
};

void EraseAt(Json& array, std::size_t index) { array.erase(array.begin() + static_cast<long>(index)); }

std::string FirstWords(const std::string& text, int n) {
  std::string out;
  std::size_t pos = 0;
  for (int i = 0; i < n && pos != std::string::npos; ++i) pos = text.find(' ', pos + 1);
  return pos == std::string::npos ? text : text.substr(0, pos);
}

const SyntheticCase kCases[] = {
    {"perfect-derbyshire", "derbyshire", [](Json&) {}},
    {"perfect-swsc", "south-west-south-central", [](Json&) {}},
    {"two-recommendations-removed", "derbyshire",
     [](Json& d) { EraseAt(d["recommendations"], 0), EraseAt(d["recommendations"], 0); }},
    {"three-extra-percentages", "derbyshire",
     [](Json& d) {
       for (int i = 0; i < 3; ++i) d["percentages"].push_back({{"value", 999}, {"sentence", "x"}});
     }},
    {"providers-wrong", "derbyshire",
     [](Json& d) { d["key_facts"][0]["provider"] = "NPS", d["key_facts"][1]["provider"] = nullptr; }},
    {"wrong-numbers", "south-west-south-central",
     [](Json& d) {
       d["case_results"][0]["percent"] = 1;
       d["case_results"][1]["percent"] = nullptr;
       d["percentages"][2]["value"] = 3.5;
       d["ratings"][3]["rating"] = "Outstanding";
     }},
    {"perturbed-texts", "south-west-south-central",
     [](Json& d) {
       for (std::size_t i = 0; i < d["judgements"].size(); i += 3) {
         std::string text = d["judgements"][i]["text"];
         d["judgements"][i]["text"] = FirstWords(text, 6);
       }
       for (auto& p : d["percentages"]) p["sentence"] = FirstWords(p["sentence"], 9);
       d["recommendations"][0]["text"] = "something else entirely";
       d["report"]["published"] = "2018-09";
     }},
    {"duplicates-and-shuffles", "derbyshire",
     [](Json& d) {
       d["judgements"].push_back(d["judgements"][0]);
       std::reverse(d["practice_examples"].begin(), d["practice_examples"].end());
       d["practice_examples"][0]["polarity"] = "poor";
       d.erase("key_facts");
     }},
};

Json Apply(const SyntheticCase& c) {
  Json out = Gold(c.gold);
  c.mutate(out);
  return out;
}

TEST(Scorer, PerfectCopyScoresOneEverywhere) {
  for (const char* name : {"derbyshire", "south-west-south-central"}) {
    ScoreReport score = Score(Gold(name), Gold(name));
    EXPECT_FALSE(score.kinds.empty());
    for (const auto& row : score.kinds) {
      EXPECT_EQ(row.tp, row.gold) << name << " " << row.kind;
      EXPECT_DOUBLE_EQ(row.f1, 1.0) << name << " " << row.kind;
    }
    EXPECT_TRUE(score.report_mismatches.empty());
    EXPECT_EQ(score.report_matches.size(), 6u);
  }
}

TEST(Scorer, RemovedFindingsLowerRecall) {
  ScoreReport score = Score(Gold("derbyshire"), Apply(kCases[2]));
  const KindScore* rec = score.Find("recommendations");
  ASSERT_NE(rec, nullptr);
  EXPECT_EQ(rec->gold, 12);
  EXPECT_EQ(rec->tp, 10);
  EXPECT_DOUBLE_EQ(rec->p, 1.0);
  EXPECT_DOUBLE_EQ(rec->r, 10.0 / 12);
  EXPECT_NEAR(rec->f1, 20.0 / 22, 1e-12);
  EXPECT_EQ(rec->missed.size(), 2u);
  EXPECT_EQ(rec->missed[0]["number"], 1);
  EXPECT_NEAR(score.MinF1(), 20.0 / 22, 1e-12);
}

TEST(Scorer, ExtraFindingsLowerPrecision) {
  ScoreReport score = Score(Gold("derbyshire"), Apply(kCases[3]));
  const KindScore* pct = score.Find("percentages");
  ASSERT_NE(pct, nullptr);
  EXPECT_EQ(pct->gold, 29);
  EXPECT_EQ(pct->out, 32);
  EXPECT_EQ(pct->tp, 29);
  EXPECT_NEAR(pct->p, 29.0 / 32, 1e-12);
  EXPECT_NEAR(pct->f1, 58.0 / 61, 1e-12);
  EXPECT_EQ(pct->extra.size(), 3u);
}

TEST(Scorer, WrongProviderCountsAgainstAttributeAccuracy) {
  ScoreReport score = Score(Gold("derbyshire"), Apply(kCases[4]));
  const KindScore* facts = score.Find("key_facts");
  ASSERT_NE(facts, nullptr);
  EXPECT_DOUBLE_EQ(facts->f1, 1.0);
  ASSERT_EQ(facts->attr.size(), 2u);
  EXPECT_EQ(facts->attr[1].first, "provider");
  EXPECT_DOUBLE_EQ(*facts->attr[1].second, 6.0 / 8);
}

TEST(Scorer, ReportFieldMismatchIsNamed) {
  ScoreReport score = Score(Gold("south-west-south-central"), Apply(kCases[6]));
  ASSERT_EQ(score.report_mismatches.size(), 1u);
  EXPECT_EQ(score.report_mismatches[0], "published: want '2018' got '2018-09'");
  EXPECT_NE(Summary(score).find("report fields 5/6 | published"), std::string::npos);
}

// --- Agreement with tests/scoring/score.py (a copy of shared/tools/score.py) ---

std::string WriteTemp(const std::string& name, const Json& doc) {
  std::string path = ::testing::TempDir() + "scorer_test_" + std::to_string(getpid()) + "_" + name + ".json";
  std::ofstream(path) << doc.dump();
  return path;
}

const char kPythonScore[] = R"(import json, sys
sys.path.insert(0, sys.argv[1])
import score
g, o = json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
rows = score.score(g, o, list(score.KINDS))
rg, ro = g.get("report", {}), o.get("report", {})
bad = [f for f in score.REPORT_FIELDS if f in rg and rg.get(f) != ro.get(f)]
print(json.dumps({"rows": [dict(kind=r["kind"], gold=r["gold"], out=r["out"], tp=r["tp"],
    p=r["p"], r=r["r"], f1=r["f1"], attr=r["attr"], missed=len(r["missed"]),
    extra=len(r["extra"])) for r in rows], "bad": bad}))
)";

Json RunScorePy(const std::string& tools, const std::string& gold, const std::string& out) {
  std::string script = ::testing::TempDir() + "scorer_test_" + std::to_string(getpid()) + "_score.py";
  std::ofstream(script) << kPythonScore;
  std::string command = "python3 '" + script + "' '" + tools + "' '" + gold + "' '" + out + "'";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return nullptr;
  std::string text;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  pclose(pipe);
  return Json::parse(text, nullptr, false);
}

void ExpectSame(const Json& py, const ScoreReport& cc, const std::string& name) {
  ASSERT_EQ(py["rows"].size(), cc.kinds.size()) << name;
  for (std::size_t i = 0; i < cc.kinds.size(); ++i) {
    const Json& want = py["rows"][i];
    const KindScore& got = cc.kinds[i];
    std::string where = name + " " + got.kind;
    EXPECT_EQ(want["kind"], got.kind) << where;
    EXPECT_EQ(want["tp"], got.tp) << where;
    EXPECT_EQ(want["out"], got.out) << where;
    EXPECT_DOUBLE_EQ(want["p"].get<double>(), got.p) << where;
    EXPECT_DOUBLE_EQ(want["r"].get<double>(), got.r) << where;
    EXPECT_DOUBLE_EQ(want["f1"].get<double>(), got.f1) << where;
    EXPECT_EQ(want["missed"], got.missed.size()) << where;
    EXPECT_EQ(want["extra"], got.extra.size()) << where;
    for (const auto& [attr, value] : got.attr) {
      if (value) EXPECT_DOUBLE_EQ(want["attr"][attr].get<double>(), *value) << where << " " << attr;
      else EXPECT_TRUE(want["attr"][attr].is_null()) << where << " " << attr;
    }
  }
  EXPECT_EQ(py["bad"].size(), cc.report_mismatches.size()) << name;
}

TEST(Scorer, AgreesWithScorePy) {
  // The copy beside this test (see its header), so the cross-check runs in a clone alone.
  const std::string tools = testing::SourcePath("tests/scoring");
  ASSERT_TRUE(std::ifstream(tools + "/score.py")) << "no " << tools << "/score.py";
  if (std::system("python3 -c 'import unicodedata' >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "python3 is missing (scripts/setup installs it)";
  for (const auto& c : kCases) {
    Json gold = Gold(c.gold), out = Apply(c);
    Json py = RunScorePy(tools, WriteTemp("gold", gold), WriteTemp(c.name, out));
    ASSERT_TRUE(py.is_object()) << c.name;
    ExpectSame(py, Score(gold, out), c.name);
  }
}

}  // namespace
}  // namespace findings::scoring

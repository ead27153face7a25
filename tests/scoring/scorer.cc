#include "scoring/scorer.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <fstream>
#include <set>
#include <tuple>

#include "scoring/match_functions.h"

namespace findings::scoring {
namespace {

using Json = nlohmann::json;

const char* const kReportFields[] = {"id", "format", "area", "published", "fieldwork_started",
                                     "lead_inspector"};

struct Pair {
  double score;
  std::size_t gold, out;
};

// score.py's match(): every scoring pair, best first (ties: higher gold index,
// then higher output index, as Python's reverse tuple sort), taken greedily.
std::vector<Pair> GreedyMatch(const Json& gold, const Json& out, MatchFunction match) {
  std::vector<Pair> pairs;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    for (std::size_t j = 0; j < out.size(); ++j) {
      double s = match(gold[i], out[j]);
      if (s > 0) pairs.push_back({s, i, j});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    return std::tie(b.score, b.gold, b.out) < std::tie(a.score, a.gold, a.out);
  });
  std::set<std::size_t> used_gold, used_out;
  std::vector<Pair> result;
  for (const Pair& p : pairs) {
    if (used_gold.count(p.gold) || used_out.count(p.out)) continue;
    used_gold.insert(p.gold);
    used_out.insert(p.out);
    result.push_back(p);
  }
  return result;
}

// `doc.get(kind) or []`
Json FindingsOf(const Json& doc, const std::string& kind) {
  const Json& v = Get(doc, kind);
  return v.is_array() ? v : Json::array();
}

void AddCounts(KindScore* row) {
  row->p = row->out ? static_cast<double>(row->tp) / row->out : (row->gold ? 0.0 : 1.0);
  row->r = row->gold ? static_cast<double>(row->tp) / row->gold : 1.0;
  row->f1 = row->p + row->r > 0 ? 2 * row->p * row->r / (row->p + row->r) : 0.0;
}

KindScore ScoreKind(const KindRule& rule, const Json& g, const Json& o) {
  KindScore row;
  row.kind = rule.kind;
  row.gold = static_cast<int>(g.size());
  row.out = static_cast<int>(o.size());
  std::vector<Pair> pairs = GreedyMatch(g, o, rule.match);
  row.tp = static_cast<int>(pairs.size());
  AddCounts(&row);
  for (const auto& name : rule.attributes) {
    int agree = 0;
    for (const Pair& p : pairs) agree += AttributeEqual(name, Get(g[p.gold], name), Get(o[p.out], name));
    row.attr.emplace_back(name, row.tp ? std::optional<double>(static_cast<double>(agree) / row.tp)
                                       : std::nullopt);
  }
  std::set<std::size_t> matched_gold, matched_out;
  for (const Pair& p : pairs) matched_gold.insert(p.gold), matched_out.insert(p.out);
  for (std::size_t i = 0; i < g.size(); ++i) if (!matched_gold.count(i)) row.missed.push_back(g[i]);
  for (std::size_t j = 0; j < o.size(); ++j) if (!matched_out.count(j)) row.extra.push_back(o[j]);
  return row;
}

// Python's repr() of a report field, for the mismatch messages.
std::string Repr(const Json& v) {
  if (v.is_null()) return "None";
  return v.is_string() ? "'" + v.get<std::string>() + "'" : v.dump();
}

void CheckReport(const Json& gold, const Json& out, ScoreReport* score) {
  const Json& rep_g = Get(gold, "report");
  const Json& rep_o = Get(out, "report");
  for (const char* field : kReportFields) {
    if (!rep_g.is_object() || !rep_g.contains(field)) continue;
    if (Get(rep_g, field) == Get(rep_o, field)) {
      score->report_matches.push_back(field);
    } else {
      score->report_mismatches.push_back(std::string(field) + ": want " + Repr(Get(rep_g, field)) +
                                         " got " + Repr(Get(rep_o, field)));
    }
  }
}

std::string Format(const char* format, ...) __attribute__((format(printf, 1, 2)));
std::string Format(const char* format, ...) {
  char buffer[512];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  return buffer;
}

// At most `limit` bytes, not cutting a UTF-8 sequence.
std::string Clip(std::string text, std::size_t limit) {
  if (text.size() <= limit) return text;
  while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  return text.substr(0, limit);
}

std::string KindLine(const KindScore& row, bool verbose) {
  std::string line = Format("%-18s gold=%3d out=%3d P=%.3f R=%.3f F1=%.3f", row.kind.c_str(), row.gold,
                            row.out, row.p, row.r, row.f1);
  for (const auto& [name, value] : row.attr) {
    if (value) line += Format(" %s=%.2f", name.c_str(), *value);
  }
  line += "\n";
  if (!verbose) return line;
  for (std::size_t i = 0; i < row.missed.size() && i < 4; ++i) {
    line += "   missed: " + Clip(row.missed[i].dump(), 160) + "\n";
  }
  for (std::size_t i = 0; i < row.extra.size() && i < 4; ++i) {
    line += "   extra:  " + Clip(row.extra[i].dump(), 160) + "\n";
  }
  return line;
}

}  // namespace

const std::vector<std::string>& ScoredKinds() {
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> names;
    for (const auto& rule : KindRules()) names.push_back(rule.kind);
    return names;
  }();
  return kinds;
}

const KindScore* ScoreReport::Find(const std::string& kind) const {
  for (const auto& row : kinds) {
    if (row.kind == kind) return &row;
  }
  return nullptr;
}

double ScoreReport::MinF1() const {
  double worst = 1.0;
  for (const auto& row : kinds) worst = std::min(worst, row.f1);
  return worst;
}

ScoreReport Score(const Json& gold, const Json& out, const std::vector<std::string>& kinds) {
  ScoreReport score;
  for (const auto& kind : kinds) {
    for (const auto& rule : KindRules()) {
      if (rule.kind != kind) continue;
      Json g = FindingsOf(gold, kind), o = FindingsOf(out, kind);
      if (g.empty() && o.empty()) continue;
      score.kinds.push_back(ScoreKind(rule, g, o));
    }
  }
  CheckReport(gold, out, &score);
  return score;
}

std::string Summary(const ScoreReport& score, bool verbose) {
  std::string text;
  for (const auto& row : score.kinds) text += KindLine(row, verbose);
  std::size_t total = score.report_matches.size() + score.report_mismatches.size();
  text += Format("report fields %zu/%zu", score.report_matches.size(), total);
  for (std::size_t i = 0; i < score.report_mismatches.size(); ++i) {
    text += (i ? "; " : " | ") + score.report_mismatches[i];
  }
  text += Format("\nmin F1 %.3f\n", score.MinF1());
  return text;
}

Json LoadJson(const std::string& path) {
  std::ifstream in(path);
  if (!in) return nullptr;
  Json doc = Json::parse(in, nullptr, /*allow_exceptions=*/false);
  return doc.is_discarded() ? Json(nullptr) : doc;
}

}  // namespace findings::scoring

// ToJson: the findings model → the report document of shared/spec/MODEL.md.
#include "emit/model_json.h"

#include <cmath>
#include <cstdint>

namespace findings {
namespace {

using Json = nlohmann::ordered_json;

// Integral values print as integers (counts, most percentages); the rest keep
// nlohmann's shortest round-trip form. 2^53 bounds exact integers in a double.
Json Number(double value) {
  if (!std::isfinite(value)) return nullptr;
  if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0) {
    return static_cast<std::int64_t>(value);
  }
  return value;
}

Json Number(const std::optional<double>& value) {
  return value ? Number(*value) : Json(nullptr);
}

Json Text(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json Ints(const std::vector<int>& values) {
  Json out = Json::array();
  for (int v : values) out.push_back(v);
  return out;
}

Json Strings(const std::vector<std::string>& values) {
  Json out = Json::array();
  for (const auto& v : values) out.push_back(v);
  return out;
}

Json ToJson(const Provenance& p) {
  Json out = Json::object();
  out["page"] = p.page ? Json(*p.page) : Json(nullptr);
  out["start"] = p.start;
  out["end"] = p.end;
  return out;
}

Json ToJson(const Source& s) {
  Json out = Json::object();
  out["path"] = s.path;
  out["sha256"] = s.sha256;
  out["media_type"] = s.media_type;
  out["pages"] = s.pages ? Json(*s.pages) : Json(nullptr);
  return out;
}

Json ToJson(const Extractor& e) {
  Json out = Json::object();
  out["plugin"] = e.plugin;
  out["plugin_version"] = e.plugin_version;
  out["grammar_sha256"] = e.grammar_sha256;
  return out;
}

Json ToJson(const Report& r) {
  Json out = Json::object();
  out["id"] = r.id;
  out["format"] = r.format;
  out["title"] = r.title;
  out["area"] = r.area;
  out["published"] = Text(r.published);
  out["fieldwork_started"] = Text(r.fieldwork_started);
  out["providers"] = Json::array();
  for (const auto& p : r.providers) {
    out["providers"].push_back(Json{{"type", p.type}, {"name", p.name}});
  }
  out["lead_inspector"] = Text(r.lead_inspector);
  out["source"] = ToJson(r.source);
  out["extractor"] = ToJson(r.extractor);
  return out;
}

Json ToJson(const Rating& r) {
  Json out = Json::object();
  out[kProviderKey] = Text(r.provider);
  out["standard"] = r.standard;
  out["title"] = r.title;
  out["rating"] = r.rating;
  out["provenance"] = ToJson(r.provenance);
  return out;
}

Json ToJson(const CaseResult& c) {
  Json out = Json::object();
  out[kProviderKey] = Text(c.provider);
  out["question"] = c.question;
  out["text"] = c.text;
  out["percent"] = Number(c.percent);
  out["provenance"] = ToJson(c.provenance);
  return out;
}

Json ToJson(const KeyFact& k) {
  Json out = Json::object();
  out["value"] = Number(k.value);
  out["unit"] = k.unit;
  out["value_text"] = k.value_text;
  if (k.of) out["of"] = Number(*k.of);
  out[kProviderKey] = Text(k.provider);
  out["fact"] = Text(k.fact);
  out["description"] = k.description;
  out["footnotes"] = Ints(k.footnotes);
  out["provenance"] = ToJson(k.provenance);
  return out;
}

Json ToJson(const Percentage& p) {
  Json out = Json::object();
  out["value"] = Number(p.value);
  out[kProviderKey] = Text(p.provider);
  out["domain"] = Text(p.domain);
  out["section"] = p.section;
  out["sentence"] = p.sentence;
  out["measure"] = Text(p.measure);
  out["period"] = Text(p.period);
  out["basis"] = Text(p.basis);
  if (p.note) out["note"] = *p.note;
  if (!p.footnotes.empty()) out["footnotes"] = Ints(p.footnotes);
  out["provenance"] = ToJson(p.provenance);
  return out;
}

Json ToJson(const Recommendation& r) {
  Json out = Json::object();
  out["number"] = r.number;
  out["addressees"] = Strings(r.addressees);
  out["addressee_text"] = r.addressee_text;
  out["text"] = r.text;
  out["provenance"] = ToJson(r.provenance);
  return out;
}

Json ToJson(const PracticeExample& e) {
  Json out = Json::object();
  out["polarity"] = e.polarity;
  out[kProviderKey] = Text(e.provider);
  out["domain"] = Text(e.domain);
  out["section"] = e.section;
  out["text"] = e.text;
  out["provenance"] = ToJson(e.provenance);
  return out;
}

Json ToJson(const Judgement& j) {
  Json out = Json::object();
  out["kind"] = j.kind;
  out["domain"] = Text(j.domain);
  out[kProviderKey] = Text(j.provider);
  out["text"] = j.text;
  out["provenance"] = ToJson(j.provenance);
  return out;
}

Json ToJson(const Diagnostic& d) {
  Json out = Json::object();
  out["level"] = d.level;
  out["code"] = d.code;
  out["message"] = d.message;
  out["provenance"] = d.provenance ? ToJson(*d.provenance) : Json(nullptr);
  return out;
}

template <typename T>
Json Array(const std::vector<T>& items) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back(ToJson(item));
  return out;
}

}  // namespace

nlohmann::ordered_json ToJson(const Findings& f) {
  Json out = Json::object();
  out[kSchemaVersionKey] = kSchemaVersion;
  out[kReportKey] = ToJson(f.report);
  // Same order as kFindingKinds.
  out[kFindingKinds[0]] = Array(f.ratings);
  out[kFindingKinds[1]] = Array(f.case_results);
  out[kFindingKinds[2]] = Array(f.key_facts);
  out[kFindingKinds[3]] = Array(f.percentages);
  out[kFindingKinds[4]] = Array(f.recommendations);
  out[kFindingKinds[5]] = Array(f.practice_examples);
  out[kFindingKinds[6]] = Array(f.judgements);
  out[kDiagnosticsKey] = Array(f.diagnostics);
  return out;
}

}  // namespace findings

// The field names of the report document (docs/model.md), in document order: the
// one list that ToJson (model_json.cc) writes and FromJson (model_json_read.cc)
// reads.
//
// `Fields(v, x)` visits every field of a model struct `x` (const for writing)
// with `v.Field(name, member)`, or `v.Shown(name, member)` for a field the
// document holds only when present (an optional with a value, a non-empty
// list); a visitor overloads those two for each member type.
#ifndef FINDINGS_EMIT_MODEL_FIELDS_H_
#define FINDINGS_EMIT_MODEL_FIELDS_H_

#include <type_traits>

#include "emit/model_json.h"
#include "findings/model.h"

namespace findings {

// Enables a Fields overload for `Model` and `const Model`.
template <class T, class Model>
using IfModel = std::enable_if_t<std::is_same_v<std::remove_const_t<T>, Model>, bool>;

template <class V, class T, IfModel<T, Provenance> = true>
void Fields(V& v, T& x) {
  v.Field("page", x.page);
  v.Field("start", x.start);
  v.Field("end", x.end);
}

template <class V, class T, IfModel<T, Provider> = true>
void Fields(V& v, T& x) {
  v.Field("type", x.type);
  v.Field("name", x.name);
}

template <class V, class T, IfModel<T, Source> = true>
void Fields(V& v, T& x) {
  v.Field("path", x.path);
  v.Field("sha256", x.sha256);
  v.Field("media_type", x.media_type);
  v.Field("pages", x.pages);
}

template <class V, class T, IfModel<T, Extractor> = true>
void Fields(V& v, T& x) {
  v.Field("plugin", x.plugin);
  v.Field("plugin_version", x.plugin_version);
  v.Field("grammar_sha256", x.grammar_sha256);
}

template <class V, class T, IfModel<T, Report> = true>
void Fields(V& v, T& x) {
  v.Field("id", x.id);
  v.Field("format", x.format);
  v.Field("title", x.title);
  v.Field("area", x.area);
  v.Field("published", x.published);
  v.Field("fieldwork_started", x.fieldwork_started);
  v.Field("providers", x.providers);
  v.Field("lead_inspector", x.lead_inspector);
  v.Field("source", x.source);
  v.Field("extractor", x.extractor);
}

template <class V, class T, IfModel<T, Rating> = true>
void Fields(V& v, T& x) {
  v.Field(kProviderKey, x.provider);
  v.Field("standard", x.standard);
  v.Field("title", x.title);
  v.Field("rating", x.rating);
  v.Field("provenance", x.provenance);
}

template <class V, class T, IfModel<T, CaseResult> = true>
void Fields(V& v, T& x) {
  v.Field(kProviderKey, x.provider);
  v.Field("question", x.question);
  v.Field("text", x.text);
  v.Field("percent", x.percent);
  v.Field("provenance", x.provenance);
}

template <class V, class T, IfModel<T, KeyFact> = true>
void Fields(V& v, T& x) {
  v.Field("value", x.value);
  v.Field("unit", x.unit);
  v.Field("value_text", x.value_text);
  v.Shown("of", x.of);
  v.Field(kProviderKey, x.provider);
  v.Field("fact", x.fact);
  v.Field("description", x.description);
  v.Field("footnotes", x.footnotes);
  v.Field("provenance", x.provenance);
}

template <class V, class T, IfModel<T, Percentage> = true>
void Fields(V& v, T& x) {
  v.Field("value", x.value);
  v.Field(kProviderKey, x.provider);
  v.Field("domain", x.domain);
  v.Field("section", x.section);
  v.Field("sentence", x.sentence);
  v.Field("measure", x.measure);
  v.Field("period", x.period);
  v.Field("basis", x.basis);
  v.Shown("note", x.note);
  v.Shown("footnotes", x.footnotes);
  v.Field("provenance", x.provenance);
}

template <class V, class T, IfModel<T, Recommendation> = true>
void Fields(V& v, T& x) {
  v.Field("number", x.number);
  v.Field("addressees", x.addressees);
  v.Field("addressee_text", x.addressee_text);
  v.Field("text", x.text);
  v.Field("provenance", x.provenance);
}

template <class V, class T, IfModel<T, PracticeExample> = true>
void Fields(V& v, T& x) {
  v.Field("polarity", x.polarity);
  v.Field(kProviderKey, x.provider);
  v.Field("domain", x.domain);
  v.Field("section", x.section);
  v.Field("text", x.text);
  v.Field("provenance", x.provenance);
}

template <class V, class T, IfModel<T, Judgement> = true>
void Fields(V& v, T& x) {
  v.Field("kind", x.kind);
  v.Field("domain", x.domain);
  v.Field(kProviderKey, x.provider);
  v.Field("text", x.text);
  v.Field("provenance", x.provenance);
}

template <class V, class T, IfModel<T, Diagnostic> = true>
void Fields(V& v, T& x) {
  v.Field("level", x.level);
  v.Field("code", x.code);
  v.Field("message", x.message);
  v.Field("provenance", x.provenance);
}

// The document after its schema_version: the report, then the finding arrays in
// kFindingKinds order, then the diagnostics.
template <class V, class T, IfModel<T, Findings> = true>
void Fields(V& v, T& x) {
  v.Field(kReportKey, x.report);
  v.Field(kFindingKinds[0], x.ratings);
  v.Field(kFindingKinds[1], x.case_results);
  v.Field(kFindingKinds[2], x.key_facts);
  v.Field(kFindingKinds[3], x.percentages);
  v.Field(kFindingKinds[4], x.recommendations);
  v.Field(kFindingKinds[5], x.practice_examples);
  v.Field(kFindingKinds[6], x.judgements);
  v.Field(kDiagnosticsKey, x.diagnostics);
}

}  // namespace findings

#endif  // FINDINGS_EMIT_MODEL_FIELDS_H_

// FromJson: a report document (shared/spec/MODEL.md) → the findings model.
#include <cmath>
#include <string>
#include <utility>

#include "emit/model_json.h"

namespace findings {
namespace {

using Json = nlohmann::json;

// Reads the fields of one JSON object into model values. The first type error
// is kept (with its path, e.g. "ratings[2].rating"); later reads are no-ops.
class FieldReader {
 public:
  FieldReader(const Json& object, std::string path, std::string* error)
      : object_(object), path_(std::move(path)), error_(error) {
    if (!object_.is_object()) Fail("", "expected an object");
  }

  std::string Path(const char* key) const { return path_.empty() ? key : path_ + "." + key; }
  const Json* Find(const char* key) const {
    if (!error_->empty() || !object_.is_object()) return nullptr;
    auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  void Str(const char* key, std::string* out) {
    const Json* v = Find(key);
    if (v && v->is_string()) *out = v->get<std::string>();
    else if (error_->empty()) Fail(key, v ? "expected a string" : "missing");
  }
  void OptStr(const char* key, std::optional<std::string>* out) {
    const Json* v = Find(key);
    if (!v || v->is_null()) out->reset();
    else if (v->is_string()) *out = v->get<std::string>();
    else Fail(key, "expected a string or null");
  }
  void Num(const char* key, double* out) {
    const Json* v = Find(key);
    if (v && v->is_number()) *out = v->get<double>();
    else if (error_->empty()) Fail(key, v ? "expected a number" : "missing");
  }
  void OptNum(const char* key, std::optional<double>* out) {
    const Json* v = Find(key);
    if (!v || v->is_null()) out->reset();
    else if (v->is_number()) *out = v->get<double>();
    else Fail(key, "expected a number or null");
  }
  void Int(const char* key, int* out) {
    const Json* v = Find(key);
    if (v && v->is_number_integer()) *out = v->get<int>();
    else if (error_->empty()) Fail(key, v ? "expected an integer" : "missing");
  }
  void OptInt(const char* key, std::optional<int>* out) {
    const Json* v = Find(key);
    if (!v || v->is_null()) out->reset();
    else if (v->is_number_integer()) *out = v->get<int>();
    else Fail(key, "expected an integer or null");
  }
  void Offset(const char* key, std::size_t* out) {
    const Json* v = Find(key);
    if (v && v->is_number_unsigned()) *out = v->get<std::size_t>();
    else if (v && v->is_number_integer() && v->get<long long>() >= 0) *out = v->get<std::size_t>();
    else if (error_->empty()) Fail(key, v ? "expected a non-negative integer" : "missing");
  }
  // Absent means empty.
  void Ints(const char* key, std::vector<int>* out) {
    const Json* v = Find(key);
    if (!v) return;
    if (!v->is_array()) return Fail(key, "expected an array");
    for (const auto& item : *v) {
      if (!item.is_number_integer()) return Fail(key, "expected integers");
      out->push_back(item.get<int>());
    }
  }
  void Strs(const char* key, std::vector<std::string>* out) {
    const Json* v = Find(key);
    if (!v) return;
    if (!v->is_array()) return Fail(key, "expected an array");
    for (const auto& item : *v) {
      if (!item.is_string()) return Fail(key, "expected strings");
      out->push_back(item.get<std::string>());
    }
  }
  // Reads an array of objects with `read(reader, item*)`; absent means empty.
  template <typename T, typename ReadItem>
  void Objects(const char* key, std::vector<T>* out, ReadItem read) {
    const Json* v = Find(key);
    if (!v) return;
    if (!v->is_array()) return Fail(key, "expected an array");
    for (std::size_t i = 0; i < v->size() && error_->empty(); ++i) {
      FieldReader item((*v)[i], Path(key) + "[" + std::to_string(i) + "]", error_);
      out->emplace_back();
      read(item, &out->back());
    }
  }
  // Reads a nested object with `read(reader, out)`; absent leaves *out as is.
  template <typename T, typename ReadItem>
  void Object(const char* key, T* out, ReadItem read) {
    const Json* v = Find(key);
    if (!v) return;
    FieldReader child(*v, Path(key), error_);
    read(child, out);
  }

 private:
  void Fail(const char* key, const char* what) {
    if (!error_->empty()) return;
    std::string where = *key ? Path(key) : (path_.empty() ? "document" : path_);
    *error_ = where + ": " + what;
  }

  const Json& object_;
  std::string path_;
  std::string* error_;
};

void Read(FieldReader& r, Provenance* p) {
  r.OptInt("page", &p->page);
  r.Offset("start", &p->start);
  r.Offset("end", &p->end);
}

void ReadProvenance(FieldReader& r, Provenance* p) { r.Object("provenance", p, Read); }

void Read(FieldReader& r, Provider* p) {
  r.Str("type", &p->type);
  r.Str("name", &p->name);
}

void Read(FieldReader& r, Source* s) {
  r.Str("path", &s->path);
  r.Str("sha256", &s->sha256);
  r.Str("media_type", &s->media_type);
  r.OptInt("pages", &s->pages);
}

void Read(FieldReader& r, Extractor* e) {
  r.Str("plugin", &e->plugin);
  r.Str("plugin_version", &e->plugin_version);
  r.Str("grammar_sha256", &e->grammar_sha256);
}

void Read(FieldReader& r, Report* rep) {
  r.Str("id", &rep->id);
  r.Str("format", &rep->format);
  r.Str("title", &rep->title);
  r.Str("area", &rep->area);
  r.OptStr("published", &rep->published);
  r.OptStr("fieldwork_started", &rep->fieldwork_started);
  r.Objects("providers", &rep->providers, [](FieldReader& i, Provider* p) { Read(i, p); });
  r.OptStr("lead_inspector", &rep->lead_inspector);
  r.Object("source", &rep->source, [](FieldReader& i, Source* s) { Read(i, s); });
  r.Object("extractor", &rep->extractor, [](FieldReader& i, Extractor* e) { Read(i, e); });
}

void Read(FieldReader& r, Rating* x) {
  r.OptStr(kProviderKey, &x->provider);
  r.Str("standard", &x->standard);
  r.Str("title", &x->title);
  r.Str("rating", &x->rating);
  ReadProvenance(r, &x->provenance);
}

void Read(FieldReader& r, CaseResult* x) {
  r.OptStr(kProviderKey, &x->provider);
  r.Str("question", &x->question);
  r.Str("text", &x->text);
  r.OptNum("percent", &x->percent);
  ReadProvenance(r, &x->provenance);
}

void Read(FieldReader& r, KeyFact* x) {
  r.Num("value", &x->value);
  r.Str("unit", &x->unit);
  r.Str("value_text", &x->value_text);
  r.OptNum("of", &x->of);
  r.OptStr(kProviderKey, &x->provider);
  r.OptStr("fact", &x->fact);
  r.Str("description", &x->description);
  r.Ints("footnotes", &x->footnotes);
  ReadProvenance(r, &x->provenance);
}

void Read(FieldReader& r, Percentage* x) {
  r.Num("value", &x->value);
  r.OptStr(kProviderKey, &x->provider);
  r.OptStr("domain", &x->domain);
  r.Str("section", &x->section);
  r.Str("sentence", &x->sentence);
  r.OptStr("measure", &x->measure);
  r.OptStr("period", &x->period);
  r.OptStr("basis", &x->basis);
  r.OptStr("note", &x->note);
  r.Ints("footnotes", &x->footnotes);
  ReadProvenance(r, &x->provenance);
}

void Read(FieldReader& r, Recommendation* x) {
  r.Int("number", &x->number);
  r.Strs("addressees", &x->addressees);
  r.Str("addressee_text", &x->addressee_text);
  r.Str("text", &x->text);
  ReadProvenance(r, &x->provenance);
}

void Read(FieldReader& r, PracticeExample* x) {
  r.Str("polarity", &x->polarity);
  r.OptStr(kProviderKey, &x->provider);
  r.OptStr("domain", &x->domain);
  r.Str("section", &x->section);
  r.Str("text", &x->text);
  ReadProvenance(r, &x->provenance);
}

void Read(FieldReader& r, Judgement* x) {
  r.Str("kind", &x->kind);
  r.OptStr("domain", &x->domain);
  r.OptStr(kProviderKey, &x->provider);
  r.Str("text", &x->text);
  ReadProvenance(r, &x->provenance);
}

void Read(FieldReader& r, Diagnostic* x) {
  r.Str("level", &x->level);
  r.Str("code", &x->code);
  r.Str("message", &x->message);
  const Json* p = r.Find("provenance");
  if (p && !p->is_null()) {
    x->provenance.emplace();
    r.Object("provenance", &*x->provenance, [](FieldReader& i, Provenance* v) { Read(i, v); });
  }
}

bool IsReadableVersion(const Json& version) {
  for (const char* readable : kReadableSchemaVersions)
    if (version == readable) return true;
  return false;
}

std::string ReadableVersions() {
  std::string list;
  for (const char* readable : kReadableSchemaVersions) list += (list.empty() ? "" : ", ") + std::string(readable);
  return list;
}

template <typename T>
void ReadKind(FieldReader& r, const char* kind, std::vector<T>* out) {
  r.Objects(kind, out, [](FieldReader& item, T* x) { Read(item, x); });
}

}  // namespace

Result<Findings> FromJson(const nlohmann::json& document) {
  if (document.is_object()) {
    auto version = document.find(kSchemaVersionKey);
    if (version != document.end() && !IsReadableVersion(*version)) {
      return Status::Error(Code::kUnsupported, "schema_version " + version->dump() +
                                                   " (supported: " + ReadableVersions() + ")");
    }
  }
  std::string error;
  FieldReader r(document, "", &error);
  Findings f;
  r.Object(kReportKey, &f.report, [](FieldReader& i, Report* rep) { Read(i, rep); });
  ReadKind(r, kFindingKinds[0], &f.ratings);
  ReadKind(r, kFindingKinds[1], &f.case_results);
  ReadKind(r, kFindingKinds[2], &f.key_facts);
  ReadKind(r, kFindingKinds[3], &f.percentages);
  ReadKind(r, kFindingKinds[4], &f.recommendations);
  ReadKind(r, kFindingKinds[5], &f.practice_examples);
  ReadKind(r, kFindingKinds[6], &f.judgements);
  ReadKind(r, kDiagnosticsKey, &f.diagnostics);
  if (!error.empty()) return Status::Error(Code::kInvalidArgument, error);
  return f;
}

}  // namespace findings

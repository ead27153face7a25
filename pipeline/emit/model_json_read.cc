// FromJson: a report document (docs/model.md) → the findings model,
// field by field as model_fields.h lists them.
#include <cmath>
#include <string>
#include <utility>

#include "emit/model_fields.h"
#include "emit/model_json.h"

namespace findings {
namespace {

using Json = nlohmann::json;

// Reads the fields of one JSON object into model values: the visitor of
// model_fields.h that reads. The first type error is kept (with its path, e.g.
// "ratings[2].rating"); later reads are no-ops. A required field (a plain
// string or number) must be present; an absent optional is null, an absent
// list empty, an absent object left as it was.
class FieldReader {
 public:
  FieldReader(const Json& object, std::string path, std::string* error)
      : object_(object), path_(std::move(path)), error_(error) {
    if (!object_.is_object()) Fail("", "expected an object");
  }

  void Field(const char* key, std::string& out) {
    const Json* v = Find(key);
    if (v && v->is_string()) out = v->get<std::string>();
    else if (error_->empty()) Fail(key, v ? "expected a string" : "missing");
  }
  void Field(const char* key, std::optional<std::string>& out) {
    const Json* v = Find(key);
    if (!v || v->is_null()) out.reset();
    else if (v->is_string()) out = v->get<std::string>();
    else Fail(key, "expected a string or null");
  }
  void Field(const char* key, double& out) {
    const Json* v = Find(key);
    if (v && v->is_number()) out = v->get<double>();
    else if (error_->empty()) Fail(key, v ? "expected a number" : "missing");
  }
  void Field(const char* key, std::optional<double>& out) {
    const Json* v = Find(key);
    if (!v || v->is_null()) out.reset();
    else if (v->is_number()) out = v->get<double>();
    else Fail(key, "expected a number or null");
  }
  void Field(const char* key, int& out) {
    const Json* v = Find(key);
    if (v && v->is_number_integer()) out = v->get<int>();
    else if (error_->empty()) Fail(key, v ? "expected an integer" : "missing");
  }
  void Field(const char* key, std::optional<int>& out) {
    const Json* v = Find(key);
    if (!v || v->is_null()) out.reset();
    else if (v->is_number_integer()) out = v->get<int>();
    else Fail(key, "expected an integer or null");
  }
  // A byte offset.
  void Field(const char* key, std::size_t& out) {
    const Json* v = Find(key);
    if (v && v->is_number_unsigned()) out = v->get<std::size_t>();
    else if (v && v->is_number_integer() && v->get<long long>() >= 0) out = v->get<std::size_t>();
    else if (error_->empty()) Fail(key, v ? "expected a non-negative integer" : "missing");
  }
  void Field(const char* key, std::vector<int>& out) {
    const Json* v = Find(key);
    if (!v) return;
    if (!v->is_array()) return Fail(key, "expected an array");
    for (const auto& item : *v) {
      if (!item.is_number_integer()) return Fail(key, "expected integers");
      out.push_back(item.get<int>());
    }
  }
  void Field(const char* key, std::vector<std::string>& out) {
    const Json* v = Find(key);
    if (!v) return;
    if (!v->is_array()) return Fail(key, "expected an array");
    for (const auto& item : *v) {
      if (!item.is_string()) return Fail(key, "expected strings");
      out.push_back(item.get<std::string>());
    }
  }
  // An array of objects.
  template <class T>
  void Field(const char* key, std::vector<T>& out) {
    const Json* v = Find(key);
    if (!v) return;
    if (!v->is_array()) return Fail(key, "expected an array");
    for (std::size_t i = 0; i < v->size() && error_->empty(); ++i) {
      FieldReader item((*v)[i], Path(key) + "[" + std::to_string(i) + "]", error_);
      out.emplace_back();
      Fields(item, out.back());
    }
  }
  // An object or null.
  template <class T>
  void Field(const char* key, std::optional<T>& out) {
    const Json* v = Find(key);
    if (!v || v->is_null()) return;
    out.emplace();
    Field(key, *out);
  }
  // A nested object.
  template <class T>
  void Field(const char* key, T& out) {
    const Json* v = Find(key);
    if (!v) return;
    FieldReader child(*v, Path(key), error_);
    Fields(child, out);
  }

  // Absent is what the writer leaves out (see ObjectWriter::Shown).
  template <class T>
  void Shown(const char* key, T& out) {
    Field(key, out);
  }

 private:
  std::string Path(const char* key) const { return path_.empty() ? key : path_ + "." + key; }
  const Json* Find(const char* key) const {
    if (!error_->empty() || !object_.is_object()) return nullptr;
    auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }
  void Fail(const char* key, const char* what) {
    if (!error_->empty()) return;
    std::string where = *key ? Path(key) : (path_.empty() ? "document" : path_);
    *error_ = where + ": " + what;
  }

  const Json& object_;
  std::string path_;
  std::string* error_;
};

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
  FieldReader reader(document, "", &error);
  Findings f;
  Fields(reader, f);
  if (!error.empty()) return Status::Error(Code::kInvalidArgument, error);
  return f;
}

}  // namespace findings

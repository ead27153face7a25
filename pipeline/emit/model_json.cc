// ToJson: the findings model → the report document of docs/model.md,
// field by field as model_fields.h lists them.
#include "emit/model_json.h"

#include <cmath>
#include <cstdint>
#include <utility>

#include "emit/model_fields.h"

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

// A model struct → a JSON object: the visitor of model_fields.h that writes.
class ObjectWriter {
 public:
  Json out = Json::object();

  void Field(const char* key, const std::string& value) { out[key] = value; }
  void Field(const char* key, const std::optional<std::string>& value) { out[key] = Text(value); }
  void Field(const char* key, double value) { out[key] = Number(value); }
  void Field(const char* key, const std::optional<double>& value) { out[key] = Number(value); }
  void Field(const char* key, int value) { out[key] = value; }
  void Field(const char* key, const std::optional<int>& value) {
    out[key] = value ? Json(*value) : Json(nullptr);
  }
  void Field(const char* key, std::size_t value) { out[key] = value; }
  template <class T>
  void Field(const char* key, const std::vector<T>& items) {
    out[key] = Json::array();
    for (const T& item : items) out[key].push_back(Item(item));
  }
  template <class T>
  void Field(const char* key, const std::optional<T>& object) {
    out[key] = object ? Object(*object) : Json(nullptr);
  }
  template <class T>
  void Field(const char* key, const T& object) {
    out[key] = Object(object);
  }

  // Written only when present.
  template <class T>
  void Shown(const char* key, const std::optional<T>& value) {
    if (value) Field(key, *value);
  }
  template <class T>
  void Shown(const char* key, const std::vector<T>& items) {
    if (!items.empty()) Field(key, items);
  }

  template <class T>
  static Json Object(const T& object) {
    ObjectWriter writer;
    Fields(writer, object);
    return std::move(writer.out);
  }

 private:
  static Json Item(int value) { return value; }
  static Json Item(const std::string& value) { return value; }
  template <class T>
  static Json Item(const T& object) {
    return Object(object);
  }
};

}  // namespace

nlohmann::ordered_json ToJson(const Findings& f) {
  ObjectWriter writer;
  writer.out[kSchemaVersionKey] = kSchemaVersion;
  Fields(writer, f);
  return std::move(writer.out);
}

}  // namespace findings

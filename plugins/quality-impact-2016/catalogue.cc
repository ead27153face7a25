#include "catalogue.h"

#include <set>

#include <nlohmann/json.hpp>

namespace findings::qi2016 {

namespace {

using Json = nlohmann::json;

const std::set<std::string> kUnits = {"count", "percent"};
const std::set<std::string> kBases = {"area", "programme_lowest", "programme_highest",
                                      "programme_average"};

// Reads the catalogue's arrays; the first fault is kept with where it is.
class Reader {
 public:
  std::string error;

  std::string Text(const Json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
  }

  // A non-empty array of strings, else empty.
  std::vector<std::string> Texts(const Json& object, const char* key) {
    std::vector<std::string> texts;
    auto it = object.find(key);
    if (it == object.end() || !it->is_array()) return texts;
    for (const Json& item : *it) {
      if (!item.is_string()) return {};
      texts.push_back(item.get<std::string>());
    }
    return texts;
  }

  // The objects of array `key` of `parent`; a missing array is empty.
  std::vector<const Json*> Objects(const Json& parent, const char* key, const std::string& path) {
    std::vector<const Json*> out;
    auto it = parent.find(key);
    if (it == parent.end()) return out;
    if (!it->is_array()) return Fail(path + key + ": expected an array"), out;
    for (const Json& item : *it) {
      if (!item.is_object()) return Fail(path + key + ": expected objects"), out;
      out.push_back(&item);
    }
    return out;
  }

  bool Entry(const Json& object, const std::string& where, CatalogueEntry* entry) {
    entry->id = Text(object, "id");
    entry->title = Text(object, "title");
    entry->unit = Text(object, "unit");
    const std::vector<std::string> wording = Texts(object, "wording");
    if (entry->id.empty() || entry->title.empty() || !kUnits.count(entry->unit) || wording.empty())
      return Fail(where + ": needs id, title, unit (count or percent) and wording");
    if (!ids_.insert(entry->id).second) return Fail(where + ": id '" + entry->id + "' is used twice");
    for (const std::string& phrase : wording) entry->wording.emplace_back(phrase);
    return true;
  }

  bool Measure(const Json& object, const std::string& where, MeasureEntry* measure) {
    if (!Entry(object, where, &measure->entry)) return false;
    for (const Wording& w : measure->entry.wording) {
      const std::size_t bar = w.phrase().find('|');
      measure->phrases.emplace_back(Wording(w.phrase().substr(0, bar)),
                                    Wording(bar == std::string::npos ? "" : w.phrase().substr(bar + 1)));
    }
    return true;
  }

  bool Table(const Json& object, const std::string& where, EarlierTable* table) {
    table->id = Text(object, "id");
    table->title = Text(object, "title");
    for (const std::string& phrase : Texts(object, "wording")) table->wording.emplace_back(phrase);
    if (table->id.empty() || table->title.empty() || table->wording.empty())
      return Fail(where + ": needs id, title and wording");
    const std::vector<const Json*> columns = Objects(object, "columns", where + ".");
    for (std::size_t i = 0; i < columns.size(); ++i) {
      TableColumn column{Text(*columns[i], "basis"), {}};
      for (const std::string& phrase : Texts(*columns[i], "wording")) column.wording.emplace_back(phrase);
      if (!kBases.count(column.basis) || column.wording.empty())
        return Fail(where + ".columns[" + std::to_string(i) + "]: needs a basis (area, " +
                    "programme_lowest, programme_highest, programme_average) and wording");
      table->columns.push_back(std::move(column));
    }
    const std::vector<const Json*> rows = Objects(object, "rows", where + ".");
    for (std::size_t i = 0; i < rows.size(); ++i) {
      table->rows.emplace_back();
      if (!Entry(*rows[i], where + ".rows[" + std::to_string(i) + "]", &table->rows.back())) return false;
    }
    if (error.empty() && (table->columns.empty() || table->rows.empty()))
      return Fail(where + ": needs columns and rows");
    return error.empty();
  }

 private:
  bool Fail(const std::string& message) {
    if (error.empty()) error = message;
    return false;
  }
  std::set<std::string> ids_;
};

template <typename T, typename Read>
void ReadAll(Reader* reader, const Json& tree, const char* key, std::vector<T>* out, Read read) {
  const std::vector<const Json*> objects = reader->Objects(tree, key, "");
  for (std::size_t i = 0; i < objects.size() && reader->error.empty(); ++i) {
    out->emplace_back();
    read(*objects[i], std::string(key) + "[" + std::to_string(i) + "]", &out->back());
  }
}

}  // namespace

Result<Catalogue> ParseCatalogue(const std::string& json_text) {
  const Json tree = Json::parse(json_text, nullptr, false);
  if (tree.is_discarded() || !tree.is_object())
    return Status::Error(Code::kInvalidArgument, "not a JSON object");
  Reader reader;
  Catalogue catalogue;
  ReadAll(&reader, tree, "key_facts", &catalogue.key_facts,
          [&](const Json& o, const std::string& w, CatalogueEntry* e) { reader.Entry(o, w, e); });
  ReadAll(&reader, tree, "measures", &catalogue.measures,
          [&](const Json& o, const std::string& w, MeasureEntry* m) { reader.Measure(o, w, m); });
  ReadAll(&reader, tree, "earlier_inspections", &catalogue.earlier_tables,
          [&](const Json& o, const std::string& w, EarlierTable* t) { reader.Table(o, w, t); });
  if (!reader.error.empty()) return Status::Error(Code::kInvalidArgument, reader.error);
  return catalogue;
}

Catalogue LoadCatalogue(const GrammarView& grammar) {
  const std::string* text = grammar.Data(kCatalogueFile);
  if (!text) return Catalogue();
  Result<Catalogue> catalogue = ParseCatalogue(*text);
  if (catalogue.ok()) return std::move(*catalogue);
  grammar.Diagnose("error", "grammar.catalogue",
                   std::string(kCatalogueFile) + ": " + catalogue.status().message());
  return Catalogue();
}

std::vector<const CatalogueEntry*> EntriesStarting(const std::vector<CatalogueEntry>& entries,
                                                    const Words& text) {
  std::vector<const CatalogueEntry*> found;
  for (const CatalogueEntry& entry : entries) {
    for (const Wording& wording : entry.wording) {
      if (!wording.MatchesStart(text)) continue;
      found.push_back(&entry);
      break;
    }
  }
  return found;
}

}  // namespace findings::qi2016

#include "dataset/flat_rows.h"

#include <map>

#include "emit/model_json.h"

namespace findings::dataset {

namespace {

using Flat = std::vector<std::pair<std::string, Json>>;

// Flattens `object` into (column name, value); `paths`, when given, receives
// each column's dotted field path.
void Flatten(const Json& object, const std::string& prefix, Flat* out,
             std::vector<std::string>* paths = nullptr, const std::string& path = "") {
  for (const auto& [key, value] : object.items()) {
    const std::string name = prefix.empty() ? key : prefix + "_" + key;
    const std::string dotted = path.empty() ? key : path + "." + key;
    if (value.is_object()) {
      Flatten(value, name, out, paths, dotted);
      continue;
    }
    out->emplace_back(name, value.is_array() ? Json(value.dump()) : value);
    if (paths) paths->push_back(dotted);
  }
}

std::string SqlType(const Json& value) {
  if (value.is_number_integer() || value.is_boolean()) return "INTEGER";
  if (value.is_number()) return "REAL";
  return "TEXT";
}

// A document in which every optional of every kind is present, so that its
// ToJson tree shows every column a real document can have.
Findings TemplateFindings() {
  Findings f;
  const Provenance provenance{1, 0, 0};
  f.report.published = f.report.fieldwork_started = f.report.lead_inspector = "";
  f.report.source.pages = 1;
  f.ratings.push_back({"", "", "", "", provenance});
  f.case_results.push_back({"", "", "", 0.5, provenance});
  f.key_facts.push_back({0.5, "", "", 0.5, "", "", "", {1}, provenance});
  f.percentages.push_back({0.5, "", "", "", "", "", "", "", "", {1}, provenance});
  f.recommendations.push_back({0, {""}, "", "", provenance});
  f.practice_examples.push_back({"", "", "", "", "", provenance});
  f.judgements.push_back({"", "", "", "", provenance});
  f.diagnostics.push_back({"", "", "", provenance});
  return f;
}

std::vector<Column> ColumnsOf(const Json& object) {
  Flat flat;
  std::vector<std::string> paths;
  Flatten(object, "", &flat, &paths);
  std::vector<Column> columns;
  for (std::size_t i = 0; i < flat.size(); ++i) {
    columns.push_back({flat[i].first, SqlType(flat[i].second), paths[i]});
    if (flat[i].first == kProviderKey) columns.push_back({kProviderIdColumn, "TEXT", ""});
  }
  return columns;
}

const std::map<std::string, std::vector<Column>>& AllKindColumns() {
  static const auto* columns = [] {
    auto* map = new std::map<std::string, std::vector<Column>>;
    const Json tree = ToJson(TemplateFindings());
    for (const std::string& kind : TableKinds()) {
      std::vector<Column> list = {{kReportIdColumn, "TEXT", ""}, {kAreaColumn, "TEXT", ""},
                                  {kPublishedColumn, "TEXT", ""}, {kSeqColumn, "INTEGER", ""}};
      for (Column& c : ColumnsOf(tree[kind][0])) list.push_back(std::move(c));
      (*map)[kind] = std::move(list);
    }
    return map;
  }();
  return *columns;
}

std::vector<Json> Pick(const Flat& flat, const std::vector<Column>& columns, std::size_t skip) {
  std::map<std::string, const Json*> by_name;
  for (const auto& [name, value] : flat) by_name[name] = &value;
  std::vector<Json> row;
  for (std::size_t i = skip; i < columns.size(); ++i) {
    auto it = by_name.find(columns[i].name);
    row.push_back(it == by_name.end() ? Json(nullptr) : *it->second);
  }
  return row;
}

}  // namespace

const std::vector<std::string>& TableKinds() {
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> list(kFindingKinds.begin(), kFindingKinds.end());
    list.push_back(kDiagnosticsKey);
    return list;
  }();
  return kinds;
}

const std::vector<Column>& KindColumns(const std::string& kind) {
  return AllKindColumns().at(kind);
}

const std::vector<Column>& ReportColumns() {
  static const std::vector<Column> columns = ColumnsOf(ToJson(TemplateFindings())[kReportKey]);
  return columns;
}

std::vector<Json> FindingRow(const Report& report, const Json& finding, std::size_t seq,
                             const std::string& kind, const ProviderIds& providers) {
  Flat flat;
  Flatten(finding, "", &flat);
  const auto code = finding.find(kProviderKey);
  if (code != finding.end() && code->is_string()) {
    auto id = providers.find(code->get<std::string>());
    if (id != providers.end()) flat.emplace_back(kProviderIdColumn, id->second);
  }
  std::vector<Json> row = {Json(report.id), Json(report.area),
                           report.published ? Json(*report.published) : Json(nullptr), Json(seq)};
  for (Json& value : Pick(flat, KindColumns(kind), row.size())) row.push_back(std::move(value));
  return row;
}

std::vector<Json> ReportRow(const Json& report) {
  Flat flat;
  Flatten(report, "", &flat);
  return Pick(flat, ReportColumns(), 0);
}

std::string CellText(const Json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  return value.dump();
}

}  // namespace findings::dataset

#include "dataset/compare.h"

#include <cmath>
#include <cstdint>
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "dataset/sqlite_schema.h"

namespace findings::dataset {

namespace {

using Json = nlohmann::ordered_json;
const std::vector<std::string> kProviderTypes = {"CRC", "NPS"};

// The SQL expression of the group column for a finding table aliased `f`, and
// the join it needs. Provider groups use the canonical provider of the
// finding's provider type in that report.
std::string GroupExpr(CompareBy by) {
  switch (by) {
    case CompareBy::kProvider: return "COALESCE(rp.provider_id, '(unknown ' || f.provider || ')')";
    case CompareBy::kArea: return "f.area";
    case CompareBy::kYear: return "substr(f.published, 1, 4)";
    case CompareBy::kNone: return "''";
  }
  return "''";
}

std::string GroupJoin(CompareBy by) {
  return by == CompareBy::kProvider
             ? " LEFT JOIN report_providers rp ON rp.report_id = f.report_id AND rp.type = f.provider"
             : "";
}

const char* GroupName(CompareBy by) {
  switch (by) {
    case CompareBy::kProvider: return "provider";
    case CompareBy::kArea: return "area";
    case CompareBy::kYear: return "year";
    case CompareBy::kNone: return "";
  }
  return "";
}

// "overall" first, then the standards and questions in numeric order.
std::string SortKey(const std::string& key) {
  if (key == "overall") return "";
  std::string padded;
  std::size_t start = 0;
  while (start <= key.size()) {
    std::size_t dot = key.find('.', start);
    if (dot == std::string::npos) dot = key.size();
    const std::string part = key.substr(start, dot - start);
    padded += std::string(part.size() < 4 ? 4 - part.size() : 0, '0') + part + ".";
    start = dot + 1;
  }
  return padded;
}

Json Rounded(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return TidyNumber(std::round(value * scale) / scale);
}

using RowKey = std::tuple<std::string, std::string, std::string>;  // group, sort key, label

std::vector<std::string> Header(CompareBy by, std::vector<std::string> rest) {
  if (by != CompareBy::kNone) rest.insert(rest.begin(), GroupName(by));
  return rest;
}

std::vector<Json> StartRow(CompareBy by, const RowKey& key) {
  std::vector<Json> row;
  if (by != CompareBy::kNone) row.push_back(std::get<0>(key));
  row.push_back(std::get<2>(key));
  return row;
}

Result<CompareTable> CompareRatings(Db* db, CompareBy by) {
  auto stmt = db->Prepare("SELECT " + GroupExpr(by) + ", f.standard, f.provider, f.rating, "
                          "COUNT(*) FROM ratings f" + GroupJoin(by) +
                          " WHERE f.provider IN ('CRC', 'NPS') GROUP BY 1, 2, 3, 4");
  if (!stmt.ok()) return stmt.status();
  // counts[row][provider][rating]
  std::map<RowKey, std::map<std::string, std::map<std::string, long long>>> counts;
  while (true) {
    Result<bool> more = (*stmt)->Step();
    if (!more.ok()) return more.status();
    if (!*more) break;
    const std::string standard = (*stmt)->Text(1);
    counts[{(*stmt)->Text(0), SortKey(standard), standard}][(*stmt)->Text(2)][(*stmt)->Text(3)] +=
        (*stmt)->Int(4);
  }
  std::vector<std::string> columns = {"standard"};
  for (const std::string& type : kProviderTypes) {
    for (const std::string& rating : RatingScale()) columns.push_back(type + " " + rating);
    columns.push_back(type + " mean");
  }
  CompareTable table{Header(by, columns), {}};
  for (auto& [key, by_provider] : counts) {
    std::vector<Json> row = StartRow(by, key);
    for (const std::string& type : kProviderTypes) {
      long long n = 0, sum = 0;
      for (std::size_t i = 0; i < RatingScale().size(); ++i) {
        const long long c = by_provider[type][RatingScale()[i]];
        row.push_back(c);
        n += c;
        sum += c * static_cast<long long>(i + 1);
      }
      row.push_back(n ? Rounded(static_cast<double>(sum) / n, 2) : Json(nullptr));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

// Rows of (group, key, provider) → (mean, count) pivoted into CRC and NPS columns.
Result<CompareTable> PivotMeans(Db* db, const std::string& sql, CompareBy by,
                                const std::vector<std::string>& lead,
                                const std::vector<std::string>& per_type) {
  auto stmt = db->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  std::map<RowKey, std::map<std::string, std::pair<Json, Json>>> cells;
  std::map<RowKey, Json> extra;
  while (true) {
    Result<bool> more = (*stmt)->Step();
    if (!more.ok()) return more.status();
    if (!*more) break;
    const std::string label = (*stmt)->Text(1);
    const RowKey key{(*stmt)->Text(0), SortKey(label) + "|" + (*stmt)->Text(5), label};
    cells[key][(*stmt)->Text(2)] = {Rounded((*stmt)->Real(3), 1), (*stmt)->Int(4)};
    extra[key] = (*stmt)->Value(5);
  }
  std::vector<std::string> columns = lead;
  for (const std::string& type : kProviderTypes)
    for (const std::string& name : per_type) columns.push_back(type + " " + name);
  CompareTable table{Header(by, columns), {}};
  for (auto& [key, by_provider] : cells) {
    std::vector<Json> row = StartRow(by, key);
    if (lead.size() > 1) row.push_back(extra[key]);
    for (const std::string& type : kProviderTypes) {
      auto it = by_provider.find(type);
      row.push_back(it == by_provider.end() ? Json(nullptr) : it->second.first);
      row.push_back(it == by_provider.end() ? Json(0) : it->second.second);
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

Result<CompareTable> CompareCaseResults(Db* db, CompareBy by) {
  return PivotMeans(db,
                    "SELECT " + GroupExpr(by) + ", f.question, f.provider, AVG(f.percent), "
                    "COUNT(DISTINCT f.report_id), '' FROM case_results f" + GroupJoin(by) +
                    " WHERE f.percent IS NOT NULL AND f.provider IN ('CRC', 'NPS') "
                    "GROUP BY 1, 2, 3",
                    by, {"question"}, {"mean % yes", "reports"});
}

Result<CompareTable> CompareMeasures(Db* db, CompareBy by) {
  return PivotMeans(db,
                    "SELECT " + GroupExpr(by) + ", f.measure, f.provider, AVG(f.value), "
                    "COUNT(*), f.area FROM percentages f" + GroupJoin(by) +
                    " WHERE f.measure IS NOT NULL AND f.period IS NULL "
                    "AND f.provider IN ('CRC', 'NPS') GROUP BY 1, 2, 3, 6",
                    by, {"measure", "area"}, {"%", "figures"});
}

// Figures pivoted into one column per area. `sql` yields (group, label, order,
// the other lead columns…, column, value), ordered from the oldest report to the
// newest so that a later report's figure replaces an earlier one's; `column` is
// an area, or one of `trailing` (columns after the areas). Rows are sorted by
// group, then order.
Result<CompareTable> PivotAreas(Db* db, const std::string& sql, CompareBy by,
                                const std::vector<std::string>& lead,
                                const std::vector<std::string>& trailing) {
  auto stmt = db->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  const int column_at = 2 + static_cast<int>(lead.size());
  std::map<RowKey, std::vector<Json>> extra;
  std::map<RowKey, std::map<std::string, Json>> cells;
  std::set<std::string> areas;
  while (true) {
    Result<bool> more = (*stmt)->Step();
    if (!more.ok()) return more.status();
    if (!*more) break;
    const RowKey key{(*stmt)->Text(0), (*stmt)->Text(2), (*stmt)->Text(1)};
    extra[key].clear();
    for (int c = 3; c < column_at; ++c) extra[key].push_back((*stmt)->Value(c));
    const std::string column = (*stmt)->Text(column_at);
    if (std::find(trailing.begin(), trailing.end(), column) == trailing.end()) areas.insert(column);
    cells[key][column] = (*stmt)->IsNull(column_at + 1) ? Json(nullptr) : TidyNumber((*stmt)->Real(column_at + 1));
  }
  std::vector<std::string> columns = lead;
  columns.insert(columns.end(), areas.begin(), areas.end());
  columns.insert(columns.end(), trailing.begin(), trailing.end());
  CompareTable table{Header(by, columns), {}};
  for (auto& [key, by_column] : cells) {
    std::vector<Json> row = StartRow(by, key);
    for (Json& value : extra[key]) row.push_back(std::move(value));
    for (std::size_t c = lead.size(); c < columns.size(); ++c) {
      auto it = by_column.find(columns[c]);
      row.push_back(it == by_column.end() ? Json(nullptr) : it->second);
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

// Per key fact id: its value in each area (the latest report's), in panel order.
Result<CompareTable> CompareKeyFacts(Db* db, CompareBy by) {
  return PivotAreas(db,
                    "SELECT " + GroupExpr(by) + ", f.fact, printf('%04d', MIN(f.seq) OVER "
                    "(PARTITION BY f.fact)), f.unit, f.provider, f.area, f.value "
                    "FROM key_facts f" + GroupJoin(by) +
                        " WHERE f.fact IS NOT NULL ORDER BY f.published, f.report_id, f.seq",
                    by, {"fact", "unit", "provider"}, {});
}

// Per measure of an earlier inspection and its year: each area's own score, and
// the programme's lowest, highest and average where the report gives them.
Result<CompareTable> CompareEarlierScores(Db* db, CompareBy by) {
  return PivotAreas(db,
                    "SELECT " + GroupExpr(by) + ", f.measure, f.period || '|' || f.measure, "
                    "f.period, CASE f.basis WHEN 'area' THEN f.area ELSE f.basis END, f.value "
                    "FROM percentages f" + GroupJoin(by) +
                        " WHERE f.period IS NOT NULL AND f.measure IS NOT NULL AND f.basis IS NOT "
                        "NULL ORDER BY f.published, f.report_id, f.seq",
                    by, {"measure", "period"}, ProgrammeBases());
}

}  // namespace

nlohmann::ordered_json TidyNumber(double value) {
  if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
    return static_cast<std::int64_t>(value);
  return value;
}

const std::vector<std::string>& ProgrammeBases() {
  static const std::vector<std::string> bases = {"programme_lowest", "programme_highest",
                                                 "programme_average"};
  return bases;
}

const std::vector<std::string>& RatingScale() {
  static const std::vector<std::string> scale = {"Inadequate", "Requires improvement", "Good",
                                                 "Outstanding"};
  return scale;
}

Result<std::unique_ptr<Db>> OpenForQuery(const std::string& dataset_dir) {
  return Db::Open(dataset_dir + "/" + kDatabaseFile, /*read_only=*/true);
}

Result<CompareKind> ParseCompareKind(const std::string& word) {
  if (word == "ratings") return CompareKind::kRatings;
  if (word == "case_results") return CompareKind::kCaseResults;
  if (word == "measures") return CompareKind::kMeasures;
  if (word == "key_facts") return CompareKind::kKeyFacts;
  if (word == "earlier_scores") return CompareKind::kEarlierScores;
  return Status::Error(Code::kInvalidArgument,
                       "unknown kind '" + word +
                           "' (kinds: ratings, case_results, measures, key_facts, earlier_scores)");
}

Result<CompareBy> ParseCompareBy(const std::string& word) {
  if (word.empty() || word == "none") return CompareBy::kNone;
  if (word == "provider") return CompareBy::kProvider;
  if (word == "area") return CompareBy::kArea;
  if (word == "year") return CompareBy::kYear;
  return Status::Error(Code::kInvalidArgument,
                       "unknown grouping '" + word + "' (groupings: provider, area, year)");
}

Result<CompareTable> Compare(Db* db, CompareKind kind, CompareBy by) {
  switch (kind) {
    case CompareKind::kRatings: return CompareRatings(db, by);
    case CompareKind::kCaseResults: return CompareCaseResults(db, by);
    case CompareKind::kMeasures: return CompareMeasures(db, by);
    case CompareKind::kKeyFacts: return CompareKeyFacts(db, by);
    case CompareKind::kEarlierScores: return CompareEarlierScores(db, by);
  }
  return Status::Error(Code::kInternal, "unknown comparison");
}

}  // namespace findings::dataset

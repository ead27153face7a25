#include "dataset/history.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace findings::dataset {

namespace {

using Json = nlohmann::ordered_json;

// ?1 is the area (or null), ?2 the provider id (or null). Each kind of row is
// one SELECT of (date, report, kind, provider, provider_id, id, title, value,
// detail, kind order, seq).
constexpr const char* kHistorySql = R"sql(
WITH chosen(report_id) AS (
  SELECT id FROM reports WHERE area = ?1
  UNION SELECT report_id FROM report_providers WHERE provider_id = ?2)
SELECT * FROM (
  SELECT r.published AS date, r.id AS report, 'report' AS kind, NULL AS provider,
         NULL AS provider_id, r.format AS id, r.title AS title, NULL AS value,
         r.area AS detail, 0 AS kind_order, 0 AS seq
    FROM reports r WHERE r.id IN chosen
  UNION ALL
  SELECT r.published, p.report_id, 'provider', p.type, p.provider_id, NULL, p.name_in_report,
         NULL, NULL, 1, 0
    FROM report_providers p JOIN reports r ON r.id = p.report_id
    WHERE p.report_id IN chosen AND (?2 IS NULL OR p.provider_id = ?2)
  UNION ALL
  SELECT f.period, f.report_id, 'earlier_score', 'Probation Trust', NULL, f.measure, f.sentence,
         f.value, f.basis, 2, f.seq
    FROM percentages f WHERE f.report_id IN chosen AND f.period IS NOT NULL
  UNION ALL
  SELECT f.published, f.report_id, 'rating', f.provider, f.provider_id, f.standard, f.title,
         f.rating, NULL, 3, f.seq
    FROM ratings f WHERE f.report_id IN chosen
      AND (?2 IS NULL OR f.provider_id = ?2 OR f.provider IS NULL)
  UNION ALL
  SELECT f.published, f.report_id, 'key_fact', f.provider, f.provider_id, f.fact, f.description,
         f.value, f.unit, 4, f.seq
    FROM key_facts f WHERE f.report_id IN chosen
      AND (?2 IS NULL OR f.provider_id = ?2 OR f.provider IS NULL)
  UNION ALL
  SELECT f.published, f.report_id, 'case_result', f.provider, f.provider_id, f.question, f.text,
         f.percent, NULL, 5, f.seq
    FROM case_results f WHERE f.report_id IN chosen
      AND (?2 IS NULL OR f.provider_id = ?2 OR f.provider IS NULL)
  UNION ALL
  SELECT f.published, f.report_id, 'measure', f.provider, f.provider_id, f.measure, f.sentence,
         f.value, NULL, 6, f.seq
    FROM percentages f WHERE f.report_id IN chosen AND f.period IS NULL AND f.measure IS NOT NULL
      AND (?2 IS NULL OR f.provider_id = ?2 OR f.provider IS NULL))
ORDER BY date, report, kind_order, seq
)sql";

constexpr int kShownColumns = 9;  // the rest only order the rows

// "North London" → "north-london": how an area is typed on a command line.
std::string Slug(const std::string& text) {
  std::string slug;
  for (unsigned char c : text) {
    if (std::isalnum(c)) slug += static_cast<char>(std::tolower(c));
    else if (!slug.empty() && slug.back() != '-') slug += '-';
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

// The subject as (area, provider id); exactly one of them is set.
Result<std::pair<std::string, std::string>> Resolve(Db* db, const std::string& subject) {
  auto providers = db->Texts("SELECT id FROM providers ORDER BY 1");
  if (!providers.ok()) return providers.status();
  auto reported = db->Texts("SELECT DISTINCT provider_id FROM report_providers ORDER BY 1");
  if (!reported.ok()) return reported.status();
  for (const std::string& id : *providers) {
    if (Slug(id) != Slug(subject)) continue;
    if (std::find(reported->begin(), reported->end(), id) == reported->end())
      return Status::Error(Code::kNotFound, "no report in the dataset is about provider " + id);
    return std::make_pair(std::string(), id);
  }
  auto areas = db->Texts("SELECT DISTINCT area FROM reports ORDER BY 1");
  if (!areas.ok()) return areas.status();
  for (const std::string& area : *areas)
    if (Slug(area) == Slug(subject)) return std::make_pair(area, std::string());
  std::string known;
  for (const std::string& area : *areas) known += (known.empty() ? "" : ", ") + area;
  return Status::Error(Code::kNotFound,
                       "no area or provider '" + subject + "' in the dataset (areas: " +
                           (known.empty() ? "none" : known) +
                           "; providers by id, e.g. " +
                           (reported->empty() ? "crc.london" : reported->front()) + ")");
}

Json Shown(const Statement& row, int column) {
  Json value = row.Value(column);
  return value.is_number_float() ? TidyNumber(value.get<double>()) : value;
}

}  // namespace

Result<CompareTable> History(Db* db, const std::string& subject) {
  auto resolved = Resolve(db, subject);
  if (!resolved.ok()) return resolved.status();
  auto stmt = db->Prepare(kHistorySql);
  if (!stmt.ok()) return stmt.status();
  const auto& [area, provider] = *resolved;
  area.empty() ? (*stmt)->BindNull(1) : (*stmt)->BindText(1, area);
  provider.empty() ? (*stmt)->BindNull(2) : (*stmt)->BindText(2, provider);
  CompareTable table;
  for (int c = 0; c < kShownColumns; ++c) table.columns.push_back((*stmt)->ColumnName(c));
  while (true) {
    Result<bool> more = (*stmt)->Step();
    if (!more.ok()) return more.status();
    if (!*more) return table;
    std::vector<Json> row;
    for (int c = 0; c < kShownColumns; ++c) row.push_back(Shown(**stmt, c));
    table.rows.push_back(std::move(row));
  }
}

}  // namespace findings::dataset

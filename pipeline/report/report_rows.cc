#include "report/report_rows.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace findings::report {
namespace {

// The provider a finding is about: its own code, or the report's only provider.
std::string ProviderType(const ProviderCode& code, const Report& report) {
  if (code) return *code;
  if (report.providers.size() == 1) return report.providers[0].type;
  return "";
}

std::string ProviderName(const std::string& type, const Report& report) {
  for (const Provider& p : report.providers)
    if (p.type == type) return p.name;
  return report.area;
}

std::string Year(const Report& report) {
  return report.published ? report.published->substr(0, 4) : "";
}

Trace TraceOf(const Report& report, const Provenance& provenance) {
  return {report.id, provenance.page};
}

std::string Overall(const Findings& f) {
  std::string overall;
  for (const Rating& r : f.ratings) {
    if (r.standard != "overall") continue;
    if (!overall.empty()) overall += "; ";
    std::string type = ProviderType(r.provider, f.report);
    overall += (f.report.providers.size() > 1 && !type.empty() ? type + ": " : "") + r.rating;
  }
  return overall;
}

ReportRow RowOf(const Findings& f) {
  const Report& r = f.report;
  return {r.id,      r.area,    r.title, r.providers, r.format, r.published.value_or(""),
          Overall(f), r.source.path};
}

void AddRatings(const Findings& f, std::vector<RatingCell>* out) {
  for (const Rating& r : f.ratings) {
    std::string type = ProviderType(r.provider, f.report);
    std::string row = ProviderName(type, f.report) + " (" + f.report.published.value_or("") + ")";
    out->push_back({type, row, r.standard, r.title, r.rating, TraceOf(f.report, r.provenance)});
  }
}

void AddCasePoints(const Findings& f, std::vector<CasePoint>* out) {
  for (const CaseResult& c : f.case_results) {
    if (!c.percent) continue;
    out->push_back({c.question, c.text, ProviderType(c.provider, f.report), f.report.area,
                    Year(f.report), *c.percent, TraceOf(f.report, c.provenance)});
  }
}

void AddMeasures(const Findings& f, std::vector<MeasurePoint>* out) {
  for (const Percentage& p : f.percentages) {
    if (!p.measure || p.period) continue;
    out->push_back({*p.measure, f.report.area, p.provider.value_or(""), p.value, p.sentence,
                    TraceOf(f.report, p.provenance)});
  }
}

void AddKeyFacts(const Findings& f, std::vector<KeyFactPoint>* out) {
  int order = 0;
  for (const KeyFact& k : f.key_facts) {
    ++order;
    if (!k.fact) continue;
    out->push_back({*k.fact, k.unit, k.provider.value_or(""), f.report.area,
                    f.report.published.value_or(""), order, k.value, k.value_text, k.description,
                    TraceOf(f.report, k.provenance)});
  }
}

std::string Group(const std::vector<std::string>& addressees) {
  std::string group;
  for (const std::string& a : addressees) group += (group.empty() ? "" : " & ") + a;
  return group.empty() ? "unspecified" : group;
}

void AddRecommendations(const Findings& f, std::vector<RecommendationRow>* out) {
  for (const Recommendation& r : f.recommendations)
    out->push_back({Group(r.addressees), r.addressee_text, r.number, r.text,
                    TraceOf(f.report, r.provenance)});
}

std::vector<CaseMean> Means(const std::vector<CasePoint>& points, bool by_year) {
  std::map<std::tuple<std::string, std::string, std::string>, CaseMean> sums;
  for (const CasePoint& p : points) {
    std::string year = by_year ? p.year : "";
    CaseMean& sum = sums[{p.question, p.provider_type, year}];
    sum.question = p.question;
    sum.provider_type = p.provider_type;
    sum.year = year;
    sum.mean += p.percent;  // the total until divided below
    sum.reports += 1;
    sum.report_ids += (sum.report_ids.empty() ? "" : ", ") + p.trace.report_id;
  }
  std::vector<CaseMean> means;
  for (auto& [key, sum] : sums) {
    sum.mean /= sum.reports;
    means.push_back(sum);
  }
  return means;
}

bool MultiYear(const std::vector<Findings>& reports) {
  std::set<std::string> years;
  for (const Findings& f : reports)
    if (!Year(f.report).empty()) years.insert(Year(f.report));
  return years.size() > 1;
}

}  // namespace

std::string ProviderLabel(const std::string& provider_type) {
  return provider_type.empty() ? "both" : provider_type;
}

ReportRows BuildRows(const std::vector<Findings>& reports) {
  ReportRows rows;
  rows.multi_year = MultiYear(reports);
  for (const Findings& f : reports) {
    rows.reports.push_back(RowOf(f));
    AddRatings(f, &rows.ratings);
    AddCasePoints(f, &rows.case_points);
    AddMeasures(f, &rows.measures);
    AddKeyFacts(f, &rows.key_facts);
    AddTimeline(f, rows.reports.back().overall, &rows.timeline, &rows.earlier_scores);
    AddRecommendations(f, &rows.recommendations);
  }
  std::stable_sort(rows.ratings.begin(), rows.ratings.end(),
                   [](const RatingCell& a, const RatingCell& b) {
                     return std::tie(a.provider_type, a.provider) <
                            std::tie(b.provider_type, b.provider);
                   });
  std::stable_sort(rows.recommendations.begin(), rows.recommendations.end(),
                   [](const RecommendationRow& a, const RecommendationRow& b) {
                     return a.group < b.group;
                   });
  std::stable_sort(rows.timeline.begin(), rows.timeline.end(),
                   [](const TimelineEvent& a, const TimelineEvent& b) {
                     return std::tie(a.area, a.date) < std::tie(b.area, b.date);
                   });
  std::stable_sort(rows.earlier_scores.begin(), rows.earlier_scores.end(),
                   [](const EarlierScore& a, const EarlierScore& b) {
                     return std::tie(a.area, a.period) < std::tie(b.area, b.period);
                   });
  rows.case_means = Means(rows.case_points, rows.multi_year);
  return rows;
}

}  // namespace findings::report

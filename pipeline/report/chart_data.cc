#include "report/chart_data.h"

#include "report/html.h"

namespace findings::report {
namespace {

using Json = nlohmann::ordered_json;

void AddTrace(const Trace& t, Json* record) {
  (*record)["report"] = t.report_id;
  (*record)["page"] = t.page ? Json(*t.page) : Json(nullptr);
  (*record)["source"] = TraceText(t.report_id, t.page);
}

Json Ratings(const ReportRows& rows) {
  Json out = Json::array();
  for (const RatingCell& c : rows.ratings) {
    Json r = {{"provider_type", c.provider_type}, {"provider", c.provider},
              {"standard", c.standard},           {"title", c.standard_title},
              {"rating", c.rating}};
    AddTrace(c.trace, &r);
    out.push_back(r);
  }
  return out;
}

Json CasePoints(const ReportRows& rows) {
  Json out = Json::array();
  for (const CasePoint& p : rows.case_points) {
    Json r = {{"question", p.question}, {"text", p.text}, {"provider_type", p.provider_type},
              {"area", p.area},         {"year", p.year}, {"percent", p.percent}};
    AddTrace(p.trace, &r);
    out.push_back(r);
  }
  return out;
}

Json CaseMeans(const ReportRows& rows) {
  Json out = Json::array();
  for (const CaseMean& m : rows.case_means)
    out.push_back({{"question", m.question}, {"provider_type", m.provider_type},
                   {"year", m.year}, {"mean", m.mean}, {"reports", m.reports},
                   {"report_ids", m.report_ids}});
  return out;
}

Json Measures(const ReportRows& rows) {
  Json out = Json::array();
  for (const MeasurePoint& m : rows.measures) {
    Json r = {{"measure", m.measure},
              {"area", m.area},
              {"provider_type", ProviderLabel(m.provider_type)},
              {"value", m.value}};
    AddTrace(m.trace, &r);
    out.push_back(r);
  }
  return out;
}

Json KeyFacts(const ReportRows& rows) {
  Json out = Json::array();
  for (const KeyFactPoint& k : rows.key_facts) {
    Json r = {{"fact", k.fact},
              {"unit", k.unit},
              {"provider_type", ProviderLabel(k.provider_type)},
              {"area", k.area},
              {"published", k.published},
              {"order", k.order},
              {"value", k.value},
              {"value_text", k.value_text},
              {"description", k.description}};
    AddTrace(k.trace, &r);
    out.push_back(r);
  }
  return out;
}

Json Timeline(const ReportRows& rows) {
  Json out = Json::array();
  for (const TimelineEvent& e : rows.timeline) {
    Json r = {{"area", e.area}, {"date", e.date},   {"when", e.when},
              {"kind", e.kind}, {"who", e.who}, {"summary", e.summary}};
    AddTrace(e.trace, &r);
    out.push_back(r);
  }
  return out;
}

}  // namespace

Json ChartData(const ReportRows& rows) {
  return {{"multi_year", rows.multi_year},
          {"ratings", Ratings(rows)},
          {"case_points", CasePoints(rows)},
          {"case_means", CaseMeans(rows)},
          {"measures", Measures(rows)},
          {"key_facts", KeyFacts(rows)},
          {"timeline", Timeline(rows)}};
}

std::string InlineJson(const Json& data) {
  std::string text = data.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (char c : text) out += c == '<' ? std::string("\\u003c") : std::string(1, c);
  return out;
}

}  // namespace findings::report

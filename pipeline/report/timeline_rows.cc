// The timeline of each area: the earlier inspections whose scores a report
// reprints (dated by their year; the work of the Probation Trust), and the
// report itself (dated by its publication), each with a one-line summary.
#include <cstdlib>
#include <map>

#include "report/html.h"
#include "report/report_rows.h"

namespace findings::report {
namespace {

constexpr const char* kEarlierKind = "earlier inspection";
constexpr const char* kEarlierWho = "Probation Trust";
constexpr const char* kAreaBasis = "area";

// "2016-09" → 2016.67, "2010" → 2010.
double When(const std::string& date) {
  double when = std::atof(date.substr(0, 4).c_str());
  if (date.size() >= 7) when += (std::atof(date.substr(5, 2).c_str()) - 1) / 12.0;
  return when;
}

std::string Who(const Report& report) {
  std::string who;
  for (const Provider& p : report.providers) who += (who.empty() ? "" : "; ") + p.type + " " + p.name;
  return who;
}

std::string ReportSummary(const Findings& f, const std::string& overall) {
  if (!overall.empty()) return "overall: " + overall;
  return std::to_string(f.key_facts.size()) + " key facts, " +
         std::to_string(f.percentages.size()) + " percentages";
}

}  // namespace

void AddTimeline(const Findings& f, const std::string& overall, std::vector<TimelineEvent>* events,
                 std::vector<EarlierScore>* scores) {
  const Report& r = f.report;
  std::map<std::string, std::size_t> earlier;  // period → its event
  for (const Percentage& p : f.percentages) {
    if (!p.period) continue;
    const Trace trace{r.id, p.provenance.page};
    scores->push_back({r.area, *p.period, p.measure.value_or(""), p.basis.value_or(""), p.value, trace});
    auto [at, added] = earlier.emplace(*p.period, events->size());
    if (added) events->push_back({r.area, *p.period, When(*p.period), kEarlierKind, kEarlierWho,
                                  "the area's own scores:", trace});
    if (p.basis.value_or("") == kAreaBasis)
      (*events)[at->second].summary += " " + p.measure.value_or("?") + " " + FormatNumber(p.value) + "%";
  }
  const std::string date = r.published.value_or("");
  // A report's own event points at its cover.
  const Trace cover{r.id, r.source.pages ? std::optional<int>(1) : std::nullopt};
  events->push_back({r.area, date, When(date), r.format, Who(r), ReportSummary(f, overall), cover});
}

}  // namespace findings::report

// The figures of the comparison report as flat rows, one struct per section.
//
// Each chart of the page and the HTML table behind it are both projections of
// these rows, so a chart and its table always show the same numbers. Every row
// carries a Trace: the report id and page it came from.
#ifndef FINDINGS_REPORT_REPORT_ROWS_H_
#define FINDINGS_REPORT_REPORT_ROWS_H_

#include <optional>
#include <string>
#include <vector>

#include "findings/model.h"

namespace findings::report {

struct Trace {
  std::string report_id;
  std::optional<int> page;
};

struct ReportRow {
  std::string id;
  std::string area;
  std::string title;
  std::vector<Provider> providers;
  std::string format;
  std::string published;  // "2016-09", "2018" or ""
  std::string overall;    // "Good", or "CRC: Good; NPS: Inadequate", or ""
  std::string source_path;
};

// One rating: one cell of the heat map.
struct RatingCell {
  std::string provider_type;  // "CRC", "NPS" or "" when the report does not say
  std::string provider;       // the row of the heat map: "<name> (<published>)"
  std::string standard;       // "overall", "1.1" …
  std::string standard_title;
  std::string rating;
  Trace trace;
};

// One report's % yes for one key question.
struct CasePoint {
  std::string question;
  std::string text;
  std::string provider_type;
  std::string area;
  std::string year;
  double percent = 0;
  Trace trace;
};

// The mean % yes of one key question over the reports of one provider type
// (and year, when the dataset spans several).
struct CaseMean {
  std::string question;
  std::string provider_type;
  std::string year;  // "" when the means are over all years
  double mean = 0;
  int reports = 0;
  std::string report_ids;  // the reports averaged: "a-2018, b-2019-03"
};

// One value of a Quality & Impact measure.
struct MeasurePoint {
  std::string measure;
  std::string area;
  std::string provider_type;  // "CRC", "NPS" or "" for both / neither
  double value = 0;
  std::string sentence;
  Trace trace;
};

// One key fact of one report: one bar of the key-facts comparison.
struct KeyFactPoint {
  std::string fact;           // the catalogue's id
  std::string unit;           // "count" or "percent"
  std::string provider_type;  // "CRC", "NPS" or "" (national, or both)
  std::string area;
  std::string published;
  int order = 0;              // its place in its report's panel
  double value = 0;
  std::string value_text;
  std::string description;
  Trace trace;
};

// One step of an area's history: an earlier inspection whose scores a report
// reprints (the Probation Trust's), or a report itself.
struct TimelineEvent {
  std::string area;
  std::string date;  // "2010", "2016-09"
  double when = 0;   // the date as a year with its fraction, for the chart's axis
  std::string kind;  // "earlier inspection" or the report's format
  std::string who;   // "Probation Trust", "CRC Kent, Surrey & Sussex CRC; NPS …"
  std::string summary;
  Trace trace;
};

// One figure of an earlier inspection's table.
struct EarlierScore {
  std::string area;
  std::string period;
  std::string measure;
  std::string basis;  // "area", "programme_lowest" … or "" when the column was not read
  double value = 0;
  Trace trace;
};

struct RecommendationRow {
  std::string group;  // the addressees joined: "CRC", "CRC & NPS" …
  std::string addressee_text;
  int number = 0;
  std::string text;
  Trace trace;
};

struct ReportRows {
  bool multi_year = false;  // the reports were published in more than one year
  std::vector<ReportRow> reports;
  std::vector<RatingCell> ratings;
  std::vector<CasePoint> case_points;
  std::vector<CaseMean> case_means;
  std::vector<MeasurePoint> measures;  // the reports' own figures (not earlier inspections')
  std::vector<KeyFactPoint> key_facts;  // those with a catalogue id
  std::vector<TimelineEvent> timeline;  // by area, then date
  std::vector<EarlierScore> earlier_scores;
  std::vector<RecommendationRow> recommendations;
};

// The rows of every section, in the order of `reports`; ratings grouped CRC
// then NPS, recommendations grouped by addressees.
ReportRows BuildRows(const std::vector<Findings>& reports);

// A provider type as charts and tables show it: "CRC", "NPS", or "both" for a
// figure about no provider in particular.
std::string ProviderLabel(const std::string& provider_type);

// The timeline's events and the earlier scores of one report (timeline_rows.cc).
void AddTimeline(const Findings& f, const std::string& overall, std::vector<TimelineEvent>* events,
                 std::vector<EarlierScore>* scores);

}  // namespace findings::report

#endif  // FINDINGS_REPORT_REPORT_ROWS_H_

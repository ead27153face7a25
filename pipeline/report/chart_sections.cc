// The sections with a chart: Timeline, Ratings, Case results, Quality & Impact
// measures, Key facts. Each is a chart placeholder and, in <details>, its
// numbers as tables.
#include <cctype>

#include "report/html.h"
#include "report/sections.h"

namespace findings::report {
namespace {

std::string ChartSection(const std::string& id, const std::string& heading,
                         const std::string& intro, const std::string& label,
                         const std::string& tables, bool empty) {
  std::string html = "<section id=\"" + id + "\"><h2>" + Escape(heading) + "</h2>\n<p>" + intro +
                     "</p>\n";
  if (empty) return html + "<p class=\"empty\">None in this dataset.</p></section>\n";
  html += "<figure><div class=\"chart\" id=\"chart-" + id + "\" data-chart=\"" + id +
          "\" role=\"img\" aria-label=\"" + Escape(label) + "\"></div>\n";
  html += "<figcaption>Hover a mark for its report id and page. The same numbers are in the "
          "table below.</figcaption></figure>\n";
  return html + "<details class=\"numbers\"><summary>The numbers behind this chart</summary>\n" +
         tables + "</details></section>\n";
}

std::string RatingClass(const std::string& rating) {
  std::string cls = "rating-";
  for (char c : rating) cls += c == ' ' ? '-' : static_cast<char>(std::tolower(c));
  return cls;
}

std::string Source(const Trace& t) {
  return "<span class=\"trace\">" + Escape(TraceText(t.report_id, t.page)) + "</span>";
}

std::string RatingsTable(const ReportRows& rows) {
  HtmlTable table("Ratings", {"Provider type", "Provider (published)", "Standard", "Title",
                              "Rating", "Source"});
  for (const RatingCell& c : rows.ratings)
    table.AddRow({Escape(c.provider_type), Escape(c.provider), Escape(c.standard),
                  Escape(c.standard_title),
                  "<span class=\"" + RatingClass(c.rating) + "\">" + Escape(c.rating) + "</span>",
                  Source(c.trace)});
  return table.Html("id=\"ratings-table\"");
}

std::string CaseTables(const ReportRows& rows) {
  HtmlTable points("% yes per report",
                   {"Question", "Text", "Provider type", "Area", "Year", "% yes", "Source"});
  for (const CasePoint& p : rows.case_points)
    points.AddRow({Escape(p.question), Escape(p.text), Escape(p.provider_type), Escape(p.area),
                   Escape(p.year), FormatNumber(p.percent), Source(p.trace)});
  HtmlTable means(rows.multi_year ? "Mean % yes per provider type and year"
                                  : "Mean % yes per provider type",
                  {"Question", "Provider type", "Year", "Mean % yes", "Reports", "Report ids"});
  for (const CaseMean& m : rows.case_means)
    means.AddRow({Escape(m.question), Escape(m.provider_type),
                  Escape(m.year.empty() ? "all" : m.year),
                  FormatNumber(m.mean), std::to_string(m.reports), Escape(m.report_ids)});
  return points.Html("id=\"case-table\"") + means.Html("id=\"case-means-table\"");
}

std::string MeasuresTable(const ReportRows& rows) {
  HtmlTable table("Quality & Impact measures",
                  {"Measure", "Area", "Provider type", "Value (%)", "Sentence", "Source"});
  for (const MeasurePoint& m : rows.measures)
    table.AddRow({Escape(m.measure), Escape(m.area),
                  Escape(ProviderLabel(m.provider_type)),
                  FormatNumber(m.value), Escape(m.sentence), Source(m.trace)});
  return table.Html("id=\"measures-table\"");
}

std::string KeyFactsTable(const ReportRows& rows) {
  HtmlTable table("Key facts", {"Fact", "Unit", "Provider type", "Area", "Published", "Value",
                                "Description", "Source"});
  for (const KeyFactPoint& k : rows.key_facts)
    table.AddRow({Escape(k.fact), Escape(k.unit), Escape(ProviderLabel(k.provider_type)),
                  Escape(k.area), Escape(k.published), Escape(k.value_text), Escape(k.description),
                  Source(k.trace)});
  return table.Html("id=\"key-facts-table\"");
}

std::string TimelineTables(const ReportRows& rows) {
  HtmlTable events("Each area's inspections, oldest first",
                   {"Area", "Date", "Inspection", "Provider", "Summary", "Source"});
  for (const TimelineEvent& e : rows.timeline)
    events.AddRow({Escape(e.area), Escape(e.date), Escape(e.kind), Escape(e.who),
                   Escape(e.summary), Source(e.trace)});
  HtmlTable scores("The scores of the earlier inspections",
                   {"Area", "Year", "Measure", "Column", "Value (%)", "Source"});
  for (const EarlierScore& s : rows.earlier_scores)
    scores.AddRow({Escape(s.area), Escape(s.period), Escape(s.measure),
                   Escape(s.basis.empty() ? "not read" : s.basis), FormatNumber(s.value),
                   Source(s.trace)});
  return events.Html("id=\"timeline-table\"") + scores.Html("id=\"earlier-table\"");
}

}  // namespace

std::string TimelineSection(const ReportRows& rows) {
  return ChartSection("timeline", "Each area over time",
                      "For each area, its inspections in date order: the earlier inspection of "
                      "the Probation Trust whose scores a report reprints (2010, 2014), then the "
                      "reports on the CRC and NPS (2016) and on the CRC or NPS division (2018 on).",
                      "Timeline of inspections per area", TimelineTables(rows),
                      rows.timeline.empty());
}

std::string KeyFactsSection(const ReportRows& rows) {
  return ChartSection("key-facts", "Key facts",
                      "The key facts every Quality &amp; Impact report gives, by their id: one "
                      "small chart per fact, the areas side by side; CRC facts first, then NPS, "
                      "then those about neither.",
                      "Bar charts of each key fact by area", KeyFactsTable(rows),
                      rows.key_facts.empty());
}

std::string RatingsSection(const ReportRows& rows) {
  return ChartSection("ratings", "Ratings",
                      "Every rating of every report: providers down the side (CRC, then NPS), "
                      "standards across. Each cell shows its rating word as well as its colour.",
                      "Heat map of ratings by provider and standard", RatingsTable(rows),
                      rows.ratings.empty());
}

std::string CaseResultsSection(const ReportRows& rows) {
  return ChartSection(
      "case-results", "Case results",
      std::string("For each key question, the % of inspected cases answered yes in each report "
                  "(a dot), CRC and NPS side by side; a bar marks the mean per provider type") +
          (rows.multi_year ? ", per year of publication." : "."),
      "Dot plot of % yes per key question, CRC against NPS", CaseTables(rows),
      rows.case_points.empty());
}

std::string MeasuresSection(const ReportRows& rows) {
  return ChartSection("measures", "Quality & Impact measures",
                      "Each measure the 2016 Quality &amp; Impact reports give a figure for, "
                      "across the areas, CRC against NPS.",
                      "Dot plot of Quality and Impact measures by area and provider type",
                      MeasuresTable(rows), rows.measures.empty());
}

}  // namespace findings::report

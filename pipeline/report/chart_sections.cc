// The three sections with a chart: Ratings, Case results, Quality & Impact
// measures. Each is a chart placeholder and, in <details>, its numbers as tables.
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
  std::string cls = "rating";
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
                  Escape(m.provider_type.empty() ? "both" : m.provider_type),
                  FormatNumber(m.value), Escape(m.sentence), Source(m.trace)});
  return table.Html("id=\"measures-table\"");
}

}  // namespace

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

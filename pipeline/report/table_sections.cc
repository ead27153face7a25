// The two sections without a chart: Reports and Recommendations.
#include <map>

#include "report/html.h"
#include "report/sections.h"
#include "report/source_link.h"

namespace findings::report {
namespace {

std::string ProvidersCell(const std::vector<Provider>& providers) {
  std::string cell;
  for (const Provider& p : providers) {
    if (!cell.empty()) cell += "<br>";
    cell += "<span class=\"ptype ptype-" + Escape(p.type) + "\">" + Escape(p.type) + "</span> " +
            Escape(p.name);
  }
  return cell;
}

std::string SourceCell(const ReportRow& r, const std::string& page_dir) {
  std::string name = r.source_path.substr(r.source_path.find_last_of('/') + 1);
  return "<a href=\"" + Escape(SourceHref(r.source_path, page_dir)) + "\">" + Escape(name) +
         "</a>";
}

std::string RecommendationTable(const std::string& group,
                                const std::vector<const RecommendationRow*>& rows) {
  HtmlTable table("Recommendations to " + group,
                  {"No.", "Addressed to", "Recommendation", "Source"});
  for (const RecommendationRow* r : rows)
    table.AddRow({std::to_string(r->number),
                  Escape(r->addressee_text), Escape(r->text),
                  "<span class=\"trace\">" + Escape(TraceText(r->trace.report_id, r->trace.page)) +
                      "</span>"},
                 "class=\"rec\"");
  return table.Html();
}

}  // namespace

std::string ReportsSection(const ReportRows& rows, const std::string& page_dir) {
  HtmlTable table("The reports in this dataset",
                  {"Area", "Providers", "Format", "Published", "Overall rating", "Report id",
                   "Source file"});
  for (const ReportRow& r : rows.reports)
    table.AddRow({Escape(r.area), ProvidersCell(r.providers), Escape(r.format),
                  Escape(r.published), Escape(r.overall.empty() ? "—" : r.overall),
                  "<span title=\"" + Escape(r.title) + "\">" + Escape(r.id) + "</span>",
                  SourceCell(r, page_dir)});
  return "<section id=\"reports\"><h2>Reports</h2>\n" + table.Html("id=\"reports-table\"") +
         "</section>\n";
}

std::string RecommendationsSection(const ReportRows& rows) {
  std::map<std::string, std::vector<const RecommendationRow*>> groups;
  for (const RecommendationRow& r : rows.recommendations) groups[r.group].push_back(&r);
  std::string html =
      "<section id=\"recommendations\"><h2>Recommendations</h2>\n"
      "<p class=\"filter no-print\"><label for=\"rec-filter\">Filter recommendations</label> "
      "<input type=\"search\" id=\"rec-filter\" placeholder=\"a word, a report id, an "
      "addressee…\" aria-controls=\"rec-groups\"> <span id=\"rec-count\" aria-live=\"polite\">" +
      std::to_string(rows.recommendations.size()) + " of " +
      std::to_string(rows.recommendations.size()) + " shown</span></p>\n<div id=\"rec-groups\">\n";
  for (const auto& [group, members] : groups)
    html += "<section class=\"rec-group\"><h3>" + Escape(group) + " <span class=\"count\">(" +
            std::to_string(members.size()) + ")</span></h3>\n" +
            RecommendationTable(group, members) + "</section>\n";
  if (groups.empty()) html += "<p class=\"empty\">No recommendations in this dataset.</p>\n";
  return html + "</div></section>\n";
}

}  // namespace findings::report

#include "report/report_page.h"

#include <algorithm>
#include <map>
#include <set>

#include "report/chart_data.h"
#include "report/html.h"
#include "report/report_assets.h"
#include "report/report_rows.h"
#include "report/sections.h"

namespace findings::report {
namespace {

constexpr const char* kTemplate = "report.html";
constexpr const char* kScripts[] = {"vega.min.js", "vega-lite.min.js", "vega-embed.min.js",
                                    "report.js"};

// Script text that cannot close its <script> element early.
std::string InlineScript(std::string_view text) {
  std::string out(text);
  for (size_t at = 0; (at = out.find("</", at)) != std::string::npos; at += 2) {
    std::string next = out.substr(at + 2, 6);
    std::transform(next.begin(), next.end(), next.begin(), ::tolower);
    if (next == "script") out.replace(at, 2, "<\\/");
  }
  return out;
}

Result<std::string> Scripts() {
  std::string html;
  for (const char* name : kScripts) {
    std::string_view text = ReportAsset(name);
    if (text.empty()) return Status::Error(Code::kInternal, std::string(name) + " not embedded");
    html += "<script>/* " + std::string(name) + " */\n" + InlineScript(text) + "\n</script>\n";
  }
  return html;
}

// Replaces each {{name}} of `page` once, left to right, never rescanning a value.
std::string Fill(std::string_view page, const std::map<std::string, std::string>& values) {
  std::string out;
  size_t at = 0;
  for (size_t open; (open = page.find("{{", at)) != std::string_view::npos;) {
    size_t close = page.find("}}", open);
    if (close == std::string_view::npos) break;
    auto value = values.find(std::string(page.substr(open + 2, close - open - 2)));
    out += page.substr(at, open - at);
    out += value != values.end() ? value->second : std::string(page.substr(open, close + 2 - open));
    at = close + 2;
  }
  return out + std::string(page.substr(at));
}

std::string Summary(const ReportRows& rows) {
  std::set<std::string> years;
  for (const ReportRow& r : rows.reports)
    if (r.published.size() >= 4) years.insert(r.published.substr(0, 4));
  std::string span = years.empty() ? "" : *years.begin();
  if (years.size() > 1) span += "–" + *years.rbegin();
  return std::to_string(rows.reports.size()) + " reports" + (span.empty() ? "" : ", " + span) +
         "; " + std::to_string(rows.ratings.size()) + " ratings, " +
         std::to_string(rows.case_points.size()) + " case results, " +
         std::to_string(rows.measures.size()) + " measure values, " +
         std::to_string(rows.key_facts.size()) + " key facts, " +
         std::to_string(rows.recommendations.size()) + " recommendations.";
}

}  // namespace

Result<std::string> RenderReportPage(const std::vector<Findings>& reports,
                                     const PageOptions& options) {
  std::string_view page = ReportAsset(kTemplate);
  std::string_view style = ReportAsset("report.css");
  if (page.empty() || style.empty())
    return Status::Error(Code::kInternal, "report template or style sheet not embedded");
  Result<std::string> scripts = Scripts();
  if (!scripts.ok()) return scripts.status();
  ReportRows rows = BuildRows(reports);
  std::string sections = ReportsSection(rows, options.page_dir) + TimelineSection(rows) +
                         RatingsSection(rows) + CaseResultsSection(rows) + MeasuresSection(rows) +
                         KeyFactsSection(rows) + RecommendationsSection(rows);
  return Fill(page, {{"style", std::string(style)},
                     {"dataset", Escape(options.dataset_label)},
                     {"summary", Escape(Summary(rows))},
                     {"sections", sections},
                     {"data", InlineJson(ChartData(rows))},
                     {"scripts", *scripts}});
}

}  // namespace findings::report

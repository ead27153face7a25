// The sections of the report page as HTML: headings, the chart placeholders the
// page script fills (one <div class="chart"> per chart), and behind each chart
// the same numbers as a real table. Everything here is escaped; nothing is
// rendered in the browser that is not also in a table.
#ifndef FINDINGS_REPORT_SECTIONS_H_
#define FINDINGS_REPORT_SECTIONS_H_

#include <string>

#include "report/report_rows.h"

namespace findings::report {

// Reports: one row per report; links to the source files are made relative to
// `page_dir`, the folder the page is written into.
std::string ReportsSection(const ReportRows& rows, const std::string& page_dir);
std::string RatingsSection(const ReportRows& rows);
std::string CaseResultsSection(const ReportRows& rows);
std::string MeasuresSection(const ReportRows& rows);
// Each area's inspections over time, with the earlier inspections' scores.
std::string TimelineSection(const ReportRows& rows);
// One small chart per key fact id, areas side by side.
std::string KeyFactsSection(const ReportRows& rows);
// Recommendations grouped by addressees, with the filter box the script drives.
std::string RecommendationsSection(const ReportRows& rows);

}  // namespace findings::report

#endif  // FINDINGS_REPORT_SECTIONS_H_

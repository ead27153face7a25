// The data the page script charts: the rows of the chart sections as JSON
// arrays of flat records (Vega-Lite's input), each with its report id and page.
#ifndef FINDINGS_REPORT_CHART_DATA_H_
#define FINDINGS_REPORT_CHART_DATA_H_

#include <nlohmann/json.hpp>

#include "report/report_rows.h"

namespace findings::report {

// {"multi_year": bool, "ratings": [...], "case_points": [...], "case_means": [...],
//  "measures": [...], "key_facts": [...], "timeline": [...]}; field names are
// those report.js reads.
nlohmann::ordered_json ChartData(const ReportRows& rows);

// `data` as text safe to inline in a <script type="application/json"> element
// (every "<" written as \u003c).
std::string InlineJson(const nlohmann::ordered_json& data);

}  // namespace findings::report

#endif  // FINDINGS_REPORT_CHART_DATA_H_

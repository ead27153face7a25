// The files a report page inlines: its template, style sheet and script, and the
// vendored charting library (pipeline/report/assets/vendor/README.md). They are
// compiled in by scripts/embed_report_assets.cmake, so writing a report needs
// no file but the dataset.
#ifndef FINDINGS_REPORT_REPORT_ASSETS_H_
#define FINDINGS_REPORT_REPORT_ASSETS_H_

#include <string_view>

namespace findings::report {

// The text of the asset with this file name ("report.css", "vega.min.js" …);
// empty for a name that is not embedded. The text lives as long as the program.
std::string_view ReportAsset(std::string_view name);

}  // namespace findings::report

#endif  // FINDINGS_REPORT_REPORT_ASSETS_H_

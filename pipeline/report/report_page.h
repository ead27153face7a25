// The comparison report: one self-contained HTML page (style, script, charting
// library and data inlined; it opens from disk with no network).
#ifndef FINDINGS_REPORT_REPORT_PAGE_H_
#define FINDINGS_REPORT_REPORT_PAGE_H_

#include <string>
#include <vector>

#include "findings/model.h"
#include "findings/status.h"

namespace findings::report {

struct PageOptions {
  std::string page_dir;  // the folder the page will be written into (for source links)
  std::string dataset_label;  // shown under the title: the dataset folder
};

// The page for `reports`. Fails (kInternal) only when an embedded asset is
// missing from the build.
Result<std::string> RenderReportPage(const std::vector<Findings>& reports,
                                     const PageOptions& options);

}  // namespace findings::report

#endif  // FINDINGS_REPORT_REPORT_PAGE_H_

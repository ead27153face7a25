// Links from the report page to the source files of the reports.
#ifndef FINDINGS_REPORT_SOURCE_LINK_H_
#define FINDINGS_REPORT_SOURCE_LINK_H_

#include <string>

namespace findings::report {

// The href of `source_path` seen from a page in `page_dir`: a relative path
// with each segment percent-encoded ("../corpus/pdf/kent.pdf"), so the page and
// the corpus can move together. A relative source path is taken from the
// current directory.
std::string SourceHref(const std::string& source_path, const std::string& page_dir);

}  // namespace findings::report

#endif  // FINDINGS_REPORT_SOURCE_LINK_H_

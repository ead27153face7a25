// Small pieces of HTML: escaping text and writing a real <table>.
#ifndef FINDINGS_REPORT_HTML_H_
#define FINDINGS_REPORT_HTML_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace findings::report {

// `text` with & < > " ' escaped, for element content and quoted attributes.
std::string Escape(std::string_view text);

// A number as the page shows it: 86, 72.5 (one decimal at most).
std::string FormatNumber(double value);

// "kent-2016-10 p. 12" (or just the id when the page is unknown).
std::string TraceText(const std::string& report_id, const std::optional<int>& page);

// A table with a caption, one header row and body rows of ready-made cell HTML.
class HtmlTable {
 public:
  HtmlTable(std::string caption, std::vector<std::string> headers)
      : caption_(std::move(caption)), headers_(std::move(headers)) {}

  // Cells are HTML (escape text first); `row_attributes` goes into the <tr>.
  void AddRow(const std::vector<std::string>& cells, const std::string& row_attributes = "");
  size_t rows() const { return rows_.size(); }

  // <table class="data"> with `attributes` added to the <table> tag.
  std::string Html(const std::string& attributes = "") const;

 private:
  std::string caption_;
  std::vector<std::string> headers_;
  std::vector<std::string> rows_;
};

}  // namespace findings::report

#endif  // FINDINGS_REPORT_HTML_H_

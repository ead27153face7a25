#include "report/html.h"

#include <cmath>
#include <cstdio>

namespace findings::report {

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string FormatNumber(double value) {
  char buffer[32];
  double rounded = std::round(value * 10) / 10;
  if (rounded == std::floor(rounded))
    std::snprintf(buffer, sizeof buffer, "%.0f", rounded);
  else
    std::snprintf(buffer, sizeof buffer, "%.1f", rounded);
  return buffer;
}

std::string TraceText(const std::string& report_id, const std::optional<int>& page) {
  return page ? report_id + " p. " + std::to_string(*page) : report_id;
}

void HtmlTable::AddRow(const std::vector<std::string>& cells, const std::string& row_attributes) {
  std::string row = row_attributes.empty() ? "<tr>" : "<tr " + row_attributes + ">";
  for (const std::string& cell : cells) row += "<td>" + cell + "</td>";
  rows_.push_back(row + "</tr>\n");
}

std::string HtmlTable::Html(const std::string& attributes) const {
  std::string html = "<table class=\"data\"" + (attributes.empty() ? "" : " " + attributes) + ">";
  html += "<caption>" + Escape(caption_) + "</caption>\n<thead><tr>";
  for (const std::string& h : headers_) html += "<th scope=\"col\">" + Escape(h) + "</th>";
  html += "</tr></thead>\n<tbody>\n";
  for (const std::string& row : rows_) html += row;
  return html + "</tbody></table>\n";
}

}  // namespace findings::report

#include "cli/table_output.h"

#include <unistd.h>

#include <algorithm>

#include "dataset/derived_files.h"
#include "util/utf8.h"

namespace findings::cli {

namespace {

using Json = nlohmann::ordered_json;

std::string Cell(const Json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  return value.dump();
}

// The text cut to `max` characters, the last one "…"; 0 keeps it whole.
std::string Cut(const std::string& text, std::size_t max) {
  if (max == 0 || CodePoints(text) <= max) return text;
  std::size_t kept = 0, at = 0;
  for (; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
    if (kept++ == max - 1) break;
  }
  return text.substr(0, at) + "…";
}

// Columns padded to their widest cell; numbers right-aligned, text left.
void PrintAligned(const dataset::CompareTable& table, std::ostream& out, std::size_t max_width) {
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : table.rows) {
    cells.emplace_back();
    for (const Json& v : row) cells.back().push_back(Cut(Cell(v), max_width));
  }
  std::vector<std::size_t> widths;
  for (const std::string& c : table.columns) widths.push_back(CodePoints(c));
  for (const auto& row : cells)
    for (std::size_t i = 0; i < row.size(); ++i)
      widths[i] = std::max(widths[i], CodePoints(row[i]));
  auto line = [&](const std::vector<std::string>& texts, const std::vector<bool>& right) {
    std::string text;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const std::string pad(widths[i] - CodePoints(texts[i]), ' ');
      text += (i ? "  " : "") + (right[i] ? pad + texts[i] : texts[i] + pad);
    }
    text.erase(text.find_last_not_of(' ') + 1);
    out << text << "\n";
  };
  line(table.columns, std::vector<bool>(table.columns.size(), false));
  for (std::size_t r = 0; r < cells.size(); ++r) {
    std::vector<bool> right;
    for (const Json& v : table.rows[r]) right.push_back(v.is_number());
    line(cells[r], right);
  }
}

void PrintCsv(const dataset::CompareTable& table, std::ostream& out) {
  for (std::size_t i = 0; i < table.columns.size(); ++i)
    out << (i ? "," : "") << dataset::CsvField(table.columns[i]);
  out << "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << dataset::CsvField(Cell(row[i]));
    out << "\r\n";
  }
}

void PrintJson(const dataset::CompareTable& table, std::ostream& out) {
  Json rows = Json::array();
  for (const auto& row : table.rows) {
    Json object = Json::object();
    for (std::size_t i = 0; i < row.size(); ++i) object[table.columns[i]] = row[i];
    rows.push_back(std::move(object));
  }
  out << rows.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace

std::optional<TableFormat> ParseTableFormat(const std::string& word) {
  if (word.empty()) return ::isatty(STDOUT_FILENO) ? TableFormat::kTable : TableFormat::kCsv;
  if (word == "table") return TableFormat::kTable;
  if (word == "csv") return TableFormat::kCsv;
  if (word == "json") return TableFormat::kJson;
  return std::nullopt;
}

void PrintTable(const dataset::CompareTable& table, TableFormat format, std::ostream& out,
                std::size_t max_width) {
  switch (format) {
    case TableFormat::kTable: return PrintAligned(table, out, max_width);
    case TableFormat::kCsv: return PrintCsv(table, out);
    case TableFormat::kJson: return PrintJson(table, out);
  }
}

}  // namespace findings::cli

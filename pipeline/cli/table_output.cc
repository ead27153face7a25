#include "cli/table_output.h"

#include <unistd.h>

#include <algorithm>

#include "dataset/derived_files.h"

namespace findings::cli {

namespace {

using Json = nlohmann::ordered_json;

std::string Cell(const Json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  return value.dump();
}

// Columns padded to their widest cell; numbers right-aligned, text left.
void PrintAligned(const dataset::CompareTable& table, std::ostream& out) {
  std::vector<std::size_t> widths;
  for (const std::string& c : table.columns) widths.push_back(c.size());
  for (const auto& row : table.rows)
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], Cell(row[i]).size());
  auto line = [&](const std::vector<std::string>& cells, const std::vector<bool>& right) {
    std::string text;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::string pad(widths[i] - cells[i].size(), ' ');
      text += (i ? "  " : "") + (right[i] ? pad + cells[i] : cells[i] + pad);
    }
    text.erase(text.find_last_not_of(' ') + 1);
    out << text << "\n";
  };
  line(table.columns, std::vector<bool>(table.columns.size(), false));
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    std::vector<bool> right;
    for (const Json& v : row) {
      cells.push_back(Cell(v));
      right.push_back(v.is_number());
    }
    line(cells, right);
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

void PrintTable(const dataset::CompareTable& table, TableFormat format, std::ostream& out) {
  switch (format) {
    case TableFormat::kTable: return PrintAligned(table, out);
    case TableFormat::kCsv: return PrintCsv(table, out);
    case TableFormat::kJson: return PrintJson(table, out);
  }
}

}  // namespace findings::cli

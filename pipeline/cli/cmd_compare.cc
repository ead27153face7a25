// findings compare: CRC and NPS side by side from a dataset (pipeline/dataset/compare.h).
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "cli/command.h"
#include "cli/options.h"
#include "dataset/compare.h"
#include "dataset/derived_files.h"
#include "dataset/refresh.h"

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

int RunCompare(const std::vector<std::string>& argv) {
  std::string dataset_dir, kind_word = "ratings", by_word, format;
  po::options_description options("options");
  options.add_options()
      ("dataset", po::value(&dataset_dir)->required(), "the dataset directory")
      ("kind", po::value(&kind_word)->default_value("ratings"), "ratings, case_results or measures")
      ("by", po::value(&by_word), "group by provider, area or year")
      ("format", po::value(&format), "table, csv or json (default: table on a terminal, else csv)");
  po::variables_map vm;
  if (auto exit = ParseOrExit("compare", "--dataset DIR [--kind KIND] [--by GROUP] [--format FORMAT]"
                              "\n\nCRC and NPS side by side: ratings per standard (counts and the "
                              "mean, Inadequate = 1 … Outstanding = 4),\nmean % yes per key "
                              "question, Quality & Impact measures per area.",
                              argv, options, po::positional_options_description(), &vm))
    return *exit;
  auto kind = dataset::ParseCompareKind(kind_word);
  auto by = dataset::ParseCompareBy(by_word);
  if (format.empty()) format = ::isatty(STDOUT_FILENO) ? "table" : "csv";
  const Status usage = !kind.ok() ? kind.status() : !by.ok() ? by.status() : Status::Ok();
  if (!usage.ok() || (format != "table" && format != "csv" && format != "json")) {
    std::cerr << "findings compare: "
              << (usage.ok() ? "unknown format '" + format + "' (formats: table, csv, json)"
                             : usage.message())
              << "\n";
    return kExitUsage;
  }
  auto db = dataset::Db::Open(dataset_dir + "/" + dataset::kDatabaseFile, /*read_only=*/true);
  auto table = db.ok() ? dataset::Compare(db->get(), *kind, *by)
                       : Result<dataset::CompareTable>(db.status());
  if (!table.ok()) {
    std::cerr << "findings compare: " << dataset_dir << ": " << table.status().message() << "\n";
    return kExitSomeFailed;
  }
  if (format == "table") PrintAligned(*table, std::cout);
  else if (format == "csv") PrintCsv(*table, std::cout);
  else PrintJson(*table, std::cout);
  return kExitOk;
}

}  // namespace findings::cli

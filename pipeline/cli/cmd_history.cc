// findings history: one area or provider over time (pipeline/dataset/history.h).
#include <iostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/table_output.h"
#include "dataset/history.h"

namespace findings::cli {

namespace {

// In an aligned table, long texts (descriptions, sentences) are cut to this.
constexpr std::size_t kTableCellWidth = 60;

}  // namespace

int RunHistory(const std::vector<std::string>& argv) {
  std::string dataset_dir, subject, format_word;
  po::options_description options("options");
  options.add_options()
      ("dataset", po::value(&dataset_dir)->required(), "the dataset directory")
      ("format", po::value(&format_word), kTableFormatHelp);
  po::positional_options_description positional;
  AddPositional(&options, &positional, "subject", &subject, "area or provider id");
  po::variables_map vm;
  if (auto exit = ParseOrExit(
          "history",
          "--dataset DIR AREA|PROVIDER-ID [--format FORMAT]\n\n"
          "Everything the dataset holds about one area (derbyshire, \"North London\") or one "
          "provider\n(crc.kent-surrey-sussex, nps.london: the ids of csv/providers.csv), in date "
          "order: each\nreport with its providers, the scores of the area's earlier inspection "
          "(dated by their\nyear: the Probation Trust), the report's ratings, key facts, case "
          "results and measures.\nIn a table, texts longer than 60 characters are cut; CSV and "
          "JSON keep them whole.\nExit status: 0, 1 when the dataset cannot be read or holds "
          "nothing about the subject,\n2 for a usage error.",
          argv, options, positional, &vm))
    return *exit;
  const std::optional<TableFormat> format = ParseTableFormat(format_word);
  if (!format) {
    std::cerr << "findings history: unknown format '" << format_word
              << "' (formats: table, csv, json)\n";
    return kExitUsage;
  }
  auto db = dataset::OpenForQuery(dataset_dir);
  auto table = db.ok() ? dataset::History(db->get(), subject)
                       : Result<dataset::CompareTable>(db.status());
  if (!table.ok()) {
    std::cerr << "findings history: " << dataset_dir << ": " << table.status().message() << "\n";
    return kExitSomeFailed;
  }
  PrintTable(*table, *format, std::cout, *format == TableFormat::kTable ? kTableCellWidth : 0);
  return kExitOk;
}

}  // namespace findings::cli

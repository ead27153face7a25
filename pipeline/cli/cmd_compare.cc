// findings compare: CRC and NPS side by side from a dataset (pipeline/dataset/compare.h).
#include <iostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/table_output.h"
#include "dataset/compare.h"

namespace findings::cli {

int RunCompare(const std::vector<std::string>& argv) {
  std::string dataset_dir, kind_word = "ratings", by_word, format_word;
  po::options_description options("options");
  options.add_options()
      ("dataset", po::value(&dataset_dir)->required(), "the dataset directory")
      ("kind", po::value(&kind_word)->default_value("ratings"),
       "ratings, case_results, measures, key_facts or earlier_scores")
      ("by", po::value(&by_word), "group by provider, area or year")
      ("format", po::value(&format_word), kTableFormatHelp);
  po::variables_map vm;
  if (auto exit = ParseOrExit("compare", "--dataset DIR [--kind KIND] [--by GROUP] [--format FORMAT]"
                              "\n\nCRC and NPS side by side: ratings per standard (counts and the "
                              "mean, Inadequate = 1 … Outstanding = 4),\nmean % yes per key "
                              "question, Quality & Impact measures per area; and across areas,\n"
                              "one row per id: key facts (key_facts) and the scores of the areas' "
                              "earlier inspections\n(earlier_scores), one column per area.",
                              argv, options, po::positional_options_description(), &vm))
    return *exit;
  auto kind = dataset::ParseCompareKind(kind_word);
  auto by = dataset::ParseCompareBy(by_word);
  const std::optional<TableFormat> format = ParseTableFormat(format_word);
  const Status usage = !kind.ok() ? kind.status() : !by.ok() ? by.status() : Status::Ok();
  if (!usage.ok() || !format) {
    std::cerr << "findings compare: "
              << (usage.ok() ? "unknown format '" + format_word + "' (formats: table, csv, json)"
                             : usage.message())
              << "\n";
    return kExitUsage;
  }
  auto db = dataset::OpenForQuery(dataset_dir);
  auto table = db.ok() ? dataset::Compare(db->get(), *kind, *by)
                       : Result<dataset::CompareTable>(db.status());
  if (!table.ok()) {
    std::cerr << "findings compare: " << dataset_dir << ": " << table.status().message() << "\n";
    return kExitSomeFailed;
  }
  PrintTable(*table, *format, std::cout);
  return kExitOk;
}

}  // namespace findings::cli

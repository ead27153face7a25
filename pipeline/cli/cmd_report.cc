// findings report: the comparison report, one self-contained HTML page
// (pipeline/report/report_page.h).
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/options.h"
#include "report/report_page.h"
#include "report/report_source.h"
#include "util/atomic_file.h"

namespace findings::cli {

namespace {

struct ReportArgs {
  std::string dataset;
  std::string reports;
  std::string output;
};

// The folder of report documents: --reports DIR, or DIR/reports of --dataset.
std::string DocumentsDir(const ReportArgs& args) {
  return args.reports.empty() ? report::DatasetReportsDir(args.dataset) : args.reports;
}

}  // namespace

int RunReport(const std::vector<std::string>& argv) {
  ReportArgs args;
  po::options_description options("options");
  options.add_options()
      ("dataset", po::value(&args.dataset), "a dataset folder (findings refresh --dataset DIR)")
      ("reports", po::value(&args.reports),
       "instead of --dataset: a folder of report JSON files (findings extract -o DIR)")
      ("output,o", po::value(&args.output)->required(), "the HTML file to write");
  po::variables_map vm;
  if (auto exit = ParseOrExit("report", "--dataset DIR -o report.html\n\n"
                              "Writes the comparison report of a dataset: one self-contained "
                              "HTML page (reports,\nratings heat map, case results, Quality & "
                              "Impact measures, recommendations)\nthat opens from disk with no "
                              "network.",
                              argv, options, po::positional_options_description(), &vm))
    return *exit;
  if (args.dataset.empty() == args.reports.empty()) {
    std::cerr << "findings report: give one of --dataset DIR and --reports DIR\n";
    return kExitUsage;
  }

  auto reports = report::ReadReportDocuments(DocumentsDir(args));
  if (!reports.ok()) {
    std::cerr << "findings report: " << reports.status().message() << "\n";
    return kExitSomeFailed;
  }
  report::PageOptions page;
  page.page_dir = std::filesystem::path(args.output).parent_path().string();
  page.dataset_label = args.dataset.empty() ? args.reports : args.dataset;
  auto html = report::RenderReportPage(*reports, page);
  if (!html.ok()) {
    std::cerr << "findings report: " << html.status().message() << "\n";
    return kExitSomeFailed;
  }
  if (Status written = WriteFileAtomically(args.output, *html); !written.ok()) {
    std::cerr << args.output << ": " << written.message() << "\n";
    return kExitSomeFailed;
  }
  return kExitOk;
}

}  // namespace findings::cli

// findings: inspection reports in, findings out. See README.md.
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"

namespace findings::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"extract", "extract findings from reports into JSON and XML", &RunExtract},
      {"detect", "name the plugin (report format) of each file", &RunDetect},
      {"text", "print a report's normalised text (what provenance offsets point into)",
       &RunText},
      {"plugins", "list the plugins found, their versions and where they came from", &RunPlugins},
      {"refresh", "bring a findings dataset (SQLite, CSV, JSONL) up to date with a corpus",
       &RunRefresh},
      {"compare", "CRC and NPS side by side: ratings, case results, measures, key facts",
       &RunCompare},
      {"history", "one area or provider over time: reports, ratings, key facts, earlier scores",
       &RunHistory},
      {"fetch", "download new or changed reports listed in a sources file", &RunFetch},
      {"report", "write the comparison report of a dataset: one self-contained HTML page",
       &RunReport},
  };
  return commands;
}

namespace {

void PrintUsage(std::ostream& out) {
  out << "usage: findings COMMAND [OPTIONS] [ARGS]\n\n"
         "Turns HM Inspectorate of Probation inspection reports (PDF or text) into\n"
         "normalised findings.\n\ncommands:\n";
  for (const Command& c : Commands()) {
    out << "  " << c.name << std::string(10 - std::string(c.name).size(), ' ') << c.summary
        << "\n";
  }
  out << "\n'findings COMMAND --help' describes a command. 'findings --version' prints the "
         "version.\n";
}

}  // namespace
}  // namespace findings::cli

int main(int argc, char** argv) {
  using namespace findings::cli;
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    PrintUsage(std::cerr);
    return kExitUsage;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    PrintUsage(std::cout);
    return kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "findings " FINDINGS_VERSION "\n";
    return kExitOk;
  }
  if (args[0] == kWorkerCommand)
    return RunWorker(std::vector<std::string>(args.begin() + 1, args.end()));
  for (const Command& c : Commands())
    if (args[0] == c.name) return c.run(std::vector<std::string>(args.begin() + 1, args.end()));
  std::cerr << "findings: unknown command '" << args[0] << "' (see 'findings --help')\n";
  return kExitUsage;
}

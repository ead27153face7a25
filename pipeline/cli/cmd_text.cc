#include <iostream>

#include "cli/command.h"
#include "cli/input_files.h"
#include "cli/limit_options.h"
#include "cli/options.h"

namespace findings::cli {

int RunText(const std::vector<std::string>& args) {
  OpenArgs open;
  std::vector<std::string> paths;
  if (auto exit = ParseOpenCommand("text", "FILE|DIR... [OPTIONS]\n\nPrints the normalised text of "
                                           "each file: the text that provenance offsets point into.\n"
                                           "With more than one file, each text follows a line "
                                           "'==> FILE <=='. A file with a page whose text "
                                           "could not be read is printed, with a warning, "
                                           "and counts as failed (exit status 1).",
                                   args, &open, &paths))
    return *exit;

  const InputFiles inputs = CollectInputs(paths);
  const bool headed = inputs.files.size() > 1;
  return OpenEach(
      open, inputs,
      [](WorkerPool& pool, const std::string& file, const LoadOptions& load) {
        return pool.Text(file, load);
      },
      [headed](const std::string& file, const WorkerReply& reply) {
        if (headed) std::cout << "==> " << file << " <==\n";
        std::cout << reply.text;
        if (!reply.text.empty() && reply.text.back() != '\n') std::cout << "\n";
      },
      /*warnings_fail=*/true);  // its job is the text: a page lost is a file not read whole
}

}  // namespace findings::cli

// The files a command works on: named files as given, directories walked.
#ifndef FINDINGS_CLI_INPUT_FILES_H_
#define FINDINGS_CLI_INPUT_FILES_H_

#include <string>
#include <vector>

namespace findings::cli {

struct InputFiles {
  std::vector<std::string> files;   // sorted within each directory, deduplicated
  std::vector<std::string> errors;  // "PATH: no such file or directory" …
};

// A named file is taken whatever its extension (its content tells PDF from text);
// a directory is walked for *.pdf and *.txt (any case) without following
// directory symlinks, so a symlink loop cannot trap the walk.
InputFiles CollectInputs(const std::vector<std::string>& paths);

}  // namespace findings::cli

#endif  // FINDINGS_CLI_INPUT_FILES_H_

#include "cli/input_files.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

namespace findings::cli {

namespace fs = std::filesystem;

namespace {

bool IsReportFile(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".pdf" || ext == ".txt";
}

void WalkDirectory(const std::string& dir, InputFiles* inputs) {
  std::error_code ec;
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec, link_ec;
    if (it->is_regular_file(type_ec) && IsReportFile(it->path()))
      found.push_back(it->path().string());
    // A report-named symlink that resolves nowhere (a loop) is said, not skipped.
    else if (type_ec && it->is_symlink(link_ec) && IsReportFile(it->path()))
      inputs->errors.push_back(it->path().string() + ": cannot read: " + type_ec.message());
  }
  if (ec) inputs->errors.push_back(dir + ": cannot walk directory: " + ec.message());
  std::sort(found.begin(), found.end());
  inputs->files.insert(inputs->files.end(), found.begin(), found.end());
}

}  // namespace

InputFiles CollectInputs(const std::vector<std::string>& paths) {
  InputFiles inputs;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      inputs.errors.push_back(path + ": no such file or directory");
    } else if (fs::is_directory(status)) {
      WalkDirectory(path, &inputs);
    } else {
      inputs.files.push_back(path);
    }
  }
  std::set<std::string> seen;
  std::vector<std::string> unique;
  for (const std::string& file : inputs.files)
    if (seen.insert(fs::weakly_canonical(file).string()).second) unique.push_back(file);
  inputs.files = std::move(unique);
  return inputs;
}

}  // namespace findings::cli

#include "test_paths.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace findings::testing {

std::string SourcePath(const std::string& relative) {
  return std::string(FINDINGS_SOURCE_DIR) + "/" + relative;
}

std::string BinaryPath(const std::string& relative) {
  return std::string(FINDINGS_BINARY_DIR) + "/" + relative;
}

std::string CliPath() { return FINDINGS_CLI; }

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace findings::testing

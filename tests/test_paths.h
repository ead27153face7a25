// Where tests find the source tree, the build tree and the built command.
#ifndef FINDINGS_TESTS_TEST_PATHS_H_
#define FINDINGS_TESTS_TEST_PATHS_H_

#include <string>

namespace findings::testing {

std::string SourcePath(const std::string& relative);  // under the repository root
std::string BinaryPath(const std::string& relative);  // under the build directory
std::string CliPath();                                 // the built `findings`
std::string ReadFileOrDie(const std::string& path);

}  // namespace findings::testing

#endif

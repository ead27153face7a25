// A dataset refreshed once from corpus/ for a whole test suite (the commands
// that read a dataset: compare, history), removed when the suite ends.
#ifndef FINDINGS_TESTS_PIPELINE_CLI_CORPUS_DATASET_H_
#define FINDINGS_TESTS_PIPELINE_CLI_CORPUS_DATASET_H_

#include <gtest/gtest.h>

#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {

class CorpusDatasetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const CliResult refresh = RunCli("refresh corpus --dataset '" + Dataset() + "' -j2");
    ASSERT_EQ(refresh.exit_code, 0) << refresh.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::string Dataset() { return dir_->path() + "/ds"; }

 private:
  static inline TempDir* dir_ = nullptr;
};

}  // namespace findings::testing

#endif  // FINDINGS_TESTS_PIPELINE_CLI_CORPUS_DATASET_H_

// The option handling every subcommand shares (cli/options.h): positional
// arguments, usage errors, --help. Run through the built command, as the cli is
// not linked into the test binary.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

TEST(Options, AMissingPositionalIsAUsageErrorNamingIt) {
  const CliResult r = RunCli("detect");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "findings detect: the option '--input' is required but missing "
            "(see 'findings detect --help')\n");
  const CliResult refresh = RunCli("refresh --dataset x");
  EXPECT_EQ(refresh.exit_code, 2);
  EXPECT_EQ(refresh.err,
            "findings refresh: the option '--corpus' is required but missing "
            "(see 'findings refresh --help')\n");
}

TEST(Options, ASinglePositionalTakesOneArgumentOnly) {
  const CliResult r = RunCli("history --dataset x kent durham");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "findings history: too many positional options have been specified on the command "
            "line (see 'findings history --help')\n");
}

TEST(Options, ARepeatedPositionalTakesEveryArgumentInOrder) {
  const CliResult r = RunCli("text no/such/1.txt no/such/2.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "no/such/1.txt: no such file or directory\n"
            "no/such/2.txt: no such file or directory\n");
}

TEST(Options, HelpListsThePositionalApartAndExitsZero) {
  const CliResult r = RunCli("refresh --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("usage: findings refresh CORPUS_DIR... --dataset DIR [OPTIONS]\n", 0), 0u)
      << r.out;
  const std::size_t help = r.out.find("--help");
  const std::size_t corpus = r.out.find("--corpus arg");
  ASSERT_NE(corpus, std::string::npos) << r.out;
  EXPECT_LT(help, corpus) << r.out;
  EXPECT_NE(r.out.find("corpus directories", corpus), std::string::npos) << r.out;
}

TEST(Options, AnUnknownOptionIsAUsageError) {
  const CliResult r = RunCli("compare --dataset x --colour red");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "findings compare: unrecognised option '--colour' (see 'findings compare --help')\n");
}

}  // namespace
}  // namespace findings::testing

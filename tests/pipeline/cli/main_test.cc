// The command's surface (main.cc and the usage errors every command shares):
// subcommands, help, usage errors and exit statuses.
#include <gtest/gtest.h>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

TEST(CommandLine, PrintsVersion) {
  const CliResult r = RunCli("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("findings ", 0), 0u) << r.out;
}

TEST(CommandLine, UnknownCommandIsAUsageError) {
  const CliResult r = RunCli("frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "findings: unknown command 'frobnicate' (see 'findings --help')\n");
}

TEST(CommandLine, UnknownOptionIsAUsageError) {
  const CliResult r = RunCli("extract --no-such-flag corpus/text/kent.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("findings extract: unrecognised option '--no-such-flag'"),
            std::string::npos)
      << r.err;
}

TEST(CommandLine, EverySubcommandHasHelp) {
  for (const char* command : {"extract", "detect", "text", "plugins"}) {
    const CliResult r = RunCli(std::string(command) + " --help");
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_NE(r.out.find(std::string("usage: findings ") + command), std::string::npos) << command;
  }
}

TEST(CommandLine, UnknownOutputFormatIsAUsageError) {
  const CliResult r = RunCli("extract --format json,pdf corpus/text/kent.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "findings extract: unknown format 'pdf' (formats: json, xml)\n");
}

TEST(CommandLine, SeveralInputsNeedAnOutputDirectory) {
  const CliResult r = RunCli("extract corpus/text");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "findings extract: several inputs need -o OUTDIR\n");
}

TEST(CommandLine, MissingInputFailsNamingIt) {
  TempDir out;
  const CliResult r = RunCli("extract no/such/report.pdf -o " + out.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no/such/report.pdf: no such file or directory\n"), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace findings::testing

#include "isolate/worker_tasks.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "emit/json_writer.h"
#include "pipeline/cli/cli_runner.h"
#include "test_paths.h"

namespace findings {
namespace {

using testing::SourcePath;
using testing::TempDir;

// Limits that touch nothing in this process: no CPU or memory limit.
Limits NoProcessLimits() {
  Limits limits;
  limits.cpu_seconds = 0;
  limits.memory_mib = 0;
  return limits;
}

class WorkerTask : public ::testing::Test {
 protected:
  void SetUp() override {
    registry_.Load({FINDINGS_BINARY_DIR "/plugins"}, {SourcePath("grammars")});
    ASSERT_FALSE(registry_.plugins().empty());
  }
  WorkerReply Run(Task task, const std::string& path, const Limits& limits = NoProcessLimits()) {
    WorkerRequest request;
    request.task = task;
    request.path = path;
    return RunTask(registry_, request, limits);
  }
  PluginRegistry registry_;
};

TEST_F(WorkerTask, DetectsTheFormatOfAReport) {
  const WorkerReply reply = Run(Task::kDetect, SourcePath("corpus/text/kent.txt"));
  ASSERT_TRUE(reply.status.ok()) << reply.status.message();
  EXPECT_EQ(reply.detected.plugin, "quality-impact-2016");
  EXPECT_GE(reply.detected.confidence, 0.5);
  EXPECT_FALSE(reply.restart);
}

TEST_F(WorkerTask, ReadsTheNormalisedText) {
  TempDir dir;
  const std::string path = dir.Write("notes.txt", "# Notes\n\nKent &amp; Sussex\n");
  const WorkerReply reply = Run(Task::kText, path);
  ASSERT_TRUE(reply.status.ok()) << reply.status.message();
  EXPECT_NE(reply.text.find("Kent & Sussex"), std::string::npos) << reply.text;
  EXPECT_EQ(reply.text.find("&amp;"), std::string::npos) << reply.text;
  EXPECT_TRUE(reply.warnings.empty());
}

TEST_F(WorkerTask, ExtractsTheFindingsWhenNoFormatIsNamed) {
  const std::string path = SourcePath("corpus/text/kent.txt");
  const WorkerReply reply = Run(Task::kExtract, path);
  ASSERT_TRUE(reply.status.ok()) << reply.status.message();
  auto in_process = ExtractReport(registry_, path, {});
  ASSERT_TRUE(in_process.ok());
  EXPECT_EQ(WriteJson(reply.findings), WriteJson(*in_process));
}

TEST_F(WorkerTask, WritesTheNamedFormatsIntoItsOwnStagingFolder) {
  TempDir stage;
  WorkerRequest request;
  request.path = SourcePath("corpus/text/kent.txt");
  request.formats = {OutputFormat::kJson, OutputFormat::kXml};
  request.staging = {stage.path(), "kent"};
  const WorkerReply reply = RunTask(registry_, request, NoProcessLimits());
  ASSERT_TRUE(reply.status.ok()) << reply.status.message();
  const std::string prefix = stage.path() + "/w" + std::to_string(::getpid()) + "/kent";
  EXPECT_EQ(reply.rendered.written_to, prefix);
  EXPECT_TRUE(reply.rendered.documents.empty());
  EXPECT_TRUE(std::filesystem::exists(prefix + ".json"));
  EXPECT_TRUE(std::filesystem::exists(prefix + ".xml"));
}

TEST_F(WorkerTask, AppliesTheWorkersFileSizeLimit) {
  TempDir dir;
  const std::string path = dir.Write("big.txt", std::string((1u << 20) + 1, 'a'));
  Limits limits = NoProcessLimits();
  limits.max_file_mib = 1;
  const WorkerReply reply = Run(Task::kText, path, limits);
  ASSERT_FALSE(reply.status.ok());
  EXPECT_EQ(reply.status.message(), "too large: 1048577 bytes, the limit is 1048576");
  EXPECT_FALSE(reply.restart);
}

TEST_F(WorkerTask, AFileNoPluginRecognisesIsItsStatus) {
  TempDir dir;
  const WorkerReply reply = Run(Task::kDetect, dir.Write("list.txt", "Eggs, milk, bread.\n"));
  EXPECT_EQ(reply.status.code(), Code::kUnrecognised);
  EXPECT_EQ(reply.status.message(), "not a recognised inspection report");
  EXPECT_FALSE(reply.restart);
}

}  // namespace
}  // namespace findings

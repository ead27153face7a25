// The worker's reply frame: rendered documents travel as they are, whatever
// bytes they hold, and a frame that does not add up is refused.
#include "isolate/worker_protocol.h"

#include <gtest/gtest.h>

namespace findings {
namespace {

WorkerReply RenderedReply(std::vector<std::string> documents) {
  WorkerReply reply;
  reply.rendered.id = "kent-2016-10";
  reply.rendered.from_pdf = true;
  reply.rendered.diagnostics = 3;
  reply.rendered.written_to = "out/.staged-7/w9/3";
  reply.rendered.documents = std::move(documents);
  return reply;
}

TEST(WorkerProtocol, RenderedDocumentsComeBackByteForByte) {
  const std::string json = "{\n  \"a\": \"line\\nbreak\"\n}\n";
  const std::string binary("x\0\n\xff\n{", 6);
  auto decoded = DecodeReply(EncodeReply(RenderedReply({json, binary, ""}), ReplyKind::kRendered));
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_TRUE(decoded->status.ok());
  EXPECT_EQ(decoded->rendered.id, "kent-2016-10");
  EXPECT_TRUE(decoded->rendered.from_pdf);
  EXPECT_EQ(decoded->rendered.diagnostics, 3u);
  EXPECT_EQ(decoded->rendered.written_to, "out/.staged-7/w9/3");
  EXPECT_EQ(decoded->rendered.documents, (std::vector<std::string>{json, binary, ""}));
}

TEST(WorkerProtocol, AShortOrLongFrameIsMalformed) {
  const std::string frame = EncodeReply(RenderedReply({"abc", "def"}), ReplyKind::kRendered);
  auto cut = DecodeReply(frame.substr(0, frame.size() - 1));
  ASSERT_FALSE(cut.ok());
  EXPECT_EQ(cut.status().message(), "malformed worker message: a document runs past the frame");
  auto extra = DecodeReply(frame + "g");
  ASSERT_FALSE(extra.ok());
  EXPECT_EQ(extra.status().message(), "malformed worker message: bytes after the documents");
  EXPECT_FALSE(DecodeReply("{\"ok\": true}").ok());  // no header line
}

TEST(WorkerProtocol, AnErrorKeepsItsCodeAndMessage) {
  WorkerReply reply;
  reply.status = Status::Error(Code::kUnrecognised, "not a recognised inspection report");
  reply.restart = true;
  auto decoded = DecodeReply(EncodeReply(reply, ReplyKind::kRendered));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->status.code(), Code::kUnrecognised);
  EXPECT_EQ(decoded->status.message(), "not a recognised inspection report");
  EXPECT_TRUE(decoded->restart);
}

TEST(WorkerProtocol, ADetectionAndItsWarningsComeBack) {
  WorkerReply reply;
  reply.detected = {"rated-2018", 0.75};
  reply.warnings = {"page 3: out of memory reading its content"};
  auto decoded = DecodeReply(EncodeReply(reply, ReplyKind::kDetected));
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->detected.plugin, "rated-2018");
  EXPECT_EQ(decoded->detected.confidence, 0.75);
  EXPECT_EQ(decoded->warnings, reply.warnings);
}

TEST(WorkerProtocol, ATextComesBackByteForByte) {
  WorkerReply reply;
  reply.text = std::string("line one\nline\0two\f\xff", 20);
  auto decoded = DecodeReply(EncodeReply(reply, ReplyKind::kText));
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->text, reply.text);
  EXPECT_TRUE(decoded->warnings.empty());
}

TEST(WorkerProtocol, TheRequestKeepsItsTask) {
  for (Task task : {Task::kExtract, Task::kDetect, Task::kText}) {
    WorkerRequest request;
    request.task = task;
    request.path = "a.pdf";
    auto decoded = DecodeRequest(EncodeRequest(request));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->task, task);
    EXPECT_EQ(KindOf(*decoded), KindOf(request));
  }
  EXPECT_EQ(KindOf({Task::kDetect, "a.pdf", {}, {OutputFormat::kJson}, {}}), ReplyKind::kDetected);
  EXPECT_EQ(KindOf({Task::kExtract, "a.pdf", {}, {}, {}}), ReplyKind::kFindings);
  EXPECT_EQ(KindOf({Task::kExtract, "a.pdf", {}, {OutputFormat::kJson}, {}}), ReplyKind::kRendered);
}

TEST(WorkerProtocol, TheRequestKeepsItsFormatsAndWhereToWrite) {
  WorkerRequest request;
  request.path = "a/b.pdf";
  request.formats = {OutputFormat::kXml, OutputFormat::kJson};
  request.staging = {"out/.staged-7", "3"};
  auto decoded = DecodeRequest(EncodeRequest(request));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->path, "a/b.pdf");
  EXPECT_EQ(decoded->formats, request.formats);
  EXPECT_EQ(decoded->staging.dir, "out/.staged-7");
  EXPECT_EQ(decoded->staging.name, "3");
}

}  // namespace
}  // namespace findings

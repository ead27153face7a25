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
  auto decoded = DecodeReply(EncodeReply(RenderedReply({json, binary, ""}), /*rendered=*/true));
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_TRUE(decoded->status.ok());
  EXPECT_EQ(decoded->rendered.id, "kent-2016-10");
  EXPECT_TRUE(decoded->rendered.from_pdf);
  EXPECT_EQ(decoded->rendered.diagnostics, 3u);
  EXPECT_EQ(decoded->rendered.written_to, "out/.staged-7/w9/3");
  EXPECT_EQ(decoded->rendered.documents, (std::vector<std::string>{json, binary, ""}));
}

TEST(WorkerProtocol, AShortOrLongFrameIsMalformed) {
  const std::string frame = EncodeReply(RenderedReply({"abc", "def"}), /*rendered=*/true);
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
  auto decoded = DecodeReply(EncodeReply(reply, /*rendered=*/true));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->status.code(), Code::kUnrecognised);
  EXPECT_EQ(decoded->status.message(), "not a recognised inspection report");
  EXPECT_TRUE(decoded->restart);
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

#include "emit/output_formats.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "emit/json_writer.h"
#include "emit/xml_writer.h"
#include "pipeline/emit/sample_findings.h"

namespace findings {
namespace {

using testing::SampleFindings;

TEST(OutputFormats, ParsesAListOnceEach) {
  auto formats = ParseFormats("xml,json,xml");
  ASSERT_TRUE(formats.ok());
  EXPECT_EQ(*formats, (std::vector<OutputFormat>{OutputFormat::kXml, OutputFormat::kJson}));
  EXPECT_EQ(ParseFormats("json,csv").status().message(), "unknown format 'csv' (formats: json, xml)");
  EXPECT_EQ(ParseFormats("").status().message(), "no output format given");
}

TEST(OutputFormats, RendersWhatEachWriterWritesInTheOrderAsked) {
  Findings findings = SampleFindings();
  findings.report.source.media_type = "application/pdf";
  const RenderedReport rendered =
      RenderReport(findings, {OutputFormat::kXml, OutputFormat::kJson});
  EXPECT_EQ(rendered.id, findings.report.id);
  EXPECT_TRUE(rendered.from_pdf);
  EXPECT_EQ(rendered.diagnostics, findings.diagnostics.size());
  ASSERT_EQ(rendered.documents.size(), 2u);
  EXPECT_EQ(rendered.documents[0], WriteXml(findings));
  EXPECT_EQ(rendered.documents[1], WriteJson(findings));
}

TEST(OutputFormats, ATextSourceIsNotAPdf) {
  Findings findings = SampleFindings();
  findings.report.source.media_type = "text/plain";
  EXPECT_FALSE(RenderReport(findings, {OutputFormat::kJson}).from_pdf);
}

TEST(OutputFormats, WriteDocumentsLeavesNothingHalfWritten) {
  const std::string dir = ::testing::TempDir() + "/write-documents";
  std::filesystem::create_directories(dir);
  RenderedReport report = RenderReport(SampleFindings(), {OutputFormat::kJson, OutputFormat::kXml});
  // The XML's path is taken by a directory, so the second write fails.
  std::filesystem::create_directories(DocumentPath(dir + "/r", OutputFormat::kXml) + "/x");
  Status status = WriteDocuments(dir + "/r", {OutputFormat::kJson, OutputFormat::kXml}, &report);
  EXPECT_FALSE(status.ok());
  EXPECT_FALSE(std::filesystem::exists(dir + "/r.json"));
  std::filesystem::remove_all(dir + "/r.xml");
  ASSERT_TRUE(WriteDocuments(dir + "/r", {OutputFormat::kJson, OutputFormat::kXml}, &report).ok());
  EXPECT_TRUE(report.documents.empty());
  EXPECT_EQ(report.written_to, dir + "/r");
  EXPECT_EQ(std::filesystem::file_size(dir + "/r.json"), WriteJson(SampleFindings()).size());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace findings

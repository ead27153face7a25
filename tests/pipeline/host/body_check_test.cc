#include "host/body_check.h"

#include <gtest/gtest.h>

namespace findings {
namespace {

Findings EmptyReport(const char* media_type, std::optional<int> pages) {
  Findings f;
  f.report.source.media_type = media_type;
  f.report.source.pages = pages;
  f.report.extractor.plugin = "rated-2018";
  return f;
}

TEST(BodyCheck, APdfWithNoFindingsIsMissingItsBody) {
  const Status status = CheckHasBody(EmptyReport("application/pdf", 2));
  EXPECT_EQ(status.code(), Code::kCorrupt);
  EXPECT_EQ(status.message(),
            "recognised as rated-2018, but it holds no findings: the report's body is missing "
            "(2 pages)");
}

TEST(BodyCheck, OneFindingIsABody) {
  Findings f = EmptyReport("application/pdf", 1);
  f.recommendations.emplace_back();
  EXPECT_TRUE(CheckHasBody(f).ok());
}

TEST(BodyCheck, ATextFileMayCarryOnlyItsHeader) {
  EXPECT_TRUE(CheckHasBody(EmptyReport("text/plain", std::nullopt)).ok());
}

}  // namespace
}  // namespace findings

#include "ingest/captured_output.h"

#include <gtest/gtest.h>

#include <string>

namespace findings {
namespace {

int calls = 0;

std::string CountingSource() { return ++calls == 1 ? "Out of memory\n" : ""; }

TEST(CapturedOutput, IsEmptyWithoutASource) {
  SetCapturedOutputSource(nullptr);
  EXPECT_EQ(TakeCapturedOutput(), "");
}

TEST(CapturedOutput, AsksTheInstalledSourceEachTime) {
  calls = 0;
  SetCapturedOutputSource(&CountingSource);
  EXPECT_EQ(TakeCapturedOutput(), "Out of memory\n");
  EXPECT_EQ(TakeCapturedOutput(), "");
  EXPECT_EQ(calls, 2);
  SetCapturedOutputSource(nullptr);
  EXPECT_EQ(TakeCapturedOutput(), "");
  EXPECT_EQ(calls, 2);
}

TEST(PageBeingRead, IsThePageLastSet) {
  SetPageBeingRead(3);
  EXPECT_EQ(PageBeingRead(), 3);
  SetPageBeingRead(0);
  EXPECT_EQ(PageBeingRead(), 0);
}

}  // namespace
}  // namespace findings

#include "report/source_link.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace findings::report {
namespace {

TEST(SourceHref, IsRelativeToThePagesFolder) {
  EXPECT_EQ(SourceHref("/data/corpus/pdf/kent.pdf", "/data/out"), "../corpus/pdf/kent.pdf");
  EXPECT_EQ(SourceHref("/data/corpus/kent.pdf", "/data/corpus"), "kent.pdf");
  EXPECT_EQ(SourceHref("/data/corpus/./pdf/../kent.pdf", "/data/out"), "../corpus/kent.pdf");
}

TEST(SourceHref, PercentEncodesEachSegment) {
  EXPECT_EQ(SourceHref("/data/corpus/North London #2 (2018).pdf", "/data/corpus"),
            "North%20London%20%232%20%282018%29.pdf");
  EXPECT_EQ(SourceHref("/data/caf\xC3\xA9/a&b.pdf", "/data"), "caf%C3%A9/a%26b.pdf");
}

TEST(SourceHref, TakesARelativeSourceFromTheCurrentFolder) {
  const std::string here = std::filesystem::current_path().string();
  EXPECT_EQ(SourceHref("corpus/pdf/kent.pdf", here + "/out"), "../corpus/pdf/kent.pdf");
  EXPECT_EQ(SourceHref("corpus/pdf/kent.pdf", ""), "corpus/pdf/kent.pdf");
}

}  // namespace
}  // namespace findings::report

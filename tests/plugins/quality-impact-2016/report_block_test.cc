// The report block's title and area from the cover, however the cover breaks the
// title's lines. Expected values are read from the reports' covers (corpus/text).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "findings/text.h"
#include "plugins/plugin_test_support.h"

namespace findings::qi2016 {
namespace {

struct Cover {
  std::vector<std::string> lines;
  const char* area;
};

TEST(QiReportBlock, ReadsTheTitleHoweverTheCoverBreaksIt) {
  for (const Cover& cover :
       {Cover{{"Quality & Impact inspection", "The effectiveness of probation work in Derbyshire"},
              "Derbyshire"},
        Cover{{"Quality & Impact inspection The effectiveness of probation", "work in Kent"},
              "Kent"},
        Cover{{"Quality & Impact inspection The", "effectiveness of probation work in", "Kent"},
              "Kent"},
        Cover{{"Quality & Impact inspection The effectiveness of", "probation work in the north of",
               "London"},
              "North London"},
        // A cover in capitals, read back with each word as the text writes it most often
        // (a line of one word as printed: it may be an acronym).
        Cover{{"Quality & impact inspection the effectiveness of", "Probation work in Kent"},
              "Kent"},
        Cover{{"Quality & impact inspection", "The effectiveness of probation work in the north of",
               "LONDON"},
              "North London"}}) {
    std::vector<std::string> lines = cover.lines;
    lines.push_back("An inspection by HM Inspectorate of Probation October 2016");
    const Findings f = testing::kQi.ExtractLines(lines);
    EXPECT_EQ(f.report.area, cover.area) << cover.lines.front();
    EXPECT_EQ(Lower(f.report.title).rfind("the effectiveness of probation work in ", 0), 0u)
        << f.report.title;
    EXPECT_EQ(f.report.title.front(), 'T') << f.report.title;
  }
}

}  // namespace
}  // namespace findings::qi2016

#include "report/html.h"

#include <gtest/gtest.h>

#include "report/source_link.h"

namespace findings::report {
namespace {

TEST(Escape, EscapesMarkupAndQuotes) {
  EXPECT_EQ(Escape("Kent, Surrey & Sussex <CRC> \"x\" 'y'"),
            "Kent, Surrey &amp; Sussex &lt;CRC&gt; &quot;x&quot; &#39;y&#39;");
}

TEST(FormatNumber, IntegersPlainOneDecimalOtherwise) {
  EXPECT_EQ(FormatNumber(86), "86");
  EXPECT_EQ(FormatNumber(72.5), "72.5");
  EXPECT_EQ(FormatNumber(66.6667), "66.7");
  EXPECT_EQ(FormatNumber(99.96), "100");
}

TEST(TraceText, ReportIdAndPage) {
  EXPECT_EQ(TraceText("kent-2016-10", 12), "kent-2016-10 p. 12");
  EXPECT_EQ(TraceText("kent-2016-10", std::nullopt), "kent-2016-10");
}

TEST(HtmlTable, CaptionHeadersAndRows) {
  HtmlTable table("Ratings & more", {"A", "B"});
  table.AddRow({"1", "<b>2</b>"}, "class=\"rec\"");
  EXPECT_EQ(table.Html("id=\"t\""),
            "<table class=\"data\" id=\"t\"><caption>Ratings &amp; more</caption>\n"
            "<thead><tr><th scope=\"col\">A</th><th scope=\"col\">B</th></tr></thead>\n"
            "<tbody>\n<tr class=\"rec\"><td>1</td><td><b>2</b></td></tr>\n</tbody></table>\n");
}

TEST(SourceHref, RelativeToThePageFolderAndPercentEncoded) {
  EXPECT_EQ(SourceHref("/data/corpus/pdf/kent.pdf", "/data/out"), "../corpus/pdf/kent.pdf");
  EXPECT_EQ(SourceHref("/data/corpus/my report#1.pdf", "/data/corpus"), "my%20report%231.pdf");
}

}  // namespace
}  // namespace findings::report

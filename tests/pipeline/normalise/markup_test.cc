#include "normalise/markup.h"

#include <gtest/gtest.h>

#include <string>

#include "pipeline/normalise/line_cases.h"

namespace findings {
namespace {

using normalise_test::ExpectEachLine;
using normalise_test::LineCase;

const LineCase kStripCases[] = {
    {"a heading mark is dropped", "## Leadership", "Leadership"},
    {"six hashes are still a heading", "###### Key facts", "Key facts"},
    {"seven hashes are text", "####### x", "####### x"},
    {"a hash run glued to a word is text", "#1 priority", "#1 priority"},
    {"a dash list mark becomes a bullet",
     "- Staff were supported", "\xE2\x80\xA2 Staff were supported"},
    {"an asterisk list mark becomes a bullet", "* Staff", "\xE2\x80\xA2 Staff"},
    {"a bullet glyph is kept as the bullet", "\xE2\x97\x8F  Staff", "\xE2\x80\xA2 Staff"},
    {"emphasis is dropped", "**Good** and *poor*", "Good and poor"},
    {"asterisks inside a word are text", "p***ed off", "p***ed off"},
    {"a footnote <sup> becomes a caret group", "Wales<sup>1</sup>.", "Wales^{1}."},
    {"several footnotes in one <sup>", "staff<sup>1, 2</sup>", "staff^{1 2}"},
    {"other tags are dropped, their text kept", "<span class=\"x\">Good</span>", "Good"},
    {"a <br> separates words", "one<br>two", "one two"},
    {"an autolink is unwrapped", "see <https://example.org/a>", "see https://example.org/a"},
    {"entities are decoded",
     "Kent &amp; Sussex &lt;CRC&gt; &#8217;", "Kent & Sussex <CRC> \xE2\x80\x99"},
    {"a bare ampersand stays", "Surrey & Sussex", "Surrey & Sussex"},
    {"a less-than that opens no tag stays", "a < b", "a < b"},
    {"blanks at the ends are trimmed", "  plain text\t", "plain text"},
};

TEST(StripMarkup, RemovesEachKindOfMarkup) {
  ExpectEachLine(kStripCases, StripMarkup);
}

const LineCase kEntityCases[] = {
    {"named", "&quot;&apos;&pound;5&hellip;", "\"'\xC2\xA3" "5\xE2\x80\xA6"},
    {"decimal and hex", "&#65;&#x42;&#X43;", "ABC"},
    {"unknown name stays", "&bogus; &", "&bogus; &"},
    {"a surrogate or zero stays", "&#xD800;&#0;", "&#xD800;&#0;"},
    {"beyond Unicode stays", "&#x110000;", "&#x110000;"},
    {"no markup removed", "<b>&amp;</b>", "<b>&</b>"},
};

TEST(DecodeEntities, DecodesOnlyEntities) {
  ExpectEachLine(kEntityCases, DecodeEntities);
}

TEST(HasLineMark, TellsHeadingAndListMarks) {
  EXPECT_TRUE(HasLineMark("# Title"));
  EXPECT_TRUE(HasLineMark("- item"));
  EXPECT_TRUE(HasLineMark("\xE2\x80\xA2 item"));
  EXPECT_FALSE(HasLineMark("Plain text - with a dash"));
  EXPECT_FALSE(HasLineMark("#hashtag"));
  EXPECT_FALSE(HasLineMark("-5% change"));
}

TEST(StripMarkup, LeavesALineWithoutMarkupUnchanged) {
  // The promise behind kInlineMarkupStarts: no '*', '<', '&' and no line mark.
  const std::string line = "The CRC had 62% of cases (see page 4): good, or not?";
  ASSERT_EQ(line.find_first_of(kInlineMarkupStarts), std::string::npos);
  ASSERT_FALSE(HasLineMark(line));
  EXPECT_EQ(StripMarkup(line), line);
}

}  // namespace
}  // namespace findings

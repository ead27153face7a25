#include "normalise/plain_prefix.h"

#include <gtest/gtest.h>

#include <string>

namespace findings {
namespace {

constexpr std::string_view kStops = "^*<&";

// Long enough to be scanned in whole 16-byte blocks before the byte that stops it.
std::string Words(std::size_t length) {
  std::string text;
  while (text.size() < length) text += "plain words, ";
  text.resize(length);
  if (text.back() == ' ') text.back() = 'x';
  return text;
}

TEST(PlainPrefix, PlainTextIsPlainToTheEnd) {
  for (std::size_t length : {0, 1, 15, 16, 17, 100}) {
    EXPECT_EQ(PlainPrefixLength(Words(length), kStops), length) << length;
  }
  EXPECT_EQ(PlainPrefixLength("cell\tcell\tcell", kStops), 14u);
}

TEST(PlainPrefix, StopsBeforeWhatNeedsWork) {
  // At every offset, so the byte falls at each place of a block and in the tail.
  for (std::string_view odd : {"\n", "\r", "\f", "\x01", "\x7F", "\xC2\xA0", "\xE2\x80\x99",
                               "^", "*", "<", "&"}) {
    for (std::size_t at = 0; at < 40; ++at) {
      const std::string text = Words(at) + std::string(odd) + Words(40);
      EXPECT_EQ(PlainPrefixLength(text, kStops), at) << "before " << odd << " at " << at;
    }
  }
}

TEST(PlainPrefix, StopsAtTheSecondOfTwoBlanks) {
  for (std::string_view pair : {"  ", " \t", "\t ", "\t\t"}) {
    for (std::size_t at = 1; at < 40; ++at) {
      const std::string text = Words(at) + std::string(pair) + Words(40);
      EXPECT_EQ(PlainPrefixLength(text, kStops), at + 1) << "pair at " << at;
    }
  }
}

TEST(PlainPrefix, OnlyTheGivenStopsStop) {
  const std::string text = Words(20) + "# 1 < 2 **x** & y" + Words(20);
  EXPECT_EQ(PlainPrefixLength(text, "^"), text.size());
  EXPECT_EQ(PlainPrefixLength(text, "^*<&"), text.find('<'));
}

TEST(PlainPrefix, PrintableAsciiRunsThroughMarkupAndBlanks) {
  const std::string text = Words(20) + "# 1 < 2 **x**  &\t\t^" + Words(20);
  EXPECT_EQ(PrintableAsciiLength(text), text.size());
  for (std::size_t at = 0; at < 40; ++at) {
    EXPECT_EQ(PrintableAsciiLength(Words(at) + "\xE2\x80\x99" + Words(40)), at) << at;
    EXPECT_EQ(PrintableAsciiLength(Words(at) + "\n" + Words(40)), at) << at;
  }
}

}  // namespace
}  // namespace findings

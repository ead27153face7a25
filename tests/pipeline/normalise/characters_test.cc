#include "normalise/characters.h"

#include <gtest/gtest.h>

#include <string>

#include "pipeline/normalise/line_cases.h"

namespace findings {
namespace {

using normalise_test::ExpectEachLine;
using normalise_test::LineCase;

// Each mapping of the contract, written as UTF-8 bytes.
const LineCase kCases[] = {
    {"plain ASCII is kept", "Kent, Surrey & Sussex: 62%", "Kent, Surrey & Sussex: 62%"},
    {"a tab is kept", "1.1\tLeadership", "1.1\tLeadership"},
    {"ligatures are decomposed", "e\xEF\xAC\x83" "cient sta\xEF\xAC\x80 \xEF\xAC\x81nd",
     "efficient staff find"},
    {"single quotes become '", "\xE2\x80\x98service user\xE2\x80\x99s\xE2\x80\x9A\xE2\x80\x9B",
     "'service user's''"},
    {"double quotes become \"", "\xE2\x80\x9CGood\xE2\x80\x9D \xE2\x80\x9E\xE2\x80\x9F",
     "\"Good\" \"\""},
    {"a no-break space becomes a space", "251\xC2\xA0" "170", "251 170"},
    {"a thin and an ideographic space become spaces", "a\xE2\x80\x89" "b\xE3\x80\x80" "c", "a b c"},
    {"a soft hyphen is dropped", "proba\xC2\xAD" "tion", "probation"},
    {"zero-width characters and a BOM are dropped",
     "\xEF\xBB\xBF" "in\xE2\x80\x8B" "spec\xE2\x80\x8D" "tion", "inspection"},
    {"control characters other than tab are dropped", "a\x01" "b\x7F" "c\r", "abc"},
    {"a decomposed accent is composed (NFC)", "Cafe\xCC\x81", "Caf\xC3\xA9"},
    {"an already composed accent is kept", "Caf\xC3\xA9", "Caf\xC3\xA9"},
    {"invalid UTF-8 becomes U+FFFD", "a\xFF" "b", "a\xEF\xBF\xBD" "b"},
    {"the empty line stays empty", "", ""},
};

TEST(NormaliseCharacters, MapsEachCharacterAsTheContractSays) {
  ExpectEachLine(kCases, NormaliseCharacters);
}

TEST(NormaliseCharacters, IsIdempotent) {
  for (const LineCase& c : kCases) {
    const std::string once = NormaliseCharacters(c.in);
    EXPECT_EQ(NormaliseCharacters(once), once) << c.what;
  }
}

}  // namespace
}  // namespace findings

// Table-driven tests of a function of one line: each case names what it shows.
#ifndef FINDINGS_TESTS_PIPELINE_NORMALISE_LINE_CASES_H_
#define FINDINGS_TESTS_PIPELINE_NORMALISE_LINE_CASES_H_

#include <gtest/gtest.h>

#include <string>

namespace findings::normalise_test {

struct LineCase {
  const char* what;
  std::string in;
  std::string out;
};

// Expects `transform(c.in) == c.out` for each case, naming any that fails.
template <typename Cases, typename Transform>
void ExpectEachLine(const Cases& cases, Transform transform) {
  for (const LineCase& c : cases) EXPECT_EQ(transform(c.in), c.out) << c.what;
}

}  // namespace findings::normalise_test

#endif  // FINDINGS_TESTS_PIPELINE_NORMALISE_LINE_CASES_H_

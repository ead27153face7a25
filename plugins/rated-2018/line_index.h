// Which patterns match which lines, each (pattern, line) searched at most once.
// The landmarks, section paths, paragraphs and extractors test the same lines
// against the same patterns again and again; they ask here first and run a
// pattern for its groups only on the lines where it matches.
#ifndef FINDINGS_PLUGINS_RATED2018_LINE_INDEX_H_
#define FINDINGS_PLUGINS_RATED2018_LINE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "findings/document.h"
#include "findings/grammar.h"

namespace re2 {
class RE2;
}

namespace findings::rated2018 {

class LineIndex {
 public:
  LineIndex(const Document& doc, const Grammar& grammar) : doc_(doc), grammar_(grammar) {}
  // Whether pattern `name` matches somewhere in line `i` (false when the grammar lacks it).
  bool Matches(std::string_view name, std::size_t i) const;

 private:
  enum Answer : std::uint8_t { kUnknown, kNo, kYes };
  struct Column {
    std::string name;
    const char* asked_as;  // the address of the name last asked for (compared, never read)
    const re2::RE2* pattern;
    std::vector<Answer> lines;
  };
  Column& ColumnOf(std::string_view name) const;

  const Document& doc_;
  const Grammar& grammar_;
  mutable std::vector<Column> columns_;  // filled as patterns are first asked about
};

}  // namespace findings::rated2018

#endif

// Grammar: a plugin's patterns and word lists, loaded from grammars/<plugin>/.
//
// The host loads and compiles a grammar once (pipeline/grammar) and hands the
// plugin a read-only view; the plugin never opens files. Files in the folder:
//
//   *.re2    named RE2 patterns with their examples:
//              findings-grammar 1             <- first line: the format version
//              # a comment
//              pattern rating_row = ^(?P<id>\d\.\d)\t(?P<title>[^\t]+)\t(?P<rating>.+)$
//                match: 1.1\tLeadership\tGood      <- must match (\t is a tab)
//                expect: id=1.1 rating=Good        <- captures of the match above
//                reject: Leadership is good        <- must not match
//            Pattern names are unique across the folder. Patterns use RE2 syntax
//            and are matched against one normalised line (see document.h).
//   *.words  word lists: one entry a line, "term" or "term<TAB>value", '#' comments.
//   *.json   structured data (e.g. the standards framework), handed over as text.
//
// The grammar's sha256 covers every file, so outputs say which grammar made them.
#ifndef FINDINGS_GRAMMAR_H_
#define FINDINGS_GRAMMAR_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace re2 {
class RE2;
}

namespace findings {

struct WordList {
  // (term, value); value is empty when the line had no tab.
  std::vector<std::pair<std::string, std::string>> entries;
};

class Grammar {
 public:
  virtual ~Grammar() = default;
  // nullptr when the grammar has no pattern or list of that name.
  virtual const re2::RE2* pattern(std::string_view name) const = 0;
  virtual const WordList* words(std::string_view name) const = 0;
  // Contents of a data file ("standards.json"), or nullptr.
  virtual const std::string* data(std::string_view file_name) const = 0;
  virtual const std::string& sha256() const = 0;
};

}  // namespace findings

#endif  // FINDINGS_GRAMMAR_H_

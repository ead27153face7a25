// Wording: a phrase of the catalogue (catalogue.h) and how it is compared with
// the text of a report.
//
// Both sides are folded into words first: ASCII letters lower-cased, '&' read as
// "and", every other character (punctuation, quotes, dashes, any non-ASCII byte)
// a break between words. So "'Control' – 'Risk of Harm to others' work" and
// "control risk of harm to others work" are the same wording, whether a PDF gave
// curly quotes and an en dash or a text file straight ones. In a wording, the
// word "*" stands for one or more words of the text (a name).
#ifndef FINDINGS_PLUGINS_QI2016_WORDING_H_
#define FINDINGS_PLUGINS_QI2016_WORDING_H_

#include <string>
#include <string_view>
#include <vector>

namespace findings::qi2016 {

using Words = std::vector<std::string>;

// The folded words of `text`.
Words FoldWords(std::string_view text);

class Wording {
 public:
  explicit Wording(std::string_view phrase);

  // Whether the wording matches `text` from its first word on (what follows
  // the match does not matter). An empty wording matches every text.
  bool MatchesStart(const Words& text) const;
  // Whether the wording matches somewhere in `text`.
  bool OccursIn(const Words& text) const;

  const std::string& phrase() const { return phrase_; }

 private:
  bool MatchesAt(const Words& text, std::size_t at, std::size_t word) const;

  std::string phrase_;
  Words words_;
};

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_WORDING_H_

// Sentence boundaries inside one paragraph, for quoting the sentence a figure stands in.
#ifndef FINDINGS_PLUGINS_QI2016_QI_SENTENCES_H_
#define FINDINGS_PLUGINS_QI2016_QI_SENTENCES_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace findings::qi2016 {

// The [begin, end) of the sentence of `text` holding byte `pos`. A sentence ends
// at . ! or ? followed by a space and a capital, digit, quote or bracket (or by
// the end of the text), except after an abbreviation of `abbreviations`
// ("e.g.") or inside a number ("2.3").
std::pair<std::size_t, std::size_t> SentenceAround(const std::string& text, std::size_t pos,
                                                   const std::vector<std::string>& abbreviations);

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_QI_SENTENCES_H_

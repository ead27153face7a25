// Numbers written in words, read with the grammar's number_words list.
#ifndef FINDINGS_PLUGINS_QI2016_QI_NUMBERS_H_
#define FINDINGS_PLUGINS_QI2016_QI_NUMBERS_H_

#include <string>

#include "qi_grammar.h"

namespace findings::qi2016 {

// Reads the number the trailing words of `words` spell ("in over Seventy-one" →
// 71, "one hundred" → 100); false when the last word is not a number word.
bool ReadNumberWords(const GrammarView& grammar, const std::string& words, double* value);

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_QI_NUMBERS_H_

#include "qi_numbers.h"

#include <cstdlib>
#include <vector>

#include "qi_text.h"

namespace findings::qi2016 {

namespace {

std::vector<std::string> Tokens(const std::string& words) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : words + " ") {
    if (c == ' ' || c == '-') {
      if (!current.empty()) tokens.push_back(Lower(current));
      current.clear();
    } else {
      current += c;
    }
  }
  return tokens;
}

}  // namespace

bool ReadNumberWords(const GrammarView& grammar, const std::string& words, double* value) {
  const std::vector<std::string> tokens = Tokens(words);
  // The longest run of number words at the end.
  std::size_t first = tokens.size();
  while (first > 0 && grammar.Lookup("number_words", tokens[first - 1])) --first;
  if (first == tokens.size()) return false;
  double total = 0;
  for (std::size_t i = first; i < tokens.size(); ++i) {
    const double v = std::strtod(grammar.Lookup("number_words", tokens[i])->c_str(), nullptr);
    total = v == 100 ? (total == 0 ? 1 : total) * 100 : total + v;
  }
  *value = total;
  return true;
}

}  // namespace findings::qi2016

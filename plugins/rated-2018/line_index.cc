#include "line_index.h"

#include "findings/grammar_match.h"

namespace findings::rated2018 {

bool LineIndex::Matches(std::string_view name, std::size_t i) const {
  Column& column = ColumnOf(name);
  if (!column.pattern || i >= column.lines.size()) return false;
  Answer& answer = column.lines[i];
  if (answer == kUnknown)
    answer = findings::Matches(*column.pattern, doc_.line_text(i)) ? kYes : kNo;
  return answer == kYes;
}

LineIndex::Column& LineIndex::ColumnOf(std::string_view name) const {
  // Callers name patterns with string literals, which the linker merges: looking
  // for the address first spares comparing the name with every column's.
  for (Column& column : columns_)
    if (column.asked_as == name.data() && column.name == name) return column;
  for (Column& column : columns_)
    if (column.name == name) {
      column.asked_as = name.data();
      return column;
    }
  columns_.push_back({std::string(name), name.data(), grammar_.pattern(name),
                      std::vector<Answer>(doc_.lines.size(), kUnknown)});
  return columns_.back();
}

}  // namespace findings::rated2018

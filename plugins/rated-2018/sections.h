// The section path of each line ("1. Organisational delivery > 1.2 Staff > Do …?"),
// from the headings the text keeps: major parts, standards, key-question sub-headings.
#ifndef FINDINGS_PLUGINS_RATED2018_SECTIONS_H_
#define FINDINGS_PLUGINS_RATED2018_SECTIONS_H_

#include <string>
#include <vector>

#include "context.h"

namespace findings::rated2018 {

class Sections {
 public:
  explicit Sections(const Context& ctx);
  const std::string& At(std::size_t line) const { return path_[line]; }

 private:
  std::vector<std::string> path_;
};

}  // namespace findings::rated2018

#endif

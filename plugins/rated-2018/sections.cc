#include "sections.h"

#include "text_util.h"

namespace findings::rated2018 {

namespace {

// A major heading's text, or "" when line `i` is none.
std::string MajorHeading(const Context& ctx, std::size_t i) {
  const std::string_view text = ctx.line(i);
  for (const char* name : {"foreword", "overall_findings", "recommendations", "background",
                           "key_facts", "annex"})
    if (ctx.LineMatches(name, i)) return StripFootnotes(text);
  if (!ctx.marks.line_domain.empty() && ctx.LineMatches("domain_heading", i))
    return ctx.DomainHeading(std::string(1, text[0])).value_or(StripFootnotes(text));
  return "";
}

std::string StandardHeading(const Context& ctx, std::size_t i) {
  auto row = ctx.SearchLine("standard_row", i);
  if (!row) return "";
  const Standard* s = ctx.framework.standard(row->group("id"));
  return s ? s->id + " " + s->title : "";
}

std::string Join(const std::string& a, const std::string& b, const std::string& c) {
  std::string out = a;
  for (const std::string* part : {&b, &c})
    if (!part->empty()) out += (out.empty() ? "" : " > ") + *part;
  return out;
}

}  // namespace

Sections::Sections(const Context& ctx) : path_(ctx.lines()) {
  std::string major, standard, question;
  std::string domain;
  for (std::size_t i = 0; i < ctx.lines(); ++i) {
    const std::string& line_domain = ctx.marks.line_domain[i];
    if (std::string h = MajorHeading(ctx, i); !h.empty()) {
      major = h;
      standard.clear();
      question.clear();
    } else if (!line_domain.empty() && line_domain != domain) {
      major = ctx.DomainHeading(line_domain).value_or(major);  // a heading lost from the text
      standard.clear();
      question.clear();
    } else if (std::string s = StandardHeading(ctx, i); !s.empty() && !line_domain.empty()) {
      standard = s;
      question.clear();
    } else if (ctx.LineMatches("question_heading", i)) {
      question = StripFootnotes(ctx.line(i));
    }
    domain = line_domain;
    path_[i] = Join(major, standard, question);
  }
}

}  // namespace findings::rated2018

// Practice examples: each "Good practice example:" / "Poor practice example(s):"
// label with the paragraphs that go on telling the same case.
#include "extractors.h"
#include "text_util.h"

namespace findings::qi2016 {

namespace {

bool StartsWithQuote(const std::string& text) {
  return !text.empty() && (text[0] == '"' || text.rfind("“", 0) == 0 || text.rfind("‘", 0) == 0);
}

class ExampleReader {
 public:
  explicit ExampleReader(const ReportView& src) : src_(src), g_(src.grammar) {}

  // Reads the example labelled on line `i`; *last is set to its last line.
  PracticeExample Read(std::size_t i, const Match& label, std::size_t* last) {
    PracticeExample ex;
    ex.polarity = Lower(label.group("polarity"));
    std::string story = label.group("text");
    std::size_t end = i;
    if (src_.paragraph(i, &end) != src_.text(i)) story = Tail(src_.paragraph(i, &end), label);
    if (CollapseSpace(story).empty() && IsStoryLine(end + 1)) story = src_.paragraph(end + 1, &end);
    const std::string name = Protagonist(story);
    for (std::size_t next_line = SkipFootnotes(end + 1); IsStoryLine(next_line);
         next_line = SkipFootnotes(end + 1)) {
      std::size_t next_end = next_line;
      const std::string next = src_.paragraph(next_line, &next_end);
      if (!Continues(next, name)) break;
      story += " " + next;
      end = next_end;
    }
    const LineInfo& info = src_.info(i);
    ex.text = CollapseSpace(StripFootnoteMarkers(story, nullptr));
    ex.provider = info.in_provider_section ? info.provider : ProviderNamedIn(g_, ex.text);
    ex.domain = info.domain;
    ex.section = info.section;
    ex.provenance = src_.provenance(i, end);
    *last = end;
    return ex;
  }

 private:
  // The label's text when the label line was joined with a following line.
  static std::string Tail(const std::string& paragraph, const Match& label) {
    return label.spans.count("text") ? paragraph.substr(label.spans.at("text").first) : paragraph;
  }

  std::size_t SkipFootnotes(std::size_t j) const {
    while (j < src_.size() && src_.info(j).kind == OutlineKind::kFootnote) ++j;
    return j;
  }

  bool IsStoryLine(std::size_t j) const {
    if (j >= src_.size()) return false;
    const LineInfo& info = src_.info(j);
    return info.kind == OutlineKind::kParagraph && !info.continues_previous &&
           !g_.Matches("example_label", src_.text(j));
  }

  // A paragraph goes on with the case when it names its protagonist, or else
  // does not turn to cases in general; a lead-in to a quote or list ends it.
  bool Continues(const std::string& next, const std::string& name) const {
    if (next.empty() || StartsWithQuote(next) || next.back() == ':') return false;
    if (!name.empty() && ContainsWord(next, name)) return true;
    return !g_.Matches("example_generalisation", next);
  }

  std::string Protagonist(const std::string& story) const {
    for (const Match& m : g_.SearchAll("protagonist", story)) {
      const std::string name = m.group("name");
      if (!g_.Lookup("not_names", name)) return name;
    }
    return "";
  }

  static bool ContainsWord(const std::string& text, const std::string& word) {
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
      const std::size_t end = at + word.size();
      const bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
      const bool right = end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
      if (left && right) return true;
    }
    return false;
  }

  const ReportView& src_;
  const GrammarView& g_;
};

}  // namespace

void ExtractPracticeExamples(const ReportView& src, std::vector<PracticeExample>* out) {
  ExampleReader reader(src);
  for (std::size_t i = 0; i < src.size(); ++i) {
    const LineInfo& info = src.info(i);
    if (info.kind != OutlineKind::kParagraph || info.part == Part::kContents) continue;
    Match label;
    if (!src.grammar.Search("example_label", src.text(i), &label) || label.begin != 0) continue;
    std::size_t last = i;
    out->push_back(reader.Read(i, label, &last));
    if (CollapseSpace(out->back().text).empty())
      src.grammar.Diagnose("warning", "practice_examples.no-text",
                           "a practice example label is followed by no text",
                           src.provenance(i, i));
    i = last;
  }
}

}  // namespace findings::qi2016

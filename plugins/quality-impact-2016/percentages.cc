// Percentages: every "86%", "48 per cent" and "Seventy-one per cent" in the body,
// with its sentence (a table row for a table cell), provider, domain and measure.
// The contents page, the key facts panel and the glossary are left out.
#include <algorithm>
#include <cstdlib>

#include "qi_extract.h"
#include "qi_numbers.h"
#include "qi_sentences.h"
#include "qi_text.h"

namespace findings::qi2016 {

bool CountsPercentages(Part part) {
  return part != Part::kContents && part != Part::kKeyFacts && part != Part::kGlossary;
}

namespace {

// One figure found on a line: its value and byte span within the line.
struct Figure {
  double value = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

class PercentageReader {
 public:
  PercentageReader(const ReportView& src, std::vector<Percentage>* out)
      : src_(src), g_(src.grammar), out_(out) {
    for (const auto& [term, value] : g_.Words("abbreviations")) abbreviations_.push_back(term);
  }

  void ReadLine(std::size_t i) {
    const std::string line(src_.doc.line_text(i));
    for (const Figure& f : Figures(line, i)) Add(i, line, f);
  }

 private:
  std::vector<Figure> Figures(const std::string& line, std::size_t i) const {
    std::vector<Figure> figures;
    for (const Match& m : g_.SearchAll("percent_figure", line)) {
      AddRangeLow(line, m.begin, &figures);
      Figure f{std::strtod(m.group("number").c_str(), nullptr), m.begin, m.end};
      figures.push_back(f);
    }
    for (const Match& m : g_.SearchAll("percent_words", line)) {
      double value = 0;
      if (ReadNumberWords(g_, m.group("words"), &value)) {
        figures.push_back(Figure{value, m.begin, m.end});
      } else {
        g_.Diagnose("warning", "percentages.unread-words",
                    "a percentage in words was not read: \"" + line.substr(m.begin, m.end - m.begin) + "\"",
                    ProvenanceOf(src_.doc, src_.doc.lines[i].start + m.begin,
                                 src_.doc.lines[i].start + m.end));
      }
    }
    return figures;
  }

  // "20-30%": the lower end of a range is a figure of its own.
  void AddRangeLow(const std::string& line, std::size_t at, std::vector<Figure>* figures) const {
    Match low;
    if (!g_.Search("range_low", line.substr(0, at), &low)) return;
    const auto span = low.spans.at("low");
    figures->push_back(Figure{std::strtod(low.group("low").c_str(), nullptr), span.first, span.second});
  }

  void Add(std::size_t i, const std::string& line, const Figure& f) {
    const LineInfo& info = src_.info(i);
    Percentage p;
    p.value = f.value;
    p.sentence = Sentence(i, line, f, &p.footnotes);
    p.provider = info.in_provider_section ? info.provider : ProviderNamedIn(g_, p.sentence);
    p.domain = info.domain;
    p.section = info.section;
    p.measure = Measure(info, p.sentence, Clause(line, f));
    if (IsContext(info, p.sentence)) p.note = "context";
    const std::size_t start = src_.doc.lines[i].start;
    p.provenance = ProvenanceOf(src_.doc, start + f.begin, start + f.end);
    out_->push_back(std::move(p));
  }

  // A table cell's sentence is its row; a paragraph's, the sentence around the figure.
  std::string Sentence(std::size_t i, const std::string& line, const Figure& f,
                       std::vector<int>* footnotes) const {
    if (src_.info(i).kind == BlockKind::kTableRow)
      return CollapseSpace(StripFootnotes(line, footnotes));
    std::size_t first = i;
    while (first > 0 && src_.info(first).continues_previous) --first;
    std::string text;
    std::size_t offset = 0;
    for (std::size_t j = first; j <= i || (j < src_.size() && src_.info(j).continues_previous); ++j) {
      if (j > first) text += ' ';
      if (j == i) offset = text.size();
      text += std::string(src_.doc.line_text(j));
    }
    const auto [begin, end] = SentenceAround(text, offset + f.begin, abbreviations_);
    return CollapseSpace(StripFootnotes(text.substr(begin, end - begin), footnotes));
  }

  // The part of the line between semicolons (or sentence ends) that holds the figure.
  static std::string Clause(const std::string& line, const Figure& f) {
    std::size_t from = 0, to = line.size();
    for (const char* mark : {";", ". "}) {
      const std::size_t before = line.rfind(mark, f.begin);
      if (before != std::string::npos) from = std::max(from, before + 1);
      const std::size_t after = line.find(mark, f.end);
      if (after != std::string::npos) to = std::min(to, after);
    }
    return line.substr(from, to - from);
  }

  std::optional<std::string> Measure(const LineInfo& info, const std::string& sentence,
                                     const std::string& clause) const {
    if (info.part != Part::kEvaluation || info.kind == BlockKind::kTableRow) return std::nullopt;
    const std::string s = Lower(sentence), c = Lower(clause);
    for (const auto& [phrases, id] : g_.Words("measures")) {
      const std::size_t bar = phrases.find('|');
      const std::string in_sentence = Lower(phrases.substr(0, bar));
      const std::string in_clause = bar == std::string::npos ? "" : Lower(phrases.substr(bar + 1));
      if (s.find(in_sentence) != std::string::npos && c.find(in_clause) != std::string::npos)
        return id;
    }
    return std::nullopt;
  }

  bool IsContext(const LineInfo& info, const std::string& sentence) const {
    if (info.part == Part::kBackground || info.part == Part::kForeword) return true;
    return info.kind != BlockKind::kTableRow && g_.Matches("context_marker", sentence);
  }

  const ReportView& src_;
  const GrammarView& g_;
  std::vector<Percentage>* out_;
  std::vector<std::string> abbreviations_;
};

}  // namespace

void ExtractPercentages(const ReportView& src, std::vector<Percentage>* out) {
  PercentageReader reader(src, out);
  for (std::size_t i = 0; i < src.size(); ++i)
    if (CountsPercentages(src.info(i).part)) reader.ReadLine(i);
}

}  // namespace findings::qi2016

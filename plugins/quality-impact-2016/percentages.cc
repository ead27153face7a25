// Percentages: every "86%", "48 per cent" and "Seventy-one per cent" in the body,
// with its sentence (a table row for a table cell), provider, domain and measure
// (the catalogue's id). A figure of an earlier inspection's table also gets the
// year and column meaning of earlier_tables.h. The contents page, the key facts
// panel and the glossary are left out.
#include <algorithm>
#include <map>
#include <optional>

#include "earlier_tables.h"
#include "extractors.h"
#include "qi_sentences.h"
#include "text_util.h"

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
      : src_(src), g_(src.grammar), out_(out), earlier_(FindEarlierTables(src)) {
    for (const auto& [term, value] : g_.Words("abbreviations")) abbreviations_.push_back(term);
  }

  void ReadLine(std::size_t i) {
    const std::string line(src_.doc.line_text(i));
    const std::vector<Figure> figures = Figures(line, i);
    for (const Figure& f : figures) Add(i, line, f);
    if (auto row = earlier_.find(i); row != earlier_.end()) AddEarlier(row->second, i, figures);
  }

 private:
  std::vector<Figure> Figures(const std::string& line, std::size_t i) const {
    std::vector<Figure> figures;
    for (const Match& m : g_.SearchAll("percent_figure", line)) {
      AddRangeLow(line, m.begin, &figures);
      if (const std::optional<double> value = ParseNumber(m.group("number")))
        figures.push_back(Figure{*value, m.begin, m.end});
      else
        g_.Diagnose(
            "warning", "percentages.unread-figure",
            "a percentage too large to read: \"" + line.substr(m.begin, m.end - m.begin) + "\"",
            ProvenanceOf(src_.doc, src_.doc.lines[i].start + m.begin,
                         src_.doc.lines[i].start + m.end));
    }
    for (const Match& m : g_.SearchAll("percent_words", line)) {
      if (const auto value = ReadNumberWords(g_.List("number_words"), m.group("words"))) {
        figures.push_back(Figure{*value, m.begin, m.end});
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
    if (const std::optional<double> value = ParseNumber(low.group("low")))
      figures->push_back(Figure{*value, span.first, span.second});
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

  // The measure, year and column of each figure of an earlier inspection's row
  // (the last figures.size() percentages added), by its place in the row.
  void AddEarlier(const EarlierRow& row, std::size_t i, const std::vector<Figure>& figures) {
    if (figures.empty()) return;
    const bool columns_fit = row.bases.size() == figures.size();
    if (!columns_fit && !row.bases.empty())
      g_.Diagnose("warning", "percentages.earlier-columns-unread",
                  "a row of the earlier inspection's table has " + std::to_string(figures.size()) +
                      " figures for its " + std::to_string(row.bases.size()) + " columns; they have no basis",
                  src_.provenance(i, i));
    Percentage* added = &(*out_)[out_->size() - figures.size()];
    for (std::size_t k = 0; k < figures.size(); ++k) {
      std::size_t column = 0;
      for (const Figure& other : figures) column += other.begin < figures[k].begin;
      added[k].measure = row.measure;
      added[k].period = row.period;
      if (columns_fit) added[k].basis = row.bases[column];
    }
  }

  // A table cell's sentence is its row; a footnote's, the sentence around the figure
  // in the footnote; a paragraph's, the sentence around it in the paragraphs that
  // sentence spans.
  std::string Sentence(std::size_t i, const std::string& line, const Figure& f,
                       std::vector<int>* footnotes) const {
    if (src_.info(i).kind == OutlineKind::kTableRow)
      return CollapseSpace(StripFootnoteMarkers(line, footnotes));
    if (src_.info(i).kind == OutlineKind::kFootnote) {
      const auto [begin, end] = SentenceAround(line, f.begin, abbreviations_);
      return CollapseSpace(StripFootnoteMarkers(line.substr(begin, end - begin), footnotes));
    }
    std::size_t first = i;
    while (const std::optional<std::size_t> before = SentenceBefore(first)) first = *before;
    std::string text;
    std::size_t offset = 0;
    for (std::size_t j = first; j < src_.size(); ++j) {
      const bool footnote = src_.info(j).kind == OutlineKind::kFootnote;
      if (j > i && !footnote && !SentenceBefore(j)) break;
      if (footnote) continue;
      if (j > first) text += ' ';
      if (j == i) offset = text.size();
      text += std::string(src_.doc.line_text(j));
    }
    const auto [begin, end] = SentenceAround(text, offset + f.begin, abbreviations_);
    return CollapseSpace(StripFootnoteMarkers(text.substr(begin, end - begin), footnotes));
  }

  // The paragraph block whose sentence paragraph block j carries on (footnotes
  // the layout left between them aside). A sentence is wider
  // than a paragraph a page break interrupted (continues_previous, by
  // ContinuesAcrossBreak of findings/document.h): a block that stops on a
  // lower-case letter ("... Within the") ends no sentence, so its sentence goes on
  // in the next block even when that starts with a name ("CRC, front-line staff
  // ..."), as a text file or a column the layout did not rejoin may leave it. Not
  // so after a figure ("..., mid-2014": a caption) or a capital (a title).
  // nullopt when j starts a sentence of its own.
  std::optional<std::size_t> SentenceBefore(std::size_t j) const {
    if (src_.info(j).kind != OutlineKind::kParagraph) return std::nullopt;
    std::size_t prev = j;
    while (prev > 0 && src_.info(prev - 1).kind == OutlineKind::kFootnote) --prev;
    if (prev == 0 || src_.info(prev - 1).kind != OutlineKind::kParagraph) return std::nullopt;
    const std::string_view before = src_.doc.line_text(prev - 1);
    const bool mid_sentence = !before.empty() && before.back() >= 'a' && before.back() <= 'z';
    if (src_.info(j).continues_previous || mid_sentence) return prev - 1;
    return std::nullopt;
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

  // The catalogue's measure whose sentence phrase is in the sentence and clause
  // phrase in the clause around the figure (the first that fits).
  std::optional<std::string> Measure(const LineInfo& info, const std::string& sentence,
                                     const std::string& clause) const {
    if (info.part != Part::kEvaluation || info.kind == OutlineKind::kTableRow) return std::nullopt;
    const Words in_sentence = FoldWords(sentence), in_clause = FoldWords(clause);
    for (const MeasureEntry& measure : src_.catalogue.measures)
      for (const auto& [sentence_phrase, clause_phrase] : measure.phrases)
        if (sentence_phrase.OccursIn(in_sentence) && clause_phrase.OccursIn(in_clause))
          return measure.entry.id;
    return std::nullopt;
  }

  bool IsContext(const LineInfo& info, const std::string& sentence) const {
    if (info.part == Part::kBackground || info.part == Part::kForeword) return true;
    return info.kind != OutlineKind::kTableRow && g_.Matches("context_marker", sentence);
  }

  const ReportView& src_;
  const GrammarView& g_;
  std::vector<Percentage>* out_;
  std::vector<std::string> abbreviations_;
  const std::map<std::size_t, EarlierRow> earlier_;
};

}  // namespace

void ExtractPercentages(const ReportView& src, std::vector<Percentage>* out) {
  PercentageReader reader(src, out);
  for (std::size_t i = 0; i < src.size(); ++i)
    if (CountsPercentages(src.info(i).part)) reader.ReadLine(i);
}

}  // namespace findings::qi2016

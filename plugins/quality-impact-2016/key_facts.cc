// Key facts: each figure of the "Key facts" panel with its description. The
// panel's second figures ("The proportion for all England & Wales was 56%")
// stay inside the description; the footnotes under the panel end it, unless more
// of the panel follows them (a panel broken by a page or column foot). Each fact
// is then given its id from the catalogue by the wording of its description.
#include <algorithm>
#include <set>

#include "extractors.h"
#include "text_util.h"

namespace findings::qi2016 {

namespace {

bool ReadFigure(const Match& m, KeyFact* fact) {
  const std::optional<double> value = ParseNumber(m.group("value"));
  if (!value) return false;
  fact->value = *value;
  fact->unit = m.has("percent") ? "percent" : "count";
  fact->value_text = m.group("value") + m.group("percent");
  if (m.has("of")) {
    fact->of = ParseNumber(m.group("of"));
    fact->value_text += " (of " + m.group("of") + ")";
  }
  return true;
}

class KeyFactReader {
 public:
  KeyFactReader(const ReportView& src, std::vector<KeyFact>* out)
      : src_(src), g_(src.grammar), out_(out) {}

  void Read(std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i) {
      const std::string text(src_.text(i));
      if (IsFootnoteDefinition(i)) {
        // The footnotes under the panel end it, unless the panel goes on below them:
        // broken by a page or column foot, with footnotes under each part.
        std::size_t next = i + 1;
        while (next < end && IsFootnoteDefinition(next)) ++next;
        if (next == end) break;
        const std::string after(src_.text(next));
        if (IsFact(after) || IsFigureOverDescription(next, end) || IsFiguresRow(next)) {
          i = next - 1;
          continue;
        }
        // The last fact's description broken by the page foot, its rest under the
        // footnotes ("... ranged from -" / "6% to -36%."), another fact after it.
        if (!out_->empty() && EndsOpen(raw_description_) && next + 1 < end &&
            IsFact(std::string(src_.text(next + 1)))) {
          Continue(after, next);
          i = next;
          continue;
        }
        if (const std::size_t resumed = PanelAfterNotesRunTogether(next - 1, next, end)) {
          i = resumed - 1;
          continue;
        }
        break;
      }
      Match m;
      if (const std::size_t rows = ReadFiguresOverDescriptions(i, end)) {
        i += rows - 1;
      } else if (src_.info(i).kind == OutlineKind::kTableRow && ReadRow(i)) {
        continue;
      } else if (g_.Search("key_fact_value", text, &m) && i + 1 < end) {
        Add(m, std::string(src_.text(i + 1)), i, i + 1);  // the figure and its description on two lines
        ++i;
      } else if (g_.Search("key_fact", text, &m)) {
        Add(m, m.group("description"), i, i);
      } else if (!out_->empty() && src_.info(i).kind == OutlineKind::kParagraph &&
                 out_->back().provenance.end == src_.doc.lines[i - 1].end) {
        Continue(text, i);
      } else {
        Unread(text, i);
      }
    }
  }

 private:
  // A footnote under the panel: a plain small number the panel's markers cite, or
  // one the document reads as a footnote (a page's footnote an earlier page cites,
  // set at the foot of the page the panel is on), not followed by a description of
  // the panel's kind ("The number of …"), nor a figure of the panel's set alone on
  // its line ("1 (of 21)", "18%").
  bool IsFootnoteDefinition(std::size_t i) const {
    return IsFootnoteText(std::string(src_.text(i)), src_.info(i).kind == OutlineKind::kFootnote);
  }

  // The same for a text alone (a line's, or a table cell's), `a_footnote` where the
  // document reads it as a footnote.
  bool IsFootnoteText(const std::string& text, bool a_footnote) const {
    Match m;
    if (text.rfind("•", 0) == 0 || !g_.Search("footnote_definition", text, &m)) return false;
    // "[^5] Ministry of …", not "[^5]. The reduction …" (a reference a page broke off).
    if (text.rfind("[^", 0) == 0) return true;
    const std::optional<int> number = ParseInt(m.group("number"));
    if (!number || (!cited_.count(*number) && !a_footnote)) return false;
    Match fact;
    // "1 (of 21)" alone: a figure whose description is set on the next line.
    if (g_.Search("key_fact_value", text, &fact)) return !fact.has("percent") && !fact.has("of");
    if (!g_.Search("key_fact", text, &fact)) return true;
    return !fact.has("percent") && !fact.has("of") &&
           !g_.Matches("key_fact_description", fact.group("description"));
  }

  // Footnotes run together several to a line, one paragraph broken over lines of its
  // own ("1 Offender … Justice[^2] Figure for" / "the Kent … CRC[^3] CRC Service …"),
  // as a book sets its notes: the panel goes on at its first fact after their lines.
  // Only where the last footnote line `last` cites the next footnote's number, so
  // that other text under footnotes set one to a paragraph still ends the panel. The
  // line the panel resumes at, or 0.
  std::size_t PanelAfterNotesRunTogether(std::size_t last, std::size_t next,
                                         std::size_t end) const {
    Match m;
    if (!g_.Search("footnote_definition", std::string(src_.text(last)), &m)) return 0;
    const std::optional<int> number = ParseInt(m.group("number"));
    std::vector<int> cited;
    StripFootnoteMarkers(src_.text(last), &cited);
    if (!number || std::find(cited.begin(), cited.end(), *number + 1) == cited.end()) return 0;
    for (std::size_t j = next; j < end; ++j)
      if (IsFact(std::string(src_.text(j))) || IsFigureOverDescription(j, end)) return j;
    return 0;
  }

  // A line of the panel's kind: a figure and its description ("18% The volume …").
  bool IsFact(const std::string& text) const {
    Match m;
    return g_.Search("key_fact", text, &m) && g_.Matches("key_fact_description", m.group("description"));
  }

  // A figure alone on line `i`, its description on the next (a panel whose notes are
  // set after each fact that cites them).
  bool IsFigureOverDescription(std::size_t i, std::size_t end) const {
    Match m;
    return i + 1 < end && g_.Search("key_fact_value", std::string(src_.text(i)), &m) &&
           g_.Matches("key_fact_description", std::string(src_.text(i + 1)));
  }

  // The cells of line `i` ('\t' between them), their spaces collapsed.
  std::vector<std::string> Cells(std::size_t i) const {
    std::vector<std::string> cells;
    std::string_view row = src_.doc.line_text(i);
    for (std::size_t from = 0;;) {
      const std::size_t tab = row.find('\t', from);
      cells.push_back(CollapseSpace(row.substr(from, tab == std::string_view::npos ? tab : tab - from)));
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    return cells;
  }

  // A table row of figures alone, one a cell.
  bool IsFiguresRow(std::size_t i) const {
    if (src_.info(i).kind != OutlineKind::kTableRow) return false;
    const std::vector<std::string> cells = Cells(i);
    Match m;
    return cells.size() >= 2 &&
           std::all_of(cells.begin(), cells.end(), [&](const std::string& cell) {
             return g_.Search("key_fact_value", cell, &m);
           });
  }

  // A panel laid out as tiles in a grid: a row of figures, then under it rows of as
  // many cells holding their descriptions, line by line. The rows read (0 where line
  // `i` opens no such grid row).
  std::size_t ReadFiguresOverDescriptions(std::size_t i, std::size_t end) {
    if (!IsFiguresRow(i)) return 0;
    const std::vector<std::string> figures = Cells(i);
    std::vector<std::string> descriptions(figures.size());
    std::size_t next = i + 1;
    for (; next < end && src_.info(next).kind == OutlineKind::kTableRow && !IsFiguresRow(next);
         ++next) {
      const std::vector<std::string> cells = Cells(next);
      if (cells.size() != figures.size()) break;
      for (std::size_t c = 0; c < cells.size(); ++c)
        descriptions[c] +=
            descriptions[c].empty() || descriptions[c].back() == '-' ? cells[c] : " " + cells[c];
    }
    if (next == i + 1) return 0;
    for (std::size_t c = 0; c < figures.size(); ++c) {
      Match m;
      g_.Search("key_fact_value", figures[c], &m);
      Add(m, descriptions[c], i, next - 1);
    }
    return next - i;
  }

  // A panel laid out as a table: (figure, description) pairs of cells, one or
  // more per row. False when the row holds no figure cell. A cell opening with a
  // footnote's number the panel cites is that footnote (the panel's notes set as a
  // table of their own under it: "Notes", "2 Figure for the … CRC", "4 Multi-agency …").
  bool ReadRow(std::size_t i) {
    const std::vector<std::string> cells = Cells(i);
    bool any = false;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      Match m;
      if (IsFootnoteText(cells[c], false)) continue;
      if (g_.Search("key_fact_value", cells[c], &m) && c + 1 < cells.size()) {
        Add(m, cells[c + 1], i, i);
        ++c;
        any = true;
      } else if (g_.Search("key_fact", cells[c], &m)) {
        Add(m, m.group("description"), i, i);
        any = true;
      }
    }
    return any;
  }

  void Add(const Match& m, const std::string& description, std::size_t first, std::size_t last) {
    KeyFact fact;
    if (!ReadFigure(m, &fact)) {
      Unread(std::string(src_.text(first)), first);
      return;
    }
    SetDescription(&fact, description);
    fact.provenance = src_.provenance(first, last);
    out_->push_back(std::move(fact));
  }

  // A description that wrapped onto a block of its own.
  void Continue(const std::string& text, std::size_t i) {
    KeyFact& fact = out_->back();
    fact.footnotes.clear();
    SetDescription(&fact, raw_description_ + " " + text);
    fact.provenance.end = src_.doc.lines[i].end;
  }

  void SetDescription(KeyFact* fact, const std::string& raw) {
    raw_description_ = raw;
    std::vector<int> notes;
    fact->description = TrimTrailingPunctuation(CollapseSpace(StripFootnoteMarkers(raw, &notes)));
    fact->footnotes = notes;
    cited_.insert(notes.begin(), notes.end());
    fact->provider = ProviderNamedIn(g_, fact->description);
  }

  void Unread(const std::string& text, std::size_t i) {
    g_.Diagnose("warning", "key_facts.unread-line",
                "a line of the key facts panel was not read: \"" + text.substr(0, 80) + "\"",
                src_.provenance(i, i));
  }

  const ReportView& src_;
  const GrammarView& g_;
  std::vector<KeyFact>* out_;
  std::string raw_description_;
  std::set<int> cited_;
};

std::string Quoted(const std::string& description) { return "\"" + description + "\""; }

// The catalogue's id for the fact, or null with a diagnostic saying why not.
void Identify(const ReportView& src, KeyFact* fact) {
  const std::vector<const CatalogueEntry*> found =
      EntriesStarting(src.catalogue.key_facts, FoldWords(fact->description));
  std::string code, message;
  if (found.empty()) {
    code = "key_facts.unknown-fact";
    message = "key fact " + Quoted(fact->description) + " matches no wording of the catalogue (" +
              kCatalogueFile + ")";
  } else if (found.size() > 1) {
    code = "key_facts.ambiguous-fact";
    message = "key fact " + Quoted(fact->description) + " matches " + found[0]->id + " and " +
              found[1]->id + " in the catalogue";
  } else if (found[0]->unit != fact->unit) {
    code = "key_facts.unit-mismatch";
    message = "key fact " + Quoted(fact->description) + " reads as " + found[0]->id + ", a " +
              found[0]->unit + ", but its figure " + Quoted(fact->value_text) + " is a " + fact->unit;
  } else {
    fact->fact = found[0]->id;
    return;
  }
  src.grammar.Diagnose("warning", code, message, fact->provenance);
}

}  // namespace

void ExtractKeyFacts(const ReportView& src, std::vector<KeyFact>* out) {
  std::size_t heading = src.size();
  for (std::size_t i = 0; i < src.size(); ++i)
    if (src.info(i).part == Part::kKeyFacts && src.info(i).kind == OutlineKind::kHeading &&
        src.info(i).level == 1) {
      heading = i;
      break;
    }
  if (heading == src.size()) {
    src.grammar.Diagnose("warning", "key_facts.missing", "the report has no Key facts panel");
    return;
  }
  std::size_t end = heading + 1;
  while (end < src.size() && src.info(end).part == Part::kKeyFacts) ++end;
  const std::size_t first = out->size();
  KeyFactReader(src, out).Read(heading + 1, end);
  for (std::size_t i = first; i < out->size(); ++i) Identify(src, &(*out)[i]);
  if (out->empty())
    src.grammar.Diagnose("warning", "key_facts.no-text",
                         "the Key facts panel has no text (an image in the source?)",
                         src.provenance(heading, heading));
}

}  // namespace findings::qi2016

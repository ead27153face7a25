#include "earlier_tables.h"

#include "text_util.h"

namespace findings::qi2016 {

namespace {

// How far before a table's header its introduction ("… the outcomes from our
// 2010 inspection in the following table:") is looked for.
constexpr std::size_t kIntroLines = 3;

bool AnyOccursIn(const std::vector<Wording>& wording, const Words& text) {
  for (const Wording& w : wording)
    if (w.OccursIn(text)) return true;
  return false;
}

class TableReader {
 public:
  TableReader(const ReportView& src, std::map<std::size_t, EarlierRow>* rows)
      : src_(src), g_(src.grammar), rows_(rows) {}

  // Reads the table whose header is line `header`; returns the line after it.
  // Its rows are the lines with a figure that are laid out as table rows or
  // whose label is one of the table's rows (a layout may lose the tabs); a
  // header followed by no row is not a table and is left alone.
  std::size_t Read(const EarlierTable& table, std::size_t header) {
    table_ = &table;
    header_text_ = std::string(src_.text(header));
    std::vector<std::size_t> row_lines;
    std::size_t i = header + 1;
    for (; i < src_.size(); ++i) {
      const std::string text(src_.text(i));
      if (IsRow(i, text)) {
        row_lines.push_back(i);
      } else if (!HasFigure(text) && IsHeader(text)) {
        header_text_ += " " + text;  // a header line, or the header repeated after a page break
      } else {
        break;
      }
    }
    if (row_lines.empty()) return header + 1;
    const std::optional<std::string> period = Year(header, i);
    const std::vector<std::string> bases = Bases(header);
    for (std::size_t line : row_lines) (*rows_)[line] = EarlierRow{Measure(line), period, bases};
    return i;
  }

 private:
  bool HasFigure(const std::string& text) const { return g_.Matches("percent_figure", text); }

  bool IsRow(std::size_t line, const std::string& text) const {
    if (!HasFigure(text)) return false;
    return src_.info(line).kind == OutlineKind::kTableRow ||
           !EntriesStarting(table_->rows, FoldWords(Label(text))).empty();
  }

  // The text before a row's first figure.
  std::string Label(const std::string& text) const {
    Match figure;
    g_.Search("percent_figure", text, &figure);
    return CollapseSpace(text.substr(0, figure.begin));
  }

  bool IsHeader(const std::string& text) const {
    const Words words = FoldWords(text);
    if (AnyOccursIn(table_->wording, words)) return true;
    for (const TableColumn& column : table_->columns)
      if (AnyOccursIn(column.wording, words)) return true;
    return false;
  }

  // The row's label (the text before its first figure) read by the catalogue.
  std::optional<std::string> Measure(std::size_t line) const {
    const std::string label = Label(std::string(src_.text(line)));
    const auto found = EntriesStarting(table_->rows, FoldWords(label));
    if (found.size() == 1) return found[0]->id;
    g_.Diagnose("warning", "percentages.earlier-unknown-row",
                "the row \"" + label + "\" of the earlier inspection's table (" + table_->id +
                    ") matches no measure of the catalogue (" + kCatalogueFile + ")",
                src_.provenance(line, line));
    return std::nullopt;
  }

  // The catalogue's columns, when the header names every one of them.
  std::vector<std::string> Bases(std::size_t header) const {
    const Words words = FoldWords(header_text_);
    std::vector<std::string> bases;
    for (const TableColumn& column : table_->columns) {
      if (!AnyOccursIn(column.wording, words)) {
        g_.Diagnose("warning", "percentages.earlier-columns-unread",
                    "the header of the earlier inspection's table (" + table_->id +
                        ") does not name the column \"" + column.wording.front().phrase() +
                        "\"; its figures have no basis",
                    src_.provenance(header, header));
        return {};
      }
      bases.push_back(column.basis);
    }
    return bases;
  }

  // The year of the inspection, from the table's introduction or its caption.
  std::optional<std::string> Year(std::size_t header, std::size_t after) const {
    Match m;
    for (std::size_t back = 1; back <= kIntroLines && back <= header; ++back)
      if (g_.Search("earlier_intro", src_.text(header - back), &m)) return m.group("year");
    if (after < src_.size() && g_.Search("earlier_caption", src_.text(after), &m))
      return m.group("year");
    g_.Diagnose("warning", "percentages.earlier-year-unknown",
                "no year is given for the earlier inspection's table (" + table_->id +
                    "); its figures have no period",
                src_.provenance(header, header));
    return std::nullopt;
  }

  const ReportView& src_;
  const GrammarView& g_;
  std::map<std::size_t, EarlierRow>* rows_;
  const EarlierTable* table_ = nullptr;
  std::string header_text_;
};

// The catalogue's table whose wording the line holds, or nullptr.
const EarlierTable* TableHeadedBy(const Catalogue& catalogue, const std::string& text) {
  if (catalogue.earlier_tables.empty()) return nullptr;
  const Words words = FoldWords(text);
  for (const EarlierTable& table : catalogue.earlier_tables)
    if (AnyOccursIn(table.wording, words)) return &table;
  return nullptr;
}

}  // namespace

std::map<std::size_t, EarlierRow> FindEarlierTables(const ReportView& src) {
  std::map<std::size_t, EarlierRow> rows;
  TableReader reader(src, &rows);
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (!CountsPercentages(src.info(i).part)) continue;
    const std::string text(src.text(i));
    if (src.grammar.Matches("percent_figure", text)) continue;  // a header holds no figure
    if (const EarlierTable* table = TableHeadedBy(src.catalogue, text)) i = reader.Read(*table, i) - 1;
  }
  return rows;
}

}  // namespace findings::qi2016

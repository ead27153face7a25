// The catalogue (grammars/quality-impact-2016/catalogue.json): the findings that
// recur from report to report, each with a stable id, a title, a unit and the
// wording variants seen in the reports. Key facts get their `fact` id from it,
// body percentages their `measure`, and the tables of an earlier inspection's
// scores their `measure`, `period` and `basis` (docs/model.md, "Comparable ids").
#ifndef FINDINGS_PLUGINS_QI2016_CATALOGUE_H_
#define FINDINGS_PLUGINS_QI2016_CATALOGUE_H_

#include <string>
#include <vector>

#include "findings/status.h"
#include "grammar_view.h"
#include "wording.h"

namespace findings::qi2016 {

inline constexpr const char* kCatalogueFile = "catalogue.json";

struct CatalogueEntry {
  std::string id;     // "caseload.crc"
  std::string title;
  std::string unit;   // "count" or "percent"
  std::vector<Wording> wording;
};

// A body measure's wording is "sentence phrase|clause phrase".
struct MeasureEntry {
  CatalogueEntry entry;
  std::vector<std::pair<Wording, Wording>> phrases;  // (in the sentence, in the clause)
};

// One column of an earlier inspection's table: what its figures mean
// ("area", "programme_lowest" …) and the wording that names it in the header.
struct TableColumn {
  std::string basis;
  std::vector<Wording> wording;
};

// A table of an earlier inspection's scores, as its programme printed it.
struct EarlierTable {
  std::string id;  // "omi2"
  std::string title;
  std::vector<Wording> wording;      // in its header
  std::vector<TableColumn> columns;  // left to right
  std::vector<CatalogueEntry> rows;  // each row's measure
};

struct Catalogue {
  std::vector<CatalogueEntry> key_facts;
  std::vector<MeasureEntry> measures;
  std::vector<EarlierTable> earlier_tables;
};

// Parses catalogue.json; kInvalidArgument naming the entry at fault
// ("key_facts[2]: needs id, title, unit and wording").
Result<Catalogue> ParseCatalogue(const std::string& json_text);

// The grammar's catalogue; an empty one, with an error diagnostic, when the
// grammar has none or it does not parse (no finding then gets an id).
Catalogue LoadCatalogue(const GrammarView& grammar);

// Every entry whose wording matches `text` from its first word (key facts, rows).
std::vector<const CatalogueEntry*> EntriesStarting(const std::vector<CatalogueEntry>& entries,
                                                    const Words& text);

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_CATALOGUE_H_

// The findings model of docs/model.md as C++ values.
//
// Plugins fill a Findings; the host fills report.source and report.extractor.
// The JSON field names live in pipeline/emit/model_fields.h and nowhere else;
// every other output is a projection of that JSON tree.
#ifndef FINDINGS_MODEL_H_
#define FINDINGS_MODEL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace findings {

inline constexpr const char* kSchemaVersion = "1.1";
// Documents of an earlier minor version (same shape, fewer fields) are read too.
inline constexpr const char* kReadableSchemaVersions[] = {"1.0", "1.1"};

// Where a finding stands: byte offsets into Document::text and the PDF page.
struct Provenance {
  std::optional<int> page;
  std::size_t start = 0;
  std::size_t end = 0;
};

struct Provider {
  std::string type;  // "CRC" or "NPS"
  std::string name;
};

struct Source {
  std::string path;
  std::string sha256;
  std::string media_type;  // "application/pdf" or "text/plain"
  std::optional<int> pages;
};

struct Extractor {
  std::string plugin;
  std::string plugin_version;
  std::string grammar_sha256;
};

struct Report {
  std::string id;      // "<area-slug>-<yyyy-mm>" or "<area-slug>-<yyyy>"
  std::string format;  // the plugin's name
  std::string title;
  std::string area;
  std::optional<std::string> published;          // "2016-09" or "2018"
  std::optional<std::string> fieldwork_started;  // "2018-07"
  std::vector<Provider> providers;
  std::optional<std::string> lead_inspector;
  Source source;
  Extractor extractor;
};

// Provider codes are "CRC" / "NPS"; nullopt where a finding is about both or neither.
using ProviderCode = std::optional<std::string>;

struct Rating {
  ProviderCode provider;
  std::string standard;  // "overall", "1.1" …
  std::string title;
  std::string rating;    // Outstanding | Good | Requires improvement | Inadequate
  Provenance provenance;
};

struct CaseResult {
  ProviderCode provider;
  std::string question;  // "2.1.1"
  std::string text;
  std::optional<double> percent;
  Provenance provenance;
};

struct KeyFact {
  double value = 0;
  std::string unit;  // "count" or "percent"
  std::string value_text;
  std::optional<double> of;
  ProviderCode provider;
  std::optional<std::string> fact;  // the catalogue's id ("caseload.crc"), null when unknown
  std::string description;
  std::vector<int> footnotes;
  Provenance provenance;
};

struct Percentage {
  double value = 0;
  ProviderCode provider;
  std::optional<std::string> domain;
  std::string section;  // headings joined with " > "
  std::string sentence;
  std::optional<std::string> measure;
  // A figure of a table of an earlier inspection's scores: the year it refers to
  // ("2010") and its column: "area" (the area's own score), "programme_lowest",
  // "programme_highest" or "programme_average". Both null for the report's own figures.
  std::optional<std::string> period;
  std::optional<std::string> basis;
  std::optional<std::string> note;  // "context" for a figure that is not a rate of inspected cases
  std::vector<int> footnotes;
  Provenance provenance;
};

struct Recommendation {
  int number = 0;
  std::vector<std::string> addressees;  // CRC NPS NOMS HMPPS MOJ OTHER
  std::string addressee_text;
  std::string text;
  Provenance provenance;
};

struct PracticeExample {
  std::string polarity;  // "good", "poor" (or "unclear", with a diagnostic)
  ProviderCode provider;
  std::optional<std::string> domain;
  std::string section;
  std::string text;
  Provenance provenance;
};

struct Judgement {
  std::string kind;  // strength | area_for_improvement | key_finding | summary
  std::optional<std::string> domain;
  ProviderCode provider;
  std::string text;
  Provenance provenance;
};

struct Diagnostic {
  std::string level;  // "warning" or "error"
  std::string code;   // "ratings.unreadable-cell" …
  std::string message;
  std::optional<Provenance> provenance;
};

struct Findings {
  Report report;
  std::vector<Rating> ratings;
  std::vector<CaseResult> case_results;
  std::vector<KeyFact> key_facts;
  std::vector<Percentage> percentages;
  std::vector<Recommendation> recommendations;
  std::vector<PracticeExample> practice_examples;
  std::vector<Judgement> judgements;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace findings

#endif  // FINDINGS_MODEL_H_

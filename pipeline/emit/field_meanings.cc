#include "emit/field_meanings.h"

#include <map>

namespace findings {

namespace {

// "kind.path" for a field of one kind, "*.path" for a field several kinds share.
const std::map<std::string, std::string>& Meanings() {
  static const std::map<std::string, std::string> meanings = {
      {"*.provider", "the provider type the finding is about: CRC or NPS; empty when about both or neither"},
      {"*.provenance.page", "page of the source PDF (1-based); empty for text input"},
      {"*.provenance.start", "byte offset of the finding's start in the report's normalised text (findings text FILE)"},
      {"*.provenance.end", "byte offset just past the finding's end in the normalised text"},
      {"*.domain", "the domain (chapter) the finding sits under, e.g. Protecting the public; empty outside one"},
      {"*.section", "the headings the finding sits under, joined with ' > '"},
      {"*.text", "the text, Unicode NFC, whitespace collapsed, no markup or footnote markers"},
      {"*.footnotes", "the footnote numbers the finding cites, as a JSON array"},
      {"report.id", "the report's id: the area's slug and the publication month, e.g. kent-2016-10"},
      {"report.format", "the report's format, which is the plugin that read it: quality-impact-2016 or rated-2018"},
      {"report.title", "the report's title"},
      {"report.area", "the area inspected, as a plain name (Derbyshire, North London)"},
      {"report.published", "publication date, ISO 8601 to the precision the report gives (2016-09, 2018)"},
      {"report.fieldwork_started", "when the inspection's fieldwork started (2018-07); empty when not given"},
      {"report.providers", "the providers as the report names them: a JSON array of {type, name}"},
      {"report.lead_inspector", "the inspector who led the inspection"},
      {"report.source.path", "the file the report was read from"},
      {"report.source.sha256", "SHA-256 of that file"},
      {"report.source.media_type", "application/pdf or text/plain"},
      {"report.source.pages", "pages of the PDF; empty for text"},
      {"report.extractor.plugin", "the plugin that extracted the report"},
      {"report.extractor.plugin_version", "its version"},
      {"report.extractor.grammar_sha256", "SHA-256 of the grammar (patterns, word lists, catalogue) it used"},
      {"ratings.standard", "the standard rated: overall, or its number (1.1 … 4.2)"},
      {"ratings.title", "the standard's title (Leadership, Assessment …)"},
      {"ratings.rating", "Outstanding, Good, Requires improvement or Inadequate"},
      {"case_results.question", "the key question's number (2.1.1 …)"},
      {"case_results.text", "the key question as printed"},
      {"case_results.percent", "% of inspected cases answered yes; empty when printed without a figure"},
      {"key_facts.value", "the figure (a count, or a percentage as a number)"},
      {"key_facts.unit", "count or percent"},
      {"key_facts.value_text", "the figure as printed (251,170; 2 (of 21))"},
      {"key_facts.of", "the total the figure is out of (21 in '2 (of 21)'); empty when none"},
      {"key_facts.fact", "the key fact's id in the plugin's catalogue (caseload.crc …), the same in every report; empty when its wording is new (with a diagnostic)"},
      {"key_facts.description", "what the figure counts, as printed"},
      {"percentages.value", "the percentage, as a number"},
      {"percentages.sentence", "the sentence (or table row) the percentage stands in"},
      {"percentages.measure", "the id of a recurring measure (rosh.progress.public, omi2.risk-of-harm …); empty for a figure the catalogue does not know"},
      {"percentages.period", "for a score of an earlier inspection, the year it refers to (2010); empty for the report's own figures"},
      {"percentages.basis", "for a score of an earlier inspection: area (the area's own score), programme_lowest, programme_highest or programme_average; empty otherwise"},
      {"percentages.note", "context for a figure that is not a rate of inspected cases (a target, population, unemployment); else empty"},
      {"recommendations.number", "the recommendation's number"},
      {"recommendations.addressees", "who it is addressed to, as a JSON array of CRC, NPS, NOMS, HMPPS, MOJ, OTHER"},
      {"recommendations.addressee_text", "the addressees as printed"},
      {"practice_examples.polarity", "good or poor (unclear, with a diagnostic, when the report does not say)"},
      {"judgements.kind", "strength, area_for_improvement, key_finding (rated reports) or summary (2016 reports)"},
      {"diagnostics.level", "warning or error"},
      {"diagnostics.code", "what kind of problem: a dotted code such as key_facts.unknown-fact"},
      {"diagnostics.message", "what could not be read, and where"},
  };
  return meanings;
}

}  // namespace

std::string FieldMeaning(const std::string& kind, const std::string& path) {
  const auto& meanings = Meanings();
  auto it = meanings.find(kind + "." + path);
  if (it == meanings.end()) it = meanings.find("*." + path);
  return it == meanings.end() ? std::string() : it->second;
}

}  // namespace findings

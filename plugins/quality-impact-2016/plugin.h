// The quality-impact-2016 plugin's two operations (see findings/plugin.h for the contract).
#ifndef FINDINGS_PLUGINS_QI2016_PLUGIN_H_
#define FINDINGS_PLUGINS_QI2016_PLUGIN_H_

#include "findings/plugin.h"

namespace findings::qi2016 {

inline constexpr const char* kName = "quality-impact-2016";
inline constexpr const char* kVersion = "0.2.0";

// What the grammar must hold (findings/plugin.h); the host refuses a grammar
// without one of them, so the extractors never check.
inline constexpr const char* kPatterns[] = {
    "addressee_line", "area_article", "area_direction", "chief_inspector", "contents_entry",
    "context_marker", "copyright_year", "crc_name", "earlier_caption", "earlier_intro",
    "example_generalisation", "example_label", "footnote_definition", "heading_like",
    "key_fact", "key_fact_description", "key_fact_value", "lead_inspector", "mentions_crc",
    "mentions_nps", "month_year", "not_heading", "nps_name", "page_furniture",
    "part_acknowledgements", "part_appendix", "part_arrangements", "part_background",
    "part_contents", "part_evaluation", "part_foreword", "part_glossary", "part_key_facts",
    "part_summary", "percent_figure", "percent_words", "protagonist", "provider_opening",
    "range_low", "recommendation", "recommendations_heading", "run_in_provider_heading",
    "title", "title_unfinished", "top_heading", nullptr};
inline constexpr const char* kWordLists[] = {
    "abbreviations", "addressees", "detect_weights", "domains", "months",
    "not_names",     "number_words", "providers", nullptr};
inline constexpr const char* kDataFiles[] = {"catalogue.json", nullptr};

double Detect(const Document& doc, const Grammar& grammar);
Status Extract(const Document& doc, const Grammar& grammar, Findings* out);

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_PLUGIN_H_

// The rated-2018 plugin's two operations (see findings/plugin.h for the contract).
#ifndef FINDINGS_PLUGINS_RATED2018_PLUGIN_H_
#define FINDINGS_PLUGINS_RATED2018_PLUGIN_H_

#include "findings/plugin.h"

namespace findings::rated2018 {

inline constexpr const char* kName = "rated-2018";
inline constexpr const char* kVersion = "0.1.0";

// What the grammar must hold (findings/plugin.h); the host refuses a grammar
// without one of them, so the extractors never check.
inline constexpr const char* kPatterns[] = {
    "title_lead", "area_provider", "rating_word", "standard_row", "ratings_summary_start",
    "overall_rating_row", "overall_findings", "recommendations", "annex", "domain_heading",
    "numbered_item", "addressee_line", "percent_figure", "percent_words", "footnote_line",
    nullptr};
inline constexpr const char* kWordLists[] = {"ratings", "months", "providers", "addressees",
                                             "numbers", nullptr};
inline constexpr const char* kDataFiles[] = {"standards.json", nullptr};

double Detect(const Document& doc, const Grammar& grammar);
Status Extract(const Document& doc, const Grammar& grammar, Findings* out);

}  // namespace findings::rated2018

#endif  // FINDINGS_PLUGINS_RATED2018_PLUGIN_H_

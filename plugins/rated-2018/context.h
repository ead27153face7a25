// What every rated-2018 extractor works from: the document, its grammar, the
// standards framework, the report's provider and the landmarks of its layout.
#ifndef FINDINGS_PLUGINS_RATED2018_CONTEXT_H_
#define FINDINGS_PLUGINS_RATED2018_CONTEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "findings/document.h"
#include "findings/grammar.h"
#include "findings/grammar_match.h"
#include "findings/model.h"
#include "framework.h"
#include "line_index.h"

namespace findings::rated2018 {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Line indices of the parts of a rated report (kNone where a part is absent).
struct Landmarks {
  std::size_t overall_findings = kNone;
  std::size_t ratings_summary = kNone;
  std::size_t recommendations = kNone;
  std::size_t background = kNone;
  std::size_t key_facts = kNone;
  std::size_t annex1 = kNone;
  std::size_t annex2 = kNone;
  std::size_t annex2_end = kNone;  // the next annex heading, or the end
  std::size_t glossary = kNone;
  std::size_t overall_findings_end = kNone;
  std::vector<std::string> line_domain;  // body domain id per line, "" outside domains

  // A typesetter may float the summary of ratings (a table) on past the recommendations'
  // heading; the summary's end is then not marked by the next part's (kNone).
  std::size_t ratings_summary_end() const {
    return recommendations > ratings_summary ? recommendations : kNone;
  }
};

struct Context {
  const Document& doc;
  const Grammar& grammar;
  const Framework& framework;
  std::string provider;  // "NPS", "CRC" or "" when the cover does not say
  Landmarks marks;
  Findings* out = nullptr;
  const LineIndex* index = nullptr;  // null: every question about a line runs its pattern

  std::string_view line(std::size_t i) const { return doc.line_text(i); }
  std::size_t lines() const { return doc.lines.size(); }
  // The first match of pattern `name` in `text` (findings/grammar_match.h).
  std::optional<Match> Search(std::string_view name, std::string_view text) const {
    return findings::Search(grammar, name, text);
  }
  // Search over line `i`, not run where the line index says the pattern cannot match.
  std::optional<Match> SearchLine(std::string_view name, std::size_t i) const;
  // Whether pattern `name` matches line `i`, remembered by the line index.
  bool LineMatches(std::string_view name, std::size_t i) const;
  Provenance At(std::size_t start, std::size_t end) const;
  Provenance Line(std::size_t i) const { return At(doc.lines[i].start, doc.lines[i].end); }
  // Records a diagnostic; `where` is a line index or kNone.
  void Diagnose(const std::string& level, const std::string& code, const std::string& message,
                std::size_t where = kNone) const;
  // The domain heading text for domain `id` ("2. Case supervision"), or nullopt.
  std::optional<std::string> DomainHeading(const std::string& id) const;
  bool IsFootnoteLine(std::size_t i) const;
  // Whether line `i` is the summary of ratings' (its opening lines or a row a rating
  // was read from), wherever a typesetter floated it: read after the ratings.
  bool IsSummaryLine(std::size_t i) const;
  // The value of `term` in word list `list` (compared exactly), or "".
  std::string WordValue(std::string_view list, std::string_view term) const;
  // The lines [from, end) of a part that starts at landmark `from` (its heading) and
  // ends at landmark `to`, or after `max_lines` lines when `to` is absent. When
  // `from` is absent: nullopt, and an error diagnostic `code` with `message`.
  std::optional<std::pair<std::size_t, std::size_t>> Section(std::size_t from, std::size_t to,
                                                             std::size_t max_lines,
                                                             const std::string& code,
                                                             const std::string& message) const;
};

// Finds the landmarks of `ctx`'s document (fills ctx->marks).
void FindLandmarks(Context* ctx);

}  // namespace findings::rated2018

#endif

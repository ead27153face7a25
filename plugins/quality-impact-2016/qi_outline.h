// The outline of a Quality & Impact report: for every line of the normalised
// document, what kind of block it is, which part of the report it sits in, and
// the domain, provider and heading path in force there. Every extractor reads
// the document through this, so headings are interpreted in one place.
#ifndef FINDINGS_PLUGINS_QI2016_QI_OUTLINE_H_
#define FINDINGS_PLUGINS_QI2016_QI_OUTLINE_H_

#include <optional>
#include <string>
#include <vector>

#include "findings/document.h"
#include "grammar_view.h"

namespace findings::qi2016 {

enum class Part {
  kFront,             // cover and imprint, before any top-level heading
  kContents,
  kForeword,
  kKeyFacts,
  kSummary,           // 1. Overall judgements and recommendations
  kArrangements,      // 2. The arrangements for delivering probation services
  kEvaluation,        // 3. An evaluation of the quality of probation services
  kBackground,        // Appendix: background data / contextual information
  kGlossary,
  kAcknowledgements,
  kAppendix,          // any other appendix
};

enum class OutlineKind {
  kHeading,
  kParagraph,
  kBullet,
  kTableRow,
  kContentsEntry,
  kFootnote,  // a footnote's text or a page footer the layout left among the paragraphs
};

struct LineInfo {
  Part part = Part::kFront;
  OutlineKind kind = OutlineKind::kParagraph;
  int level = 0;                       // 1..4 for headings
  std::optional<std::string> domain;   // in the summary and evaluation parts only
  bool in_provider_section = false;    // under a provider heading (or inferred one)
  ProviderCode provider;               // its code; null in "working together"
  std::string section;                 // heading path, joined with " > "
  // A paragraph a page break interrupted, carried on here: ContinuesAcrossBreak
  // (findings/document.h) of the paragraph before it, footnotes between aside.
  bool continues_previous = false;
  // Bytes at the start of the line that are a heading run into its first
  // paragraph ("NPS effectiveness NPS performance was mixed."); 0 for most lines.
  std::size_t heading_prefix = 0;
};

struct Outline {
  std::vector<LineInfo> lines;
  // Each line with runs of space collapsed (CollapseSpace), computed once here
  // because the outline and every extractor read the lines again and again; a heading
  // its style numbers ("1.2.1 CRC effectiveness") without the number.
  std::vector<std::string> text;
};

// Never fails: lines it cannot place are paragraphs of the part they sit in. A
// provider section whose heading is missing in the source is inferred from its
// opening verdict ("NPS performance was good.") with a warning.
Outline BuildOutline(const Document& doc, const GrammarView& grammar);

// Provenance of byte range [start, end) of the document.
Provenance ProvenanceOf(const Document& doc, std::size_t start, std::size_t end);

}  // namespace findings::qi2016

#endif  // FINDINGS_PLUGINS_QI2016_QI_OUTLINE_H_

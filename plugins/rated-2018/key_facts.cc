// The key-facts / contextual-facts panel. In the rated reports seen so far it is an
// image: the text keeps only its heading and the footnotes of its sources. Figures
// are not guessed from those; a diagnostic says what became of the panel.
#include "extractors.h"

namespace findings::rated2018 {

void ExtractKeyFacts(const Context& ctx) {
  const std::size_t heading = ctx.marks.key_facts;
  if (heading == kNone) {
    ctx.Diagnose("warning", "key_facts.missing", "no 'Key facts' or 'Contextual facts' panel");
    return;
  }
  std::size_t text_lines = 0;
  for (std::size_t i = heading + 1; i < ctx.lines() && ctx.marks.line_domain[i].empty(); ++i) {
    if (ctx.LineMatches("domain_heading", i) || i == ctx.marks.annex1) break;
    if (!ctx.IsFootnoteLine(i)) ++text_lines;
  }
  if (text_lines == 0)
    ctx.Diagnose("warning", "key_facts.image-only",
                 "the key facts panel has no text (an image in the source); no key facts", heading);
  else
    ctx.Diagnose("warning", "key_facts.unread",
                 "the key facts panel has " + std::to_string(text_lines) +
                     " line(s) of text this extractor does not read",
                 heading);
}

}  // namespace findings::rated2018

#include "qi_outline.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

#include "text_util.h"

namespace findings::qi2016 {

namespace {

struct PartRule {
  const char* pattern;
  Part part;
};

// The first rule whose pattern matches a top-level heading names its part.
constexpr PartRule kPartRules[] = {
    {"part_contents", Part::kContents},       {"part_foreword", Part::kForeword},
    {"part_key_facts", Part::kKeyFacts},      {"part_summary", Part::kSummary},
    {"part_arrangements", Part::kArrangements}, {"part_evaluation", Part::kEvaluation},
    {"part_glossary", Part::kGlossary},       {"part_acknowledgements", Part::kAcknowledgements},
    {"part_background", Part::kBackground},   {"part_appendix", Part::kAppendix},
};

constexpr int kLeafLevel = 4;

bool HasDomains(Part part) { return part == Part::kSummary || part == Part::kEvaluation; }

class OutlineBuilder {
 public:
  OutlineBuilder(const Document& doc, const GrammarView& grammar) : doc_(doc), g_(grammar) {}

  Outline Build() {
    text_.reserve(doc_.lines.size());
    for (std::size_t i = 0; i < doc_.lines.size(); ++i)
      text_.push_back(CollapseSpace(doc_.line_text(i)));
    CollectContentsTitles();
    Outline outline;
    outline.lines.reserve(doc_.lines.size());
    for (std::size_t i = 0; i < doc_.lines.size(); ++i) {
      LineInfo info;
      Classify(i, &info, outline);
      info.part = part_;
      info.domain = domain_;
      info.in_provider_section = in_provider_;
      info.provider = provider_;
      info.section = SectionPath();
      outline.lines.push_back(std::move(info));
    }
    outline.text = std::move(text_);
    return outline;
  }

 private:
  const std::string& Text(std::size_t i) const { return text_[i]; }

  // Titles the contents page lists: the chapters' second-level headings. A line that
  // is no entry (an entry's last words a two-column page set at the head of the next
  // column) is passed over; two in a row end the contents.
  void CollectContentsTitles() {
    bool in_contents = false;
    int others = 0;
    for (std::size_t i = 0; i < doc_.lines.size(); ++i) {
      const std::string& text = Text(i);
      if (g_.Matches("part_contents", text)) {
        in_contents = true;
        continue;
      }
      if (!in_contents) continue;
      Match m;
      if (!g_.Search("contents_entry", text, &m)) {
        if (++others == 2) break;
        continue;
      }
      others = 0;
      contents_titles_.insert(CollapseSpace(m.group("title")));
    }
  }

  void Classify(std::size_t i, LineInfo* info, const Outline& so_far) {
    std::string_view raw = doc_.line_text(i);
    const std::string& text = Text(i);
    if (part_ == Part::kContents && g_.Matches("contents_entry", text)) {
      info->kind = OutlineKind::kContentsEntry;
      return;
    }
    // A heading its style numbers ("1.2.1\tCRC effectiveness"), one the report names,
    // reads as its words without the number.
    Match numbered;
    if (g_.Search("outline_number", text, &numbered) && KnownHeading(numbered.group("heading"))) {
      text_[i] = numbered.group("heading");
      info->kind = OutlineKind::kHeading;
      info->level = HeadingLevel(i, text_[i]);
      OpenHeading(info->level, text_[i]);
      return;
    }
    const BlockKind block = doc_.kind(i);
    // A numbered item ("6.\tincrease …") reads as a row of its number and its text.
    if (block == BlockKind::kTableRow ||
        (block == BlockKind::kListItem && raw.find('\t') != raw.npos)) {
      info->kind = OutlineKind::kTableRow;
      return;
    }
    if (block == BlockKind::kListItem) {
      info->kind = OutlineKind::kBullet;
      return;
    }
    if (IsFootnote(i, text) || g_.Matches("page_furniture", text)) {
      info->kind = OutlineKind::kFootnote;
      return;
    }
    Match run_in;
    if (g_.Search("run_in_provider_heading", text, &run_in)) {
      OpenHeading(3, run_in.group("heading"));
      info->heading_prefix = run_in.spans.at("rest").first;
    }
    const int level = info->heading_prefix ? 0 : HeadingLevel(i, text);
    if (level > 0) {
      info->kind = OutlineKind::kHeading;
      info->level = level;
      OpenHeading(level, level == 1 ? ChapterTitle(text) : text);
      return;
    }
    info->kind = OutlineKind::kParagraph;
    std::size_t prev = i;  // the previous line that is not a footnote
    while (prev > 0 && so_far.lines[prev - 1].kind == OutlineKind::kFootnote) --prev;
    if (prev > 0 && so_far.lines[prev - 1].kind == OutlineKind::kParagraph &&
        ContinuesAcrossBreak(doc_.line_text(prev - 1), raw))
      info->continues_previous = true;
    InferProvider(i, text);
  }

  // A footnote's text (the document says so), but a key fact that opens with a
  // figure: "2 (of 21) The number of CRCs …".
  bool IsFootnote(std::size_t i, const std::string& text) const {
    if (doc_.kind(i) != BlockKind::kFootnote) return false;
    Match fact;
    return !g_.Search("key_fact", text, &fact) || (!fact.has("of") && !fact.has("percent"));
  }

  // 0 for a line that is not a heading.
  int HeadingLevel(std::size_t i, const std::string& text) const {
    // A numbered chapter is one the contents page lists, when there is one: a
    // table row that lost its tab ("1. A positive legacy …") is not. A chapter
    // heading set in capitals by its style is one too.
    if (g_.Matches("top_heading", text) &&
        (contents_titles_.empty() || !std::isdigit(static_cast<unsigned char>(text[0])) ||
         contents_titles_.count(text) || ChapterTitle(text) != text || InCapitals(text)))
      return 1;
    if (IsDomain(text)) return 2;
    if (ProviderHeading(text)) return 3;
    if (contents_titles_.count(text) || ClosesTheDomains(text)) return 2;
    if (!g_.Matches("heading_like", text) || g_.Matches("not_heading", text)) return 0;
    // A short line whose sentence runs on into the next line is a broken paragraph.
    if (i + 1 < doc_.lines.size() && StartsLower(doc_.line_text(i + 1))) return 0;
    return kLeafLevel;
  }

  // Chapter 1 ends with its recommendations, a section beside the domains' (which
  // the contents page lists as one of the chapter's, where the layout kept the page's
  // entries apart): no domain's judgements run on into them.
  bool ClosesTheDomains(const std::string& text) const {
    return part_ == Part::kSummary && g_.Matches("recommendations_heading", text);
  }

  // The contents page's title of a numbered chapter whose heading lost its last
  // line in the layout ("1. Overall judgements and"); else the text itself.
  std::string ChapterTitle(const std::string& text) const {
    constexpr int kMinWords = 3;  // so that "1. The" is no chapter
    if (!std::isdigit(static_cast<unsigned char>(text[0])) ||
        std::count(text.begin(), text.end(), ' ') < kMinWords)
      return text;
    for (const std::string& title : contents_titles_)
      if (title.size() > text.size() && title.compare(0, text.size() + 1, text + " ") == 0)
        return title;
    return text;
  }

  // A heading the report names: a domain's, a provider's, or one the contents list.
  bool KnownHeading(const std::string& text) const {
    return IsDomain(text) || ProviderHeading(text) || contents_titles_.count(text);
  }

  bool IsDomain(const std::string& text) const {
    for (const auto& [term, value] : g_.Words("domains"))
      if (term == text) return true;
    return false;
  }

  const std::string* ProviderHeading(const std::string& text) const {
    return g_.Lookup("providers", text);
  }

  void OpenHeading(int level, const std::string& text) {
    for (int l = level; l <= kLeafLevel; ++l) headings_[l].clear();
    headings_[level] = text;
    path_stale_ = true;
    if (level == 1) OpenPart(text);
    if (level <= 2) {
      domain_.reset();
      in_provider_ = false;
      provider_.reset();
    }
    if (level == 2 && HasDomains(part_) && IsDomain(text)) domain_ = text;
    if (level == 3) SetProvider(*ProviderHeading(text));
  }

  void OpenPart(const std::string& text) {
    for (const PartRule& rule : kPartRules) {
      if (g_.Matches(rule.pattern, text)) {
        part_ = rule.part;
        return;
      }
    }
    part_ = Part::kAppendix;
  }

  void SetProvider(const std::string& code) {
    in_provider_ = true;
    provider_.reset();
    if (code != "-") provider_ = code;
  }

  // A provider section whose heading the source lost opens with a verdict on
  // that provider; take the provider from there rather than from the last heading.
  void InferProvider(std::size_t i, const std::string& text) {
    if (!domain_) return;
    Match m;
    if (!g_.Search("provider_opening", text, &m)) return;
    const std::string code = m.group("provider");
    if (in_provider_ && (!provider_ || *provider_ == code)) return;
    std::string heading = code;
    for (const auto& [term, value] : g_.Words("providers"))
      if (value == code) {
        heading = term;
        break;
      }
    headings_[3] = heading;
    headings_[kLeafLevel].clear();
    path_stale_ = true;
    SetProvider(code);
    g_.Diagnose("warning", "outline.provider-heading-missing",
                "no \"" + heading + "\" heading before \"" + text.substr(0, 60) +
                    "\"; the section is taken to be about the " + code,
                ProvenanceOf(doc_, doc_.lines[i].start, doc_.lines[i].end));
  }

  // The heading path, joined again only after a heading changed.
  const std::string& SectionPath() {
    if (!path_stale_) return path_;
    path_stale_ = false;
    path_.clear();
    for (int l = 1; l <= kLeafLevel; ++l) {
      if (headings_[l].empty()) continue;
      if (!path_.empty()) path_ += " > ";
      path_ += headings_[l];
    }
    return path_;
  }

  const Document& doc_;
  const GrammarView& g_;
  std::vector<std::string> text_;  // the collapsed text of every line
  std::set<std::string> contents_titles_;
  std::string headings_[kLeafLevel + 1];
  std::string path_;  // headings_ joined
  bool path_stale_ = false;
  Part part_ = Part::kFront;
  std::optional<std::string> domain_;
  bool in_provider_ = false;
  ProviderCode provider_;
};

}  // namespace

Outline BuildOutline(const Document& doc, const GrammarView& grammar) {
  return OutlineBuilder(doc, grammar).Build();
}

Provenance ProvenanceOf(const Document& doc, std::size_t start, std::size_t end) {
  return Provenance{doc.page_at(start), start, end};
}

}  // namespace findings::qi2016

// Recommendations: the numbered list under "Recommendations" in chapter 1,
// grouped by "The … should:" lines naming who they are addressed to.
#include <algorithm>
#include <cstdlib>

#include "extractors.h"
#include "text_util.h"

namespace findings::qi2016 {

namespace {

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '\''; }

// Addressee codes in the order the text names them; OTHER when it names none we know.
std::vector<std::string> AddresseeCodes(const GrammarView& g, const std::string& text) {
  auto entries = g.Words("addressees");
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::vector<bool> claimed(text.size(), false);
  std::vector<std::pair<std::size_t, std::string>> found;
  for (const auto& [name, code] : entries) {
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
      const std::size_t end = at + name.size();
      const bool whole = (at == 0 || !IsWordChar(text[at - 1])) &&
                         (end == text.size() || !IsWordChar(text[end]));
      if (!whole || claimed[at]) continue;
      std::fill(claimed.begin() + at, claimed.begin() + end, true);
      found.emplace_back(at, code);
    }
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> codes;
  for (const auto& [at, code] : found)
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  if (codes.empty()) codes.push_back("OTHER");
  return codes;
}

class RecommendationReader {
 public:
  RecommendationReader(const ReportView& src, std::vector<Recommendation>* out)
      : src_(src), g_(src.grammar), out_(out) {}

  // Reads the list that starts after heading line `heading`; returns the line after it.
  std::size_t Read(std::size_t heading) {
    std::size_t i = heading + 1;
    for (; i < src_.size(); ++i) {
      const LineInfo& info = src_.info(i);
      if (info.kind == OutlineKind::kHeading && info.level <= 2) break;
      ReadLine(i);
    }
    return i;
  }

 private:
  void ReadLine(std::size_t i) {
    if (src_.info(i).kind == OutlineKind::kFootnote) return;  // layout noise, not a recommendation
    const std::string text(src_.text(i));
    Match m;
    if (g_.Search("addressee_line", text, &m)) {
      addressee_text_ = CollapseSpace(m.group("addressees"));
      addressees_ = AddresseeCodes(g_, addressee_text_);
      current_ = nullptr;
    } else if (g_.Search("recommendation", text, &m)) {
      Add(i, m);
    } else if (current_ && src_.info(i).kind != OutlineKind::kHeading) {
      // A recommendation that wrapped onto a block of its own.
      current_->text = Clean(current_->text + " " + text);
      current_->provenance.end = src_.doc.lines[i].end;
    } else {
      g_.Diagnose("warning", "recommendations.unread-line",
                  "a line in the recommendations was not read: \"" + text.substr(0, 80) + "\"",
                  src_.provenance(i, i));
    }
  }

  void Add(std::size_t i, const Match& m) {
    Recommendation rec;
    rec.number = ParseInt(m.group("number")).value_or(0);  // the grammar allows two digits
    if (!out_->empty() && rec.number != out_->back().number + 1)
      g_.Diagnose("warning", "recommendations.numbering",
                  "recommendation " + std::to_string(rec.number) + " follows " +
                      std::to_string(out_->back().number),
                  src_.provenance(i, i));
    if (addressees_.empty())
      g_.Diagnose("warning", "recommendations.no-addressee",
                  "recommendation " + std::to_string(rec.number) + " has no \"… should:\" line",
                  src_.provenance(i, i));
    rec.addressees = addressees_;
    rec.addressee_text = addressee_text_;
    rec.text = Clean(m.group("text"));
    rec.provenance = src_.provenance(i, i);
    out_->push_back(std::move(rec));
    current_ = &out_->back();
  }

  static std::string Clean(const std::string& text) {
    return TrimTrailingPunctuation(CollapseSpace(StripFootnoteMarkers(text, nullptr)));
  }

  const ReportView& src_;
  const GrammarView& g_;
  std::vector<Recommendation>* out_;
  std::vector<std::string> addressees_;
  std::string addressee_text_;
  Recommendation* current_ = nullptr;
};

}  // namespace

void ExtractRecommendations(const ReportView& src, std::vector<Recommendation>* out) {
  bool seen_heading = false;
  for (std::size_t i = 0; i < src.size(); ++i) {
    const LineInfo& info = src.info(i);
    if (info.kind != OutlineKind::kHeading || info.part != Part::kSummary) continue;
    if (!src.grammar.Matches("recommendations_heading", src.text(i))) continue;
    seen_heading = true;
    const std::size_t before = out->size();
    i = RecommendationReader(src, out).Read(i) - 1;
    if (out->size() == before)
      src.grammar.Diagnose("warning", "recommendations.none",
                           "the Recommendations section has no numbered recommendation",
                           src.provenance(i, i));
  }
  if (!seen_heading)
    src.grammar.Diagnose("warning", "recommendations.missing",
                         "no Recommendations section in chapter 1");
}

}  // namespace findings::qi2016

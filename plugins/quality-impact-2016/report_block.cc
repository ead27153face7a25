// The report block: title and area from the cover, publication month from the
// Chief Inspector's signature, providers from the key facts panel, lead
// inspector from the acknowledgements.
#include <cctype>

#include "extractors.h"
#include "text_util.h"

namespace findings::qi2016 {

namespace {

// Lines of the cover and imprint we look at for the title.
constexpr std::size_t kCoverLines = 40;
// A cover sets its title over this many lines at most.
constexpr std::size_t kTitleLines = 4;
// Lines after the Chief Inspector's title that may hold the month.
constexpr std::size_t kSignatureLines = 3;

std::string TitleCase(const std::string& text) {
  std::string out = text;
  bool start = true;
  for (char& c : out) {
    if (start && std::isalpha(static_cast<unsigned char>(c)))
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    start = c == ' ' || c == '-';
  }
  return out;
}

// A place's name as the text writes names: one printed in capitals (a cover set in
// capitals, its last line a word the layout cannot tell from an acronym) in title case.
std::string PlaceName(const std::string& printed) {
  return InCapitals(printed) ? TitleCase(Lower(printed)) : printed;
}

// "the north of London" → "North London"; "Derbyshire" stays.
std::string AreaName(const GrammarView& g, const std::string& raw) {
  Match m;
  if (g.Search("area_direction", raw, &m))
    return TitleCase(Lower(m.group("direction"))) + " " + PlaceName(m.group("place"));
  if (g.Search("area_article", raw, &m)) return PlaceName(m.group("place"));
  return PlaceName(raw);
}

void ReadTitle(const ReportView& src, Report* report) {
  const GrammarView& g = src.grammar;
  for (std::size_t i = 0; i < src.size() && i < kCoverLines; ++i) {
    std::string text(src.text(i));
    // A title the cover breaks over lines: "Quality & Impact inspection The" /
    // "effectiveness of probation work in" / "Kent".
    for (std::size_t next = i + 1;
         next < src.size() && next < i + kTitleLines && g.Matches("title_unfinished", text);
         ++next) {
      text += ' ';
      text += src.text(next);
    }
    Match m;
    if (!g.Search("title", text, &m)) continue;
    report->title = CollapseSpace(m.group("title"));
    // A cover in capitals reads back with the title's first word in lower case.
    report->title[0] =
        static_cast<char>(std::toupper(static_cast<unsigned char>(report->title[0])));
    report->area = AreaName(g, CollapseSpace(m.group("area")));
    return;
  }
  g.Diagnose("error", "report.no-title", "no \"The effectiveness of probation work in …\" title");
}

std::optional<std::string> MonthOf(const GrammarView& g, std::string_view text) {
  Match m;
  if (!g.Search("month_year", text, &m)) return std::nullopt;
  const std::string* month = g.Lookup("months", m.group("month"));
  if (!month) return std::nullopt;
  return m.group("year") + "-" + *month;
}

// The month under the Chief Inspector's signature; else the cover's month; else
// the copyright year.
void ReadPublished(const ReportView& src, Report* report) {
  const GrammarView& g = src.grammar;
  std::optional<std::string> cover, year;
  for (std::size_t i = 0; i < src.size(); ++i) {
    const std::string_view text = src.text(i);
    if (g.Matches("chief_inspector", text)) {
      for (std::size_t j = i; j < src.size() && j <= i + kSignatureLines; ++j)
        if (auto month = MonthOf(g, src.text(j))) {
          report->published = month;
          return;
        }
    }
    if (i < kCoverLines && !cover) cover = MonthOf(g, text);
    Match m;
    if (!year && g.Search("copyright_year", text, &m)) year = m.group("year");
  }
  report->published = cover ? cover : year;
  g.Diagnose("warning", "report.no-signature-date",
             "no month under the Chief Inspector's signature; publication taken from " +
                 std::string(cover ? "the cover" : year ? "the copyright year" : "nowhere"));
}

void ReadProviders(const ReportView& src, Report* report) {
  const GrammarView& g = src.grammar;
  std::optional<std::string> crc, nps;
  for (std::size_t i = 0; i < src.size() && !(crc && nps); ++i) {
    if (src.info(i).part != Part::kKeyFacts) continue;
    const std::string text = StripFootnoteMarkers(src.text(i), nullptr);
    Match m;
    if (!crc && g.Search("crc_name", text, &m)) crc = CollapseSpace(m.group("name"));
    if (!nps && g.Search("nps_name", text, &m)) nps = CollapseSpace(m.group("name"));
  }
  if (crc) report->providers.push_back(Provider{"CRC", *crc});
  if (nps) report->providers.push_back(Provider{"NPS", *nps});
  if (!crc || !nps)
    g.Diagnose("warning", "report.provider-name",
               std::string("the key facts do not name the ") + (!crc ? "CRC" : "NPS division"));
}

void ReadLeadInspector(const ReportView& src, Report* report) {
  for (std::size_t i = 0; i < src.size(); ++i) {
    Match m;
    if (src.grammar.Search("lead_inspector", src.text(i), &m)) {
      report->lead_inspector = CollapseSpace(m.group("name"));
      return;
    }
  }
  src.grammar.Diagnose("warning", "report.no-lead-inspector",
                       "the acknowledgements name no Lead Inspector");
}

}  // namespace

void ReadReportBlock(const ReportView& src, Report* report) {
  ReadTitle(src, report);
  ReadPublished(src, report);
  ReadProviders(src, report);
  ReadLeadInspector(src, report);
  report->id = ReportIdSlug(report->area) + (report->published ? "-" + *report->published : "");
}

}  // namespace findings::qi2016

// Key facts get the catalogue's id: the eight facts of every Quality & Impact
// report, from its text and its PDF. Expected values are read from the reports'
// "Key facts" panels (corpus/text/*.txt), not from the program's output.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "plugins/plugin_test_support.h"

namespace findings::qi2016 {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;  // value_text, fact

Pairs FactsOf(const Findings& f) {
  Pairs pairs;
  for (const KeyFact& k : f.key_facts) pairs.emplace_back(k.value_text, k.fact.value_or("(null)"));
  return pairs;
}

std::vector<std::string> CodesStartingWith(const Findings& f, const std::string& prefix) {
  std::vector<std::string> codes;
  for (const Diagnostic& d : f.diagnostics)
    if (d.code.rfind(prefix, 0) == 0) codes.push_back(d.code + ": " + d.message);
  return codes;
}

const Pairs kDerbyshire = {
    {"251,170", "caseload.national"},  {"8,449", "caseload.crc"},
    {"41%", "crc.custody-share"},      {"62%", "crc.licence-completion"},
    {"16,182", "caseload.nps"},        {"1,384", "nps.mappa-eligible"},
    {"12%", "crc.volume-shortfall"},   {"2 (of 21)", "crc.owner-holdings"}};
const Pairs kKent = {
    {"251,170", "caseload.national"},  {"8,392", "caseload.crc"},
    {"37%", "crc.custody-share"},      {"74%", "crc.licence-completion"},
    {"14,339", "caseload.nps"},        {"2,357", "nps.mappa-eligible"},
    {"18%", "crc.volume-shortfall"},   {"1 (of 21)", "crc.owner-holdings"}};
const Pairs kNorthLondon = {
    {"258,748", "caseload.national"},  {"28,750", "caseload.crc"},
    {"47%", "crc.custody-share"},      {"86.9%", "crc.licence-completion"},
    {"15,563", "caseload.nps"},        {"10,071", "nps.mappa-eligible"},
    {"12%", "crc.volume-shortfall"},   {"2 (of 21)", "crc.owner-holdings"}};

struct Case {
  const char* input;
  const Pairs* expected;
};

class KeyFactIds : public ::testing::TestWithParam<Case> {};

TEST_P(KeyFactIds, EveryFactOfThePanelHasItsId) {
  const auto run = testing::kQi.ExtractCorpusFile(GetParam().input);
  EXPECT_EQ(FactsOf(run.findings), *GetParam().expected);
  EXPECT_EQ(CodesStartingWith(run.findings, "key_facts."), std::vector<std::string>());
}

INSTANTIATE_TEST_SUITE_P(
    QualityImpactReports, KeyFactIds,
    ::testing::Values(Case{"corpus/text/derbyshire.txt", &kDerbyshire},
                      Case{"corpus/pdf/derbyshire.pdf", &kDerbyshire},
                      Case{"corpus/pdf/derbyshire-two-column.pdf", &kDerbyshire},
                      Case{"corpus/text/kent.txt", &kKent}, Case{"corpus/pdf/kent.pdf", &kKent},
                      Case{"corpus/text/north-london.txt", &kNorthLondon},
                      Case{"corpus/pdf/north-london.pdf", &kNorthLondon}));

// The providers differ (DLNR, KSS, London CRC; three NPS divisions) but the ids do not.
TEST(KeyFactIds, TheSameFactHasTheSameIdInEveryReport) {
  std::vector<std::vector<std::string>> ids;
  for (const char* input : {"corpus/text/derbyshire.txt", "corpus/text/kent.txt",
                            "corpus/text/north-london.txt"}) {
    ids.emplace_back();
    for (const KeyFact& k : testing::kQi.ExtractCorpusFile(input).findings.key_facts)
      ids.back().push_back(k.fact.value_or("(null)") + " " + k.provider.value_or("-"));
  }
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_EQ(ids[1], ids[2]);
}

std::string ReadSource(const std::string& relative) {
  std::ifstream in(findings::testing::SourcePath(relative), std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Findings ExtractText(const std::string& text) {
  auto loaded = LoadDocumentFromBytes("edited.txt", text);
  EXPECT_TRUE(loaded.ok());
  Findings f;
  if (loaded.ok()) {
    EXPECT_TRUE(Extract(loaded->doc, testing::kQi.grammar(), &f).ok());
  }
  return f;
}

// A report whose wording is new keeps the fact, without an id, and says so.
TEST(KeyFactIds, AFactWithNewWordingIsKeptWithANullIdAndADiagnostic) {
  std::string text = ReadSource("corpus/text/kent.txt");
  const std::string old_wording = "The volume reduction for the CRC caseload";
  const std::size_t at = text.find(old_wording);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, old_wording.size(), "The shortfall in the CRC's work");
  const Findings f = ExtractText(text);

  ASSERT_EQ(f.key_facts.size(), 8u);
  const KeyFact& edited = f.key_facts[6];
  EXPECT_EQ(edited.value_text, "18%");
  EXPECT_FALSE(edited.fact.has_value());
  EXPECT_EQ(edited.description.rfind("The shortfall in the CRC's work, comparing", 0), 0u);
  const auto codes = CodesStartingWith(f, "key_facts.");
  ASSERT_EQ(codes.size(), 1u);
  EXPECT_EQ(codes[0].rfind("key_facts.unknown-fact: key fact \"The shortfall in the CRC's work, "
                           "comparing 2015-2016 annual data", 0), 0u) << codes[0];
  EXPECT_NE(codes[0].find("matches no wording of the catalogue (catalogue.json)"), std::string::npos);
  for (std::size_t i = 0; i < 8; ++i) {
    if (i == 6) continue;
    EXPECT_EQ(f.key_facts[i].fact.value_or("(null)"), kKent[i].second);
  }
}

TEST(KeyFactIds, AFigureOfTheWrongUnitIsNotTheCataloguesFact) {
  std::string text = ReadSource("corpus/text/kent.txt");
  const std::size_t at = text.find("- 18%** The volume reduction");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 7, "- 1,800**");
  const Findings f = ExtractText(text);
  ASSERT_EQ(f.key_facts.size(), 8u);
  EXPECT_FALSE(f.key_facts[6].fact.has_value());
  const auto codes = CodesStartingWith(f, "key_facts.");
  ASSERT_EQ(codes.size(), 1u);
  EXPECT_EQ(codes[0].rfind("key_facts.unit-mismatch: key fact \"The volume reduction", 0), 0u);
  EXPECT_NE(codes[0].find("reads as crc.volume-shortfall, a percent, but its figure \"1,800\" is a count"),
            std::string::npos) << codes[0];
}

// A panel set in a narrow column: each figure alone on its line, its description on
// the next, the footnotes under the panel after the last ("1 (of 21)" is no footnote 1).
TEST(KeyFactIds, FiguresSetAloneOnTheirLinesKeepTheirDescriptions) {
  std::string text = ReadSource("corpus/text/kent.txt");
  for (const std::string figure : {"18%", "1 (of 21)"}) {
    const std::string bullet = "- " + figure + "** ";
    const std::size_t at = text.find(bullet);
    ASSERT_NE(at, std::string::npos) << figure;
    text.replace(at, bullet.size(), figure + "\n\n");
  }
  const Findings f = ExtractText(text);
  EXPECT_EQ(FactsOf(f), kKent);
  ASSERT_EQ(f.key_facts.size(), 8u);
  EXPECT_EQ(f.key_facts[7].description, "The number of CRCs owned by Seetec");  // as the bullet's
  EXPECT_EQ(f.key_facts[7].of, 21);
}

// A panel set as tiles in a grid, three to a row, as a table: a row of figures, then
// rows of their descriptions line by line, each in the cell under its figure.
TEST(KeyFactIds, TilesInAGridPairEachFigureWithTheDescriptionUnderIt) {
  std::string text = ReadSource("corpus/text/kent.txt");
  const std::size_t from = text.find("- 251,170** ");
  const std::size_t to = text.find("\n\n", text.find("- 1 (of 21)** "));
  ASSERT_NE(from, std::string::npos);
  ASSERT_NE(to, std::string::npos);
  std::vector<std::pair<std::string, std::string>> tiles;  // figure, description
  std::istringstream panel(text.substr(from, to - from));
  for (std::string line; std::getline(panel, line);) {
    const std::size_t stars = line.find("** ");
    ASSERT_NE(stars, std::string::npos) << line;
    tiles.emplace_back(line.substr(2, stars - 2), line.substr(stars + 3));
  }
  ASSERT_EQ(tiles.size(), 8u);
  std::string grid;
  for (std::size_t row = 0; row < tiles.size(); row += 3) {
    const std::size_t end = std::min(row + 3, tiles.size());
    std::string figures, first_lines, second_lines;
    for (std::size_t t = row; t < end; ++t) {
      const std::string& description = tiles[t].second;
      const std::size_t cut = description.find(' ', description.size() / 2);
      const std::string sep = t == row ? "" : "\t";
      figures += sep + tiles[t].first;
      first_lines += sep + description.substr(0, cut);
      second_lines += sep + (cut == std::string::npos ? "" : description.substr(cut + 1));
    }
    grid += figures + "\n\n" + first_lines + "\n\n" + second_lines + "\n\n";
  }
  text.replace(from, to + 2 - from, grid);
  const Findings f = ExtractText(text);
  EXPECT_EQ(FactsOf(f), kKent);
  ASSERT_EQ(f.key_facts.size(), 8u);
  EXPECT_EQ(f.key_facts[1].description,
            "The number of offenders supervised by the Kent, Surrey & Sussex CRC");
  EXPECT_EQ(f.key_facts[7].description, "The number of CRCs owned by Seetec");
}

// The same tiles four to a row, the grid broken by a page foot after its first row:
// the footnotes under that row (the page's), then the second row of figures over
// their descriptions, which the panel goes on to.
TEST(KeyFactIds, TilesInAGridGoOnPastTheFootnotesUnderTheirFirstRow) {
  std::string text = ReadSource("corpus/text/kent.txt");
  const std::string notes =
      "1 Offender Management Caseload Statistics as at 31 March 2016, Ministry of Justice\n\n"
      "2 Figure for the Kent, Surrey & Sussex CRC\n\n";
  const std::size_t at_notes = text.find(notes);
  ASSERT_NE(at_notes, std::string::npos);
  text.erase(at_notes, notes.size());
  const std::size_t from = text.find("- 251,170** ");
  const std::size_t to = text.find("\n\n", text.find("- 1 (of 21)** "));
  ASSERT_NE(from, std::string::npos);
  ASSERT_NE(to, std::string::npos);
  std::istringstream panel(text.substr(from, to - from));
  std::string grid, figures, descriptions;
  int tile = 0;
  for (std::string line; std::getline(panel, line); ++tile) {
    const std::size_t stars = line.find("** ");
    ASSERT_NE(stars, std::string::npos) << line;
    const std::string sep = tile % 4 == 0 ? "" : "\t";
    figures += sep + line.substr(2, stars - 2);
    descriptions += sep + line.substr(stars + 3);
    if (tile % 4 == 3) {
      grid += figures + "\n\n" + descriptions + "\n\n" + (tile == 3 ? notes : "");
      figures.clear();
      descriptions.clear();
    }
  }
  ASSERT_EQ(tile, 8);
  text.replace(from, to + 2 - from, grid);
  const Findings f = ExtractText(text);
  EXPECT_EQ(FactsOf(f), kKent);
  EXPECT_EQ(CodesStartingWith(f, "key_facts."), std::vector<std::string>{});
}

// Kent's text with its first two footnotes moved to the foot of the page that broke
// the panel: `at` is written `as`, the footnotes where `as` has its '|'.
std::string WithFirstFootnotesAt(const std::string& at, const std::string& as) {
  std::string text = ReadSource("corpus/text/kent.txt");
  const std::string notes =
      "1 Offender Management Caseload Statistics as at 31 March 2016, Ministry of Justice\n\n"
      "2 Figure for the Kent, Surrey & Sussex CRC\n\n";
  const std::size_t at_notes = text.find(notes);
  EXPECT_NE(at_notes, std::string::npos);
  if (at_notes == std::string::npos) return text;
  text.erase(at_notes, notes.size());
  const std::size_t where = text.find(at);
  EXPECT_NE(where, std::string::npos) << at;
  const std::size_t bar = as.find('|');
  if (where != std::string::npos) text.replace(where, at.size(), as.substr(0, bar) + notes + as.substr(bar + 1));
  return text;
}

// A panel broken by a page or column foot: the footnotes the first part cites are
// set under it, the rest of the panel after them; the panel's own footnotes still end it.
TEST(KeyFactIds, APanelGoesOnPastTheFootnotesUnderItsFirstPart) {
  const Findings f =
      ExtractText(WithFirstFootnotesAt("- 18%** The volume reduction", "|- 18%** The volume reduction"));
  EXPECT_EQ(FactsOf(f), kKent);
  EXPECT_EQ(CodesStartingWith(f, "key_facts."), std::vector<std::string>{});
}

// The same panel broken where the next fact sets its figure alone on its line, its
// description under it: the panel goes on past the footnotes there too.
TEST(KeyFactIds, APanelGoesOnPastTheFootnotesToAFigureOverItsDescription) {
  const Findings f = ExtractText(
      WithFirstFootnotesAt("- 18%** The volume reduction", "|18%\n\nThe volume reduction"));
  EXPECT_EQ(FactsOf(f), kKent);
  EXPECT_EQ(CodesStartingWith(f, "key_facts."), std::vector<std::string>{});
}

// A fact's description broken by the page foot: its rest ("6% to -36%.") comes
// under the footnotes, the panel's last fact after it.
TEST(KeyFactIds, ADescriptionBrokenByThePageFootTakesItsRestPastTheFootnotes) {
  const std::string text = WithFirstFootnotesAt("ranged from -6% to -36%.", "ranged from -\n\n|6% to -36%.");
  const Findings f = ExtractText(text);
  EXPECT_EQ(FactsOf(f), kKent);
  ASSERT_EQ(f.key_facts.size(), 8u);
  EXPECT_NE(f.key_facts[6].description.find("ranged from - 6% to -36%"), std::string::npos)
      << f.key_facts[6].description;
}

// A description broken by the page foot after a word, its reference carried over with
// the rest ("^{5}. The reduction …"): that line is the description's, not a footnote,
// and the footnote it cites is no fact.
TEST(KeyFactIds, ADescriptionsRestOpeningWithItsReferenceIsNoFootnote) {
  const std::string text = WithFirstFootnotesAt("assumptions^{2 5}. The reduction",
                                                "assumptions^{2}\n\n|^{5}. The reduction");
  const Findings f = ExtractText(text);
  EXPECT_EQ(FactsOf(f), kKent);
  ASSERT_EQ(f.key_facts.size(), 8u);
  EXPECT_NE(f.key_facts[6].description.find("The reduction across CRCs ranged from -6% to -36%"),
            std::string::npos)
      << f.key_facts[6].description;
}

// Kent's text with the footnotes under its panel, lines 94 to 102 of the corpus text,
// written `as`.
std::string WithPanelNotesAs(const std::string& as) {
  std::string text = ReadSource("corpus/text/kent.txt");
  const std::string first = "1 Offender Management Caseload Statistics";
  const std::string last = "'Transforming Rehabilitation', National Audit Office, 2016\n\n";
  const std::size_t from = text.find(first);
  const std::size_t to = text.find(last);
  EXPECT_NE(from, std::string::npos);
  EXPECT_NE(to, std::string::npos);
  if (from == std::string::npos || to == std::string::npos) return text;
  text.replace(from, to + last.size() - from, as);
  return text;
}

// The panel's footnotes run together several to a line, as a book sets its notes, and
// set at the foot of the page that broke the panel: each of their lines a paragraph
// of its own ("the Kent, Surrey & Sussex CRC^{3} CRC Service …"), the panel's last
// fact after them.
TEST(KeyFactIds, APanelGoesOnPastItsFootnotesRunTogetherOverLinesOfTheirOwn) {
  const std::string notes =
      "1 Offender Management Caseload Statistics as at 31 March 2016, Ministry of Justice^{2} "
      "Figure for\n\n"
      "the Kent, Surrey & Sussex CRC^{3} CRC Service Level 9, Community Performance Quarterly\n\n"
      "Statistics January-March 2016, Ministry of Justice^{4} Multi-agency public protection\n\n"
      "arrangements (MAPPA) Annual Report as at 31 March 2015, Ministry of Justice^{5} "
      "'Transforming\n\n"
      "Rehabilitation', National Audit Office, 2016\n\n";
  std::string text = WithPanelNotesAs("");
  const std::string last_fact = "- 1 (of 21)** The number of CRCs owned by Seetec.";
  const std::size_t at = text.find(last_fact);
  ASSERT_NE(at, std::string::npos);
  text.insert(at, notes);
  const Findings f = ExtractText(text);
  EXPECT_EQ(FactsOf(f), kKent);
  ASSERT_EQ(f.key_facts.size(), 8u);
  EXPECT_EQ(f.key_facts[7].description, "The number of CRCs owned by Seetec");
}

// Footnotes set one to a paragraph still end the panel: a figure over a description
// further on (the summary's, its chapter heading lost) is no fact of the panel.
TEST(KeyFactIds, TextAfterFootnotesSetOneToAParagraphIsNoFactOfThePanel) {
  std::string text = ReadSource("corpus/text/kent.txt");
  const std::string heading = "1. Overall judgements and recommendations\n\nOverview\n\n";
  const std::size_t at = text.find(heading);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, heading.size(), "Overview\n\n65%\n\nThe proportion of cases we inspected.\n\n");
  const Findings f = ExtractText(text);
  EXPECT_EQ(FactsOf(f), kKent);
}

// The panel's footnotes set as a table of their own under it, several to a row
// ("Notes", "2 Figure for the … CRC", "4 Multi-agency …"): a footnote's cell is no
// fact, though its number and text read as one ("2 Figure …").
TEST(KeyFactIds, FootnotesSetAsATableUnderThePanelAreNoFacts) {
  const Findings f = ExtractText(WithPanelNotesAs(
      "Notes\t2 Figure for the Kent, Surrey & Sussex CRC\t4 Multi-agency public protection "
      "arrangements (MAPPA) Annual Report\n\n"
      "1 Offender Management Caseload Statistics as at 31 March 2016,\t3 CRC Service Level 9, "
      "Community Performance Quarterly Statistics\tas at 31 March 2015, Ministry of Justice\n\n"
      "Ministry of Justice\tJanuary-March 2016, Ministry of Justice\t5 'Transforming "
      "Rehabilitation', National Audit Office, 2016\n\n"));
  EXPECT_EQ(FactsOf(f), kKent);
}

// North London's text with the foreword's footnote set under the key facts panel, as
// a page holding the end of the foreword and the panel sets it at its foot: the panel
// does not cite it, but it is the document's footnote, no fact of the panel's.
TEST(KeyFactIds, AFootnoteAnEarlierPageCitesIsNoFactOfThePanelAboveIt) {
  std::string text = ReadSource("corpus/text/north-london.txt");
  const Findings before = ExtractText(text);
  const std::string note =
      "1 Offender Management Caseload statistics (table 4.10), Ministry of Justice, October "
      "2016.\n\n";
  const std::size_t at_note = text.find(note);
  ASSERT_NE(at_note, std::string::npos);
  text.erase(at_note, note.size());
  const std::string last_fact = "- 2 (of 21)** The number of CRCs owned by MTCnovo.\n\n";
  const std::size_t at_fact = text.find(last_fact);
  ASSERT_NE(at_fact, std::string::npos);
  text.insert(at_fact + last_fact.size(), note);
  const Findings after = ExtractText(text);
  EXPECT_EQ(FactsOf(after), FactsOf(before));
  EXPECT_EQ(after.key_facts.size(), before.key_facts.size());
}

}  // namespace
}  // namespace findings::qi2016

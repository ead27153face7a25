#include "layout/page_breaks.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace findings {
namespace {

using Pages = std::vector<std::vector<std::string>>;

struct PageBreakCase {
  const char* name;
  Pages pages;     // each page's blocks
  Pages expected;  // after the run-ons are joined
  std::vector<bool> runs_on = {};  // what the pages' geometry says of each page's top
  std::vector<bool> in_cell = {};  // ... of a cell of the row at the foot of the page before
  std::vector<std::size_t> asides = {};  // how many of each page's last blocks stand aside
};

const PageBreakCase kPageBreakCases[] = {
    {"a sentence running on to the next page",
     {{"Leadership", "The service had a clear vision and its leaders were"},
      {"visible to staff in every office.", "Staff knew their cases well."}},
     {{"Leadership",
       "The service had a clear vision and its leaders were visible to staff in every office."},
      {"Staff knew their cases well."}}},
    {"a paragraph ending at the page foot",
     {{"The service had a clear vision."}, {"leaders were visible."}},
     {{"The service had a clear vision."}, {"leaders were visible."}}},
    {"a new paragraph starting the next page",
     {{"The service had a clear vision and its leaders were"}, {"Staff knew their cases well."}},
     {{"The service had a clear vision and its leaders were"}, {"Staff knew their cases well."}}},
    {"footnotes between the paragraph and the page break",
     {{"The service supervised offenders¹ and its leaders were", "¹ Ministry of Justice, 2019",
       "² At 31 March 2019"},
      {"visible to staff.", "Staff knew their cases well."}},
     {{"The service supervised offenders¹ and its leaders were visible to staff.",
       "¹ Ministry of Justice, 2019", "² At 31 March 2019"},
      {"Staff knew their cases well."}}},
    {"footnotes numbered on the baseline at a tab, as word processors set them, between",
     {{"The service supervised offenders¹ and its leaders were", "1\tMinistry of Justice, 2019",
       "2\tAt 31 March 2019"},
      {"visible to staff.", "Staff knew their cases well."}},
     {{"The service supervised offenders¹ and its leaders were visible to staff.",
       "1\tMinistry of Justice, 2019", "2\tAt 31 March 2019"},
      {"Staff knew their cases well."}}},
    {"a table's last row at the page foot",
     {{"Leadership\tGood", "Staffing\tRequires improvement"}, {"and the service was rated"}},
     {{"Leadership\tGood", "Staffing\tRequires improvement"}, {"and the service was rated"}}},
    {"a numbered paragraph running on",
     {{"12.\tThe service had a clear vision and its leaders were"}, {"visible to staff."}},
     {{"12.\tThe service had a clear vision and its leaders were visible to staff."}, {}}},
    {"a word hyphenated across the page break",
     {{"The service had a clear vision for proba-"}, {"tion in the region."}},
     {{"The service had a clear vision for probation in the region."}, {}}},
    {"a list item ending with a semicolon",
     {{"• they had manageable caseloads;"}, {"and their managers supported them"}},
     {{"• they had manageable caseloads;"}, {"and their managers supported them"}}},
    {"a table row's question cut after a comma, its header row repeated",
     {{"Standard/Key question\tRating/% yes", "3.2.1. Is the contact timely and supportive,\t73%"},
      {"Standard/Key question\tRating/% yes", "providing appropriate information?"}},
     {{"Standard/Key question\tRating/% yes",
       "3.2.1. Is the contact timely and supportive, providing appropriate information?\t73%"},
      {}}},
    {"a table's header row repeated between two of its rows",
     {{"Standard/Key question\tRating/% yes", "2.1.1. Does assessment focus on engagement?\t83%"},
      {"Standard/Key question\tRating/% yes", "2.1.2. Does assessment focus on desistance?\t87%"}},
     {{"Standard/Key question\tRating/% yes", "2.1.1. Does assessment focus on engagement?\t83%"},
      {"2.1.2. Does assessment focus on desistance?\t87%"}}},
    {"a table row broken by the page under its repeated header, its cell's rest starting with a "
     "capital",
     {{"Scores from the\tScores for", "Lowest\tHighest", "'Punish' –\t69%\t84%"},
      {"Scores from the\tScores for",
       "Compliance and Enforcement work (individual serves his/her sentence)",
       "In the next section."}},
     {{"Scores from the\tScores for", "Lowest\tHighest",
       "'Punish' – Compliance and Enforcement work (individual serves his/her sentence)\t69%\t84%"},
      {"In the next section."}}},
    {"a repeated header over a paragraph, no cell of the row before open",
     {{"Enablers\tBarriers", "Skilled staff.\tHigh workloads."},
      {"Enablers\tBarriers", "The second table shows the NPS."}},
     {{"Enablers\tBarriers", "Skilled staff.\tHigh workloads."},
      {"Enablers\tBarriers", "The second table shows the NPS."}}},
    {"a paragraph running on past a table floated to the next page's head",
     {{"There were tensions. The quality of case allocation forms and risk assess-"},
      {"Outcomes\tThe proportion of work done well enough", "Assisting sentencing\t85%",
       "ments prepared at court was variable.", "Risk escalation was another area."}},
     {{"There were tensions. The quality of case allocation forms and risk assessments prepared at "
       "court was variable."},
      {"Outcomes\tThe proportion of work done well enough", "Assisting sentencing\t85%",
       "Risk escalation was another area."}}},
    {"a heading at the page foot, a table's cell running on under its first rows",
     {{"Annex 4: Glossary"},
      {"CRC\tCommunity Rehabilitation Company", "CJS\tthe agencies responsible for enforcing",
       "the law – police, courts and prisons", "ETE\tEducation, training and employment"}},
     {{"Annex 4: Glossary"},
      {"CRC\tCommunity Rehabilitation Company", "CJS\tthe agencies responsible for enforcing",
       "the law – police, courts and prisons", "ETE\tEducation, training and employment"}}},
    {"a table's row broken by the page, its header set again over the rest of its cell",
     {{"Enablers\tBarriers", "2.\tRisk escalation was infrequent but procedures appeared"},
      {"Enablers\tBarriers", "to be efficient.", "3.\tThere were good processes."}},
     {{"Enablers\tBarriers",
       "2.\tRisk escalation was infrequent but procedures appeared to be efficient."},
      {"Enablers\tBarriers", "3.\tThere were good processes."}}},
    {"a paragraph ending at the page foot, a table at the next page's head",
     {{"The service had a clear vision."},
      {"Outcomes\tScore", "Assisting sentencing\t85%", "the table above shows."}},
     {{"The service had a clear vision."},
      {"Outcomes\tScore", "Assisting sentencing\t85%", "the table above shows."}}},
    {"a table with the same header after a paragraph",
     {{"Enablers\tBarriers", "Skilled staff\tHigh workloads", "The second table shows the NPS."},
      {"Enablers\tBarriers", "Stable teams\tSlow starts"}},
     {{"Enablers\tBarriers", "Skilled staff\tHigh workloads", "The second table shows the NPS."},
      {"Enablers\tBarriers", "Stable teams\tSlow starts"}}},
    {"a paragraph the geometry shows running on at a sentence's end",
     {{"Leadership", "The service had a clear vision.", "¹ Ministry of Justice, 2019"},
      {"Its leaders were visible.", "Staff knew their cases well."}},
     {{"Leadership", "The service had a clear vision. Its leaders were visible.",
       "¹ Ministry of Justice, 2019"},
      {"Staff knew their cases well."}},
     {false, true}},
    {"the geometry's run-on onto a table's last row",
     {{"Leadership\tGood"}, {"Its leaders were visible."}},
     {{"Leadership\tGood"}, {"Its leaders were visible."}},
     {false, true}},
    {"a table row broken by the page, no header repeated, its cell's rest starting with a capital",
     {{"Scores", "'Punish' – Compliance and\t69%\t84%"},
      {"Enforcement work (individual serves his/her sentence)", "In the next section."}},
     {{"Scores",
       "'Punish' – Compliance and Enforcement work (individual serves his/her sentence)\t69%\t84%"},
      {"In the next section."}},
     {false, false},
     {false, true}},
    {"the same, the geometry silent",
     {{"'Punish' – Compliance and\t69%\t84%"},
      {"Enforcement work (individual serves his/her sentence)"}},
     {{"'Punish' – Compliance and\t69%\t84%"},
      {"Enforcement work (individual serves his/her sentence)"}},
     {false, false},
     {false, false}},
    {"a rail of notes beside the text, read after it",
     {{"The service had a clear vision and its leaders were", "Notes",
       "1 Ministry of Justice, 2019"},
      {"visible to staff in every office.", "Staff knew their cases well."}},
     {{"The service had a clear vision and its leaders were visible to staff in every office.",
       "Notes", "1 Ministry of Justice, 2019"},
      {"Staff knew their cases well."}},
     {},
     {},
     {2, 0}},
    {"a list's item at the page head, its bullet drawn, where the geometry shows the list's "
     "set-in lines carried on",
     {{"Strengths:", "• Individuals were involved in their assessments.",
       "• Offending-related factors were identified accurately and well analysed."},
      {"• Information from other sources was sought and used.", "Areas for improvement:"}},
     {{"Strengths:", "• Individuals were involved in their assessments.",
       "• Offending-related factors were identified accurately and well analysed."},
      {"• Information from other sources was sought and used.", "Areas for improvement:"}},
     {false, true}},
    {"a paragraph ending at the page foot, the geometry silent",
     {{"The service had a clear vision."}, {"Its leaders were visible."}},
     {{"The service had a clear vision."}, {"Its leaders were visible."}},
     {false, false}},
};

TEST(JoinAcrossPageBreaks, JoinsTextRunningOnToTheNextPage) {
  Vocabulary vocabulary;
  AddToVocabulary("the probation service", vocabulary);
  vocabulary.breaks_words = true;
  for (const PageBreakCase& c : kPageBreakCases) {
    Pages pages = c.pages;
    JoinAcrossPageBreaks(pages, c.runs_on, vocabulary, c.in_cell, c.asides);
    EXPECT_EQ(pages, c.expected) << c.name;
  }
}

struct OpenCellCase {
  const char* row;
  const char* more;
  std::optional<std::string> joined;  // nullopt: no cell of the row is open
};

const OpenCellCase kOpenCellCases[] = {
    {"4.2.2.\tDoes resettlement\t50%", "activity focus on resettlement?",
     "4.2.2.\tDoes resettlement activity focus on resettlement?\t50%"},
    {"Appendix 3: Data\t58", "analysis from inspected cases",
     "Appendix 3: Data analysis from inspected cases\t58"},
    {"MAPPA\tEvery offender is in one of three categories. Category 1:",
     "registered sexual offenders",
     "MAPPA\tEvery offender is in one of three categories. Category 1: registered sexual "
     "offenders"},
    {"MAPPA\tEach offender is managed under one of three levels. Level 1",
     "is ordinary agency management",
     "MAPPA\tEach offender is managed under one of three levels. Level 1 is ordinary agency "
     "management"},
    {"1.\tThe contact was timely.\t73%", "and supportive", std::nullopt},
    {"2.2.3.\tDoes planning focus on keeping people safe? ¹⁹\t36%", "2.3. Implementation",
     std::nullopt},
};

TEST(JoinOpenCell, CarriesOnTheLastCellOfWordsEndingNoSentence) {
  const Vocabulary vocabulary;
  for (const OpenCellCase& c : kOpenCellCases) {
    std::string row = c.row;
    EXPECT_EQ(JoinOpenCell(row, c.more, vocabulary), c.joined.has_value()) << c.row;
    EXPECT_EQ(row, c.joined.value_or(c.row)) << c.row;
  }
}

}  // namespace
}  // namespace findings

// `findings compare`: CRC and NPS side by side, from the dataset's tables.
//
//   ratings       per standard: reports rated Outstanding/Good/Requires
//                 improvement/Inadequate per provider type, and the mean on a
//                 1–4 scale (Inadequate = 1 … Outstanding = 4);
//   case_results  per key question: the mean % yes per provider type and the
//                 number of reports behind it;
//   measures      per Quality & Impact measure (percentages with a measure id,
//                 the report's own figures) and area: the CRC's and NPS's value;
//   key_facts     per key fact id: its value in each area (one column per area;
//                 the latest report's where an area has several);
//   earlier_scores per measure of an earlier inspection and its year (period):
//                 each area's own score, one column per area, then the
//                 programme's lowest, highest and average where reports give them.
// Grouping by provider (canonical id), area or publication year adds a first
// column, so change over time or between areas is visible.
#ifndef FINDINGS_DATASET_COMPARE_H_
#define FINDINGS_DATASET_COMPARE_H_

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dataset/sqlite_db.h"

namespace findings::dataset {

enum class CompareKind { kRatings, kCaseResults, kMeasures, kKeyFacts, kEarlierScores };
enum class CompareBy { kNone, kProvider, kArea, kYear };

// The database of the dataset in `dataset_dir`, read-only, for Compare and
// History; kIoError "cannot open database: …" when there is none.
Result<std::unique_ptr<Db>> OpenForQuery(const std::string& dataset_dir);

Result<CompareKind> ParseCompareKind(const std::string& word);
Result<CompareBy> ParseCompareBy(const std::string& word);

struct CompareTable {
  std::vector<std::string> columns;
  std::vector<std::vector<nlohmann::ordered_json>> rows;  // null where there is no figure
};

Result<CompareTable> Compare(Db* db, CompareKind kind, CompareBy by);

// A figure as shown: an integer when it is one (86, not 86.0).
nlohmann::ordered_json TidyNumber(double value);

// The columns of an earlier inspection's table besides the area's own score, as
// named in percentages.basis.
const std::vector<std::string>& ProgrammeBases();

// The rating words from worst to best: their 1-based position is the score.
const std::vector<std::string>& RatingScale();

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_COMPARE_H_

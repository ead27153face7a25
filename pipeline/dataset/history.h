// `findings history`: everything the dataset holds about one area or one
// provider, in date order: each report with its providers, the scores of the
// area's earlier inspection (dated by their year: the Probation Trust in 2010
// or 2014), then the report's ratings, key facts, case results and measures.
//
// The subject is an area ("derbyshire", "North London": the report's area,
// by name or slug) or a provider id of the registry ("crc.kent-surrey-sussex").
// For a provider, the reports linked to it in report_providers are shown, with
// the findings about that provider and those about no provider in particular
// (the national caseload, the earlier inspection of the area).
#ifndef FINDINGS_DATASET_HISTORY_H_
#define FINDINGS_DATASET_HISTORY_H_

#include <string>

#include "dataset/compare.h"
#include "dataset/sqlite_db.h"

namespace findings::dataset {

// Rows: date, report, kind (report, provider, earlier_score, rating, key_fact,
// case_result, measure), provider, provider_id, id, title, value, detail.
// kNotFound, naming the areas the dataset holds, when the subject is neither
// an area nor a provider of any report.
Result<CompareTable> History(Db* db, const std::string& subject);

}  // namespace findings::dataset

#endif  // FINDINGS_DATASET_HISTORY_H_

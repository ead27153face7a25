#include "dataset/csv_readme.h"

#include <gtest/gtest.h>

#include "dataset/flat_rows.h"
#include "dataset/sqlite_schema.h"

namespace findings::dataset {
namespace {

// A field added to the model without a meaning fails here, not in an analyst's hands.
TEST(CsvReadme, EveryProjectedColumnHasAMeaning) {
  for (const std::string& kind : TableKinds())
    for (const Column& column : KindColumns(kind))
      EXPECT_NE(ColumnMeaning(kind, column.name), "") << kind << "." << column.name;
  for (const Column& column : ReportColumns())
    EXPECT_NE(ColumnMeaning(kReportsTable, column.name), "") << column.name;
  for (const char* column : {"id", "type", "name"}) EXPECT_NE(ColumnMeaning("providers", column), "");
  for (const char* column : {"report_id", "provider_id", "type", "name_in_report"})
    EXPECT_NE(ColumnMeaning("report_providers", column), "");
  EXPECT_EQ(ColumnMeaning("ratings", "no_such_column"), "");
}

TEST(CsvReadme, AKindsOwnMeaningBeatsTheSharedOne) {
  EXPECT_EQ(ColumnMeaning("case_results", "text"), "the key question as printed");
  EXPECT_NE(ColumnMeaning("recommendations", "text"), ColumnMeaning("case_results", "text"));
  EXPECT_NE(ColumnMeaning("key_facts", "fact").find("caseload.crc"), std::string::npos);
}

TEST(CsvReadme, ListsEachTableWithItsColumns) {
  const std::string text = CsvReadme({{"providers", {"id", "type", "name"}}});
  EXPECT_NE(text.find("## providers.csv\n\n| column | meaning |\n| --- | --- |\n| `id` | stable id"),
            std::string::npos) << text;
  EXPECT_NE(text.find("## How the files join"), std::string::npos);
}

}  // namespace
}  // namespace findings::dataset

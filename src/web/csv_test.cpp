#include "web/csv.hpp"

#include <gtest/gtest.h>

namespace vigie::web {
namespace {

TEST(Csv, QuotesEveryFieldAndDoublesQuotes) {
  EXPECT_EQ(CsvLine({"a", "b;c", "dit \"oui\""}), "\"a\";\"b;c\";\"dit \"\"oui\"\"\"\r\n");
}

TEST(Csv, DefusesFormulas) {
  EXPECT_EQ(CsvField("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(CsvField("-2"), "\"'-2\"");
  EXPECT_EQ(CsvField("2-3"), "\"2-3\"");
}

TEST(Csv, FileNameCarriesTheParisDate) {
  const auto r = CsvDownload("x", "structures", 1798759800);  // 31/12/2026 23:30 UTC
  EXPECT_EQ(r.GetHeader("Content-Disposition"), "attachment; filename=\"structures-2027-01-01.csv\"");
}

}  // namespace
}  // namespace vigie::web

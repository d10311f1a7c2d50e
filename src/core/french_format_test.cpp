#include "core/french_format.hpp"

#include <gtest/gtest.h>

namespace vigie::core {
namespace {

TEST(FrenchFormat, WinterDateAndTimeUseCet) {
  // 2026-11-29 13:05:00 UTC is 14 h 05 in Paris (UTC+1).
  EXPECT_EQ(FormatDate(1795957500), "29/11/2026");
  EXPECT_EQ(FormatTime(1795957500), "14 h 05");
  EXPECT_EQ(FormatIsoUtc(1795957500), "2026-11-29T13:05:00Z");
}

TEST(FrenchFormat, SummerTimeStartsOnLastSundayOfMarchAt1Utc) {
  // 2026-03-29 is the last Sunday of March 2026.
  EXPECT_EQ(ParisUtcOffset(1774745999), 3600);  // 00:59:59 UTC
  EXPECT_EQ(ParisUtcOffset(1774746000), 7200);  // 01:00:00 UTC
  EXPECT_EQ(FormatTime(1774746000), "3 h 00");
}

TEST(FrenchFormat, SummerTimeEndsOnLastSundayOfOctober) {
  // 2026-10-25 01:00 UTC.
  EXPECT_EQ(ParisUtcOffset(1792890000 - 1), 7200);
  EXPECT_EQ(ParisUtcOffset(1792890000), 3600);
}

TEST(FrenchFormat, DateCrossesMidnightInParis) {
  // 2026-12-31 23:30 UTC is already 1 January in Paris.
  EXPECT_EQ(FormatDate(1798759800), "01/01/2027");
  EXPECT_EQ(FormatIsoDateParis(1798759800), "2027-01-01");
}

TEST(FrenchFormat, NumbersUseNarrowNoBreakSpaceAndPercentNoBreakSpace) {
  EXPECT_EQ(FormatInteger(12345), "12\u202F345");
  EXPECT_EQ(FormatInteger(-1234567), "-1\u202F234\u202F567");
  EXPECT_EQ(FormatInteger(999), "999");
  EXPECT_EQ(FormatPercent(0.45), "45\u00A0%");
}

}  // namespace
}  // namespace vigie::core

namespace vigie::core {
namespace {

TEST(ParisLocalDateTime, ReadsWinterAndSummerTimes) {
  EXPECT_EQ(ParseParisLocalDateTime("2026-12-01T09:30"), 1796113800);  // 08:30 UTC
  EXPECT_EQ(ParseParisLocalDateTime("2026-07-01T09:30:15"), 1782891015);  // 07:30:15 UTC
  EXPECT_EQ(FormatParisLocalDateTime(1796113800), "2026-12-01T09:30");
}

TEST(ParisLocalDateTime, HandlesTheChangeOfHour) {
  // 2026-03-29 02:30 does not exist in Paris: one hour later, 03:30 CEST = 01:30 UTC.
  EXPECT_EQ(ParseParisLocalDateTime("2026-03-29T02:30"), 1774747800);
  // 2026-10-25 02:30 happens twice: the first, 02:30 CEST = 00:30 UTC.
  EXPECT_EQ(ParseParisLocalDateTime("2026-10-25T02:30"), 1792888200);
}

TEST(ParisLocalDateTime, RefusesMalformedText) {
  for (const char* bad : {"", "2026-12-01", "2026-13-01T09:30", "2026-02-30T09:30", "2026-12-01T24:00",
                          "2026-12-01T09:60", "2026/12/01T09:30", "2026-12-01T09:30:5", "1969-12-31T23:00"}) {
    EXPECT_FALSE(ParseParisLocalDateTime(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace vigie::core

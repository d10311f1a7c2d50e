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

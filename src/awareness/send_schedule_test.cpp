// Send schedule: the sending window in Paris time (weekends, boundaries, both changes
// of time), the rate limit, the spread over several days and what overflows it.

#include "awareness/send_schedule.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <vector>

namespace vigie::awareness {
namespace {

using core::UnixSeconds;

// A UTC instant from its civil date and time.
UnixSeconds Utc(int y, unsigned mo, unsigned d, long long h = 0, long long mi = 0,
                long long s = 0) {
  const std::chrono::sys_days day{std::chrono::year{y} / std::chrono::month{mo} /
                                  std::chrono::day{d}};
  return std::chrono::duration_cast<std::chrono::seconds>(day.time_since_epoch()).count() +
         h * 3600 + mi * 60 + s;
}

// 08:00-18:00 Paris, Monday to Friday, 30 a minute, one day: the defaults.
SendingProfile Office() { return SendingProfile{}; }

SendingProfile EveryDay(int start_minute, int end_minute) {
  SendingProfile p;
  p.days.fill(true);
  p.window_start = start_minute;
  p.window_end = end_minute;
  return p;
}

// The most instants found in any 60 consecutive seconds (times sorted).
std::size_t MostInAMinute(const std::vector<UnixSeconds>& times) {
  std::size_t most = 0;
  std::size_t lo = 0;
  for (std::size_t hi = 0; hi < times.size(); ++hi) {
    while (times[hi] - times[lo] >= 60) ++lo;
    most = std::max(most, hi - lo + 1);
  }
  return most;
}

std::size_t CountBetween(const std::vector<UnixSeconds>& times, UnixSeconds from, UnixSeconds to) {
  return static_cast<std::size_t>(std::count_if(
      times.begin(), times.end(), [&](UnixSeconds t) { return t >= from && t < to; }));
}

void ExpectWellFormed(const SendingProfile& p, const std::vector<UnixSeconds>& times) {
  EXPECT_TRUE(std::is_sorted(times.begin(), times.end()));
  EXPECT_LE(MostInAMinute(times), static_cast<std::size_t>(p.rate_per_minute));
  for (const UnixSeconds t : times) {
    if (!IsInsideWindow(p, t)) {
      ADD_FAILURE() << "outside the window: " << t;
      return;
    }
  }
}

// 2026-01-05 is a Monday; Paris is UTC+1 in January, so 08:00-18:00 is 07:00-17:00 UTC.
TEST(SendSchedule, WindowBoundariesWithAnExclusiveEnd) {
  const SendingProfile p = Office();
  EXPECT_FALSE(IsInsideWindow(p, Utc(2026, 1, 5, 6, 59, 59)));
  EXPECT_TRUE(IsInsideWindow(p, Utc(2026, 1, 5, 7)));
  EXPECT_TRUE(IsInsideWindow(p, Utc(2026, 1, 5, 16, 59, 59)));
  EXPECT_FALSE(IsInsideWindow(p, Utc(2026, 1, 5, 17)));
  EXPECT_TRUE(IsInsideWindow(p, Utc(2026, 6, 1, 6)));  // summer: UTC+2
  EXPECT_FALSE(IsInsideWindow(p, Utc(2026, 6, 1, 5, 59, 59)));
}

TEST(SendSchedule, SkipsTheWeekend) {
  const SendingProfile p = Office();
  EXPECT_FALSE(IsInsideWindow(p, Utc(2026, 1, 10, 10)));                   // Saturday
  EXPECT_FALSE(IsInsideWindow(p, Utc(2026, 1, 11, 10)));                   // Sunday
  EXPECT_EQ(NextWindowOpen(p, Utc(2026, 1, 9, 17)), Utc(2026, 1, 12, 7));  // Friday 18:00 -> Monday
  EXPECT_EQ(NextWindowOpen(p, Utc(2026, 1, 10, 10)), Utc(2026, 1, 12, 7));
  SendingProfile sunday_only = Office();
  sunday_only.days = {false, false, false, false, false, false, true};
  EXPECT_TRUE(IsInsideWindow(sunday_only, Utc(2026, 1, 11, 10)));
  EXPECT_EQ(NextWindowOpen(sunday_only, Utc(2026, 1, 5, 10)), Utc(2026, 1, 11, 7));
}

TEST(SendSchedule, NextOpenFromInsideBeforeAndAfterTheWindow) {
  const SendingProfile p = Office();
  EXPECT_EQ(NextWindowOpen(p, Utc(2026, 1, 5, 11, 0, 17)), Utc(2026, 1, 5, 11, 0, 17));
  EXPECT_EQ(NextWindowOpen(p, Utc(2026, 1, 5, 3)), Utc(2026, 1, 5, 7));
  EXPECT_EQ(NextWindowOpen(p, Utc(2026, 1, 5, 18)), Utc(2026, 1, 6, 7));
}

TEST(SendSchedule, NothingToPlan) {
  EXPECT_TRUE(PlanSendTimes(Office(), Utc(2026, 1, 5, 7), 0).empty());
}

TEST(SendSchedule, StartInsideUsesTheRemainingTimeOnly) {
  const SendingProfile p = Office();
  // Monday 12:00 Paris, no spread: the messages leave at the rate (30 a minute).
  EXPECT_EQ(PlanSendTimes(p, Utc(2026, 1, 5, 11), 3),
            (std::vector<UnixSeconds>{Utc(2026, 1, 5, 11), Utc(2026, 1, 5, 11, 0, 2), Utc(2026, 1, 5, 11, 0, 4)}));
  // Spread over two days: six hours left today, so today's two messages are three hours apart.
  SendingProfile spread = p;
  spread.spread_days = 2;
  EXPECT_EQ(PlanSendTimes(spread, Utc(2026, 1, 5, 11), 3),
            (std::vector<UnixSeconds>{Utc(2026, 1, 5, 11), Utc(2026, 1, 5, 14), Utc(2026, 1, 6, 7)}));
}

TEST(SendSchedule, StartAfterTheWindowWaitsForTheNextDay) {
  const auto times = PlanSendTimes(Office(), Utc(2026, 1, 5, 18), 2);
  EXPECT_EQ(times, (std::vector<UnixSeconds>{Utc(2026, 1, 6, 7), Utc(2026, 1, 6, 7, 0, 2)}));
}

// 2026-03-29 (Sunday): at 01:00 UTC, Paris goes from 02:00 to 03:00.
TEST(SendSchedule, SpringChangeShortensTheDay) {
  const SendingProfile office = EveryDay(8 * 60, 18 * 60);
  EXPECT_EQ(NextWindowOpen(office, Utc(2026, 3, 28, 17)), Utc(2026, 3, 29, 6));  // now UTC+2
  EXPECT_FALSE(IsInsideWindow(office, Utc(2026, 3, 29, 5, 59, 59)));
  // 01:00-04:00 Paris lasts two hours that night.
  SendingProfile night = EveryDay(1 * 60, 4 * 60);
  night.spread_days = 2;  // two messages each night, evenly over the window
  const auto times = PlanSendTimes(night, Utc(2026, 3, 29, 0), 4);
  EXPECT_EQ(times, (std::vector<UnixSeconds>{Utc(2026, 3, 29, 0), Utc(2026, 3, 29, 1),
                                             Utc(2026, 3, 29, 23), Utc(2026, 3, 30, 0, 30)}));
  ExpectWellFormed(night, times);
  // 02:00-03:00 Paris does not exist that Sunday: the next Sunday's window opens.
  SendingProfile lost = EveryDay(2 * 60, 3 * 60);
  lost.days = {false, false, false, false, false, false, true};
  EXPECT_EQ(NextWindowOpen(lost, Utc(2026, 3, 28, 12)), Utc(2026, 4, 5, 0));
  EXPECT_EQ(PlanSendTimes(lost, Utc(2026, 3, 28, 12), 1),
            std::vector<UnixSeconds>{Utc(2026, 4, 5, 0)});
}

// 2026-10-25 (Sunday): at 01:00 UTC, Paris goes from 03:00 back to 02:00.
TEST(SendSchedule, AutumnChangeLengthensTheDay) {
  const SendingProfile office = EveryDay(8 * 60, 18 * 60);
  EXPECT_EQ(NextWindowOpen(office, Utc(2026, 10, 24, 16)), Utc(2026, 10, 25, 7));  // now UTC+1
  // 01:00-04:00 Paris lasts four hours that night.
  SendingProfile night = EveryDay(1 * 60, 4 * 60);
  night.spread_days = 2;
  const auto times = PlanSendTimes(night, Utc(2026, 10, 24, 23), 4);
  EXPECT_EQ(times, (std::vector<UnixSeconds>{Utc(2026, 10, 24, 23), Utc(2026, 10, 25, 1),
                                             Utc(2026, 10, 26, 0), Utc(2026, 10, 26, 1, 30)}));
  ExpectWellFormed(night, times);
  // 02:30-04:00 Paris is two stretches: 00:30-01:00 and 01:30-03:00 UTC.
  SendingProfile split = EveryDay(2 * 60 + 30, 4 * 60);
  split.spread_days = 2;
  EXPECT_TRUE(IsInsideWindow(split, Utc(2026, 10, 25, 0, 59, 59)));
  EXPECT_FALSE(IsInsideWindow(split, Utc(2026, 10, 25, 1, 15)));
  EXPECT_EQ(NextWindowOpen(split, Utc(2026, 10, 25, 1)), Utc(2026, 10, 25, 1, 30));
  const auto split_times = PlanSendTimes(split, Utc(2026, 10, 25, 0), 4);
  EXPECT_EQ(split_times,
            (std::vector<UnixSeconds>{Utc(2026, 10, 25, 0, 30), Utc(2026, 10, 25, 2),
                                      Utc(2026, 10, 26, 1, 30), Utc(2026, 10, 26, 2, 15)}));
  ExpectWellFormed(split, split_times);
}

TEST(SendSchedule, OneAMinuteCapsTheDayAndCarriesTheRestOver) {
  SendingProfile p = Office();
  p.rate_per_minute = 1;  // ten hours hold 600 messages, one a minute
  const auto times = PlanSendTimes(p, Utc(2026, 1, 5, 7), 601);
  ASSERT_EQ(times.size(), 601U);
  EXPECT_EQ(times[1] - times[0], 60);
  EXPECT_EQ(times[599], Utc(2026, 1, 5, 16, 59));
  EXPECT_EQ(times[600], Utc(2026, 1, 6, 7));
  ExpectWellFormed(p, times);
}

TEST(SendSchedule, SixHundredAMinuteShareSeconds) {
  SendingProfile p = Office();
  p.rate_per_minute = 600;
  p.window_end = p.window_start + 1;  // one minute holds 600, ten each second
  const auto times = PlanSendTimes(p, Utc(2026, 1, 5, 7), 601);
  ASSERT_EQ(times.size(), 601U);
  EXPECT_EQ(CountBetween(times, Utc(2026, 1, 5, 7), Utc(2026, 1, 5, 7, 0, 1)), 10U);
  EXPECT_EQ(times[599], Utc(2026, 1, 5, 7, 0, 59));
  EXPECT_EQ(times[600], Utc(2026, 1, 6, 7));
  ExpectWellFormed(p, times);
}

TEST(SendSchedule, RateHoldsAcrossTouchingWindows) {
  SendingProfile p = EveryDay(0, 24 * 60);
  p.rate_per_minute = 7;  // 60 / 7 s is not whole: rounding must not bunch them up
  // From Monday 00:00:13 Paris: 10 079 fit that day, the last 8.57 s before
  // midnight, so Tuesday's first waits until 00:00:04; 10 080 on Tuesday.
  const auto times = PlanSendTimes(p, Utc(2026, 1, 4, 23, 0, 13), 10079 + 10080 + 1);
  ASSERT_EQ(times.size(), 10079U + 10080 + 1);
  ExpectWellFormed(p, times);
  EXPECT_EQ(times[10079], Utc(2026, 1, 5, 23, 0, 4));
  EXPECT_EQ(times.back(), Utc(2026, 1, 6, 23, 0, 4));
}

TEST(SendSchedule, SpreadsEvenlyOverSendingDays) {
  SendingProfile p = Office();
  p.spread_days = 3;
  // From Friday: Friday, Monday, Tuesday; the odd one out goes to the first day.
  const auto times = PlanSendTimes(p, Utc(2026, 1, 9, 7), 301);
  ASSERT_EQ(times.size(), 301U);
  EXPECT_EQ(CountBetween(times, Utc(2026, 1, 9), Utc(2026, 1, 10)), 101U);
  EXPECT_EQ(CountBetween(times, Utc(2026, 1, 12), Utc(2026, 1, 13)), 100U);
  EXPECT_EQ(CountBetween(times, Utc(2026, 1, 13), Utc(2026, 1, 14)), 100U);
  EXPECT_EQ(times[101], Utc(2026, 1, 12, 7));
  EXPECT_EQ(times[102] - times[101], 360);  // ten hours / 100
  ExpectWellFormed(p, times);
}

TEST(SendSchedule, OverflowMovesBeyondTheSpread) {
  SendingProfile p = Office();
  p.rate_per_minute = 1;
  p.window_end = p.window_start + 10;  // ten a day
  p.spread_days = 2;
  // Shares 13 and 12: Monday holds 10 (3 carried), Tuesday 10 of 15, Wednesday 5.
  const auto times = PlanSendTimes(p, Utc(2026, 1, 5, 7), 25);
  ASSERT_EQ(times.size(), 25U);
  EXPECT_EQ(CountBetween(times, Utc(2026, 1, 5), Utc(2026, 1, 6)), 10U);
  EXPECT_EQ(CountBetween(times, Utc(2026, 1, 6), Utc(2026, 1, 7)), 10U);
  EXPECT_EQ(CountBetween(times, Utc(2026, 1, 7), Utc(2026, 1, 8)), 5U);
  EXPECT_EQ(times[20], Utc(2026, 1, 7, 7));
  EXPECT_EQ(times[21] - times[20], 120);  // five spread over ten minutes
  ExpectWellFormed(p, times);
}

TEST(SendSchedule, HundredThousandRecipients) {
  SendingProfile p = Office();
  p.spread_days = 5;  // 18 000 a day at 30 a minute: the sixth day takes the rest
  const auto times = PlanSendTimes(p, Utc(2026, 3, 25, 12), 100000);
  ASSERT_EQ(times.size(), 100000U);
  ExpectWellFormed(p, times);
  EXPECT_GT(times.back(), Utc(2026, 4, 1));
}

}  // namespace
}  // namespace vigie::awareness

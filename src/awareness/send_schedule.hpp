#pragma once
// When a campaign's e-mails leave: the sending profile's window (hours and days, in
// Europe/Paris) and its rate limit and spread, turned into one planned instant per
// message. Pure: no clock, no I/O; the caller passes the instants.
//
// Precondition of every function: the profile passed ParseSendingProfile (at least one
// sending day, 0 <= window_start < window_end <= 1440, rate_per_minute >= 1,
// spread_days >= 1). A profile that breaks it is a programmer error: asserted in debug
// builds; in release builds the functions return `t` / an empty plan rather than loop.

#include <cstddef>
#include <vector>

#include "awareness/sending_profile.hpp"
#include "core/clock.hpp"

namespace vigie::awareness {

// True when `t` falls inside the profile's sending window: the Paris local date of `t`
// is a sending day and window_start <= Paris local minute of `t` < window_end.
//
// Local time follows the EU rule (core::ParisUtcOffset). On the day summer time
// starts, local 02:00-02:59 does not exist, so a window over those minutes is shorter
// or empty; on the day it ends, local 02:00-02:59 happens twice and both passes count,
// so a window over those minutes is longer and may even be two separate stretches.
bool IsInsideWindow(const SendingProfile& p, core::UnixSeconds t);

// The first instant >= t inside the window (t itself when inside). Looks at most 15
// days ahead, which is always enough for a valid profile (a sending day comes back
// every week; at worst one occurrence is swallowed by the summer-time gap).
core::UnixSeconds NextWindowOpen(const SendingProfile& p, core::UnixSeconds t);

// Planned send instants for `count` messages of a campaign started at `start`.
//
// Windows: the sending window of a local date is the set of instants of that date
// that IsInsideWindow accepts; a date whose window is empty (not a sending day, or
// swallowed by the summer-time gap) is no window and is not counted. Window 1 is the
// one holding NextWindowOpen(start), counted from that instant only (its remaining
// time); windows 2, 3... follow in date order.
//
// Shares: window i (1 <= i <= spread_days) is given count / spread_days messages, the
// first count % spread_days windows one more. Each window then takes its share plus
// whatever earlier windows could not hold; what it cannot hold moves on to the next
// window, beyond spread_days if needed (later windows have no share of their own).
//
// Capacity and spacing: with spread_days = 1 the messages simply leave at the rate,
// 60 / rate_per_minute seconds apart from the opening (a small team is done within
// minutes). With a spread over several days, the messages of a window are spaced
// evenly over its (remaining) length, the first one at its opening: message k of n sits at open + k * length / n.
// When that spacing would be tighter than 60 / rate_per_minute seconds, they are
// spaced exactly 60 / rate_per_minute seconds apart from the opening, and the window
// holds only those that fit before it closes. The minimum spacing also holds across
// two windows that touch (a 00:00-24:00 window on consecutive days). When a window is
// two stretches (the October change, see IsInsideWindow), the lengths add up and the
// spacing is measured as if the stretches were joined, which only spreads messages
// further apart in real time.
//
// Result: exactly `count` whole-second instants (an instant is rounded down from its
// exact position), non-decreasing, each inside the window, never more than
// rate_per_minute of them in any 60 consecutive seconds (at high rates several
// messages share a second). Runs in O(count + days covered).
std::vector<core::UnixSeconds> PlanSendTimes(const SendingProfile& p, core::UnixSeconds start,
                                             std::size_t count);

}  // namespace vigie::awareness

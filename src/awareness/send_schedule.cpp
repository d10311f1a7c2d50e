#include "awareness/send_schedule.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <limits>
#include <optional>
#include <utility>

#include "core/french_format.hpp"

namespace vigie::awareness {
namespace {

using core::UnixSeconds;

constexpr long long kDaySeconds = 24LL * 60 * 60;
// How far NextWindowOpen looks: a week, plus a week for a window lost to the gap of
// the spring change, plus the day `t` is on.
constexpr long long kLookAheadDays = 15;
// Positions are counted in ticks of 1 / rate_per_minute second, so the minimum
// spacing of 60 / rate_per_minute seconds is a whole 60 ticks at every rate.
constexpr long long kGapTicks = 60;
constexpr long long kNoTick = std::numeric_limits<long long>::min();

struct Stretch {
  UnixSeconds begin = 0;  // inclusive
  UnixSeconds end = 0;    // exclusive
};

// The instants of one local date inside the window: at most two stretches, in time
// order, not touching (touching stretches are joined).
struct Window {
  std::array<Stretch, 2> parts{};
  int size = 0;
};

long long FloorDiv(long long a, long long b) {
  const long long q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Days since 1970-01-01 of the Paris local date of t.
long long LocalDate(UnixSeconds t) { return FloorDiv(t + core::ParisUtcOffset(t), kDaySeconds); }

// Index into SendingProfile::days (Monday = 0); 1970-01-01 was a Thursday.
std::size_t Weekday(long long date) { return static_cast<std::size_t>((date % 7 + 7 + 3) % 7); }

bool IsValid(const SendingProfile& p) {
  const bool any_day = std::any_of(p.days.begin(), p.days.end(), [](bool d) { return d; });
  return any_day && p.window_start >= 0 && p.window_start < p.window_end &&
         p.window_end <= 24 * 60 && p.rate_per_minute >= 1 && p.spread_days >= 1;
}

// The first instant in (a, b] whose offset differs from a's, given that b's does.
UnixSeconds FirstChange(UnixSeconds a, UnixSeconds b) {
  const int before = core::ParisUtcOffset(a);
  while (b - a > 1) {
    const UnixSeconds mid = a + (b - a) / 2;
    if (core::ParisUtcOffset(mid) == before) {
      a = mid;
    } else {
      b = mid;
    }
  }
  return b;
}

// The part of [lo, hi) where Paris is `offset` seconds ahead of UTC. [lo, hi) lasts
// at most a day and offsets change twice a year, so that part is one stretch.
std::optional<Stretch> WhereOffsetIs(UnixSeconds lo, UnixSeconds hi, int offset) {
  const bool at_first = core::ParisUtcOffset(lo) == offset;
  const bool at_last = core::ParisUtcOffset(hi - 1) == offset;
  if (at_first && at_last) return Stretch{lo, hi};
  if (!at_first && !at_last) return std::nullopt;
  const UnixSeconds change = FirstChange(lo, hi - 1);
  return at_first ? Stretch{lo, change} : Stretch{change, hi};
}

// The window of a local date: for each possible offset, the instants that would show
// the window's minutes at that offset, kept where Paris really is at that offset.
Window WindowOf(const SendingProfile& p, long long date) {
  Window w;
  if (!p.days[Weekday(date)]) return w;
  for (const int offset : {3600, 7200}) {
    const UnixSeconds lo = date * kDaySeconds + p.window_start * 60LL - offset;
    const UnixSeconds hi = date * kDaySeconds + p.window_end * 60LL - offset;
    if (const auto part = WhereOffsetIs(lo, hi, offset)) {
      w.parts[static_cast<std::size_t>(w.size++)] = *part;
    }
  }
  if (w.size == 2) {
    if (w.parts[1].begin < w.parts[0].begin) std::swap(w.parts[0], w.parts[1]);
    if (w.parts[0].end == w.parts[1].begin) {
      w.parts[0].end = w.parts[1].end;
      w.size = 1;
    }
  }
  return w;
}

// Drops what lies before `from` (the first window counts from there only).
void ClipFrom(Window& w, UnixSeconds from) {
  Window kept;
  for (int i = 0; i < w.size; ++i) {
    Stretch s = w.parts[static_cast<std::size_t>(i)];
    if (s.end <= from) continue;
    s.begin = std::max(s.begin, from);
    kept.parts[static_cast<std::size_t>(kept.size++)] = s;
  }
  w = kept;
}

// Places up to `quota` messages in `w` (see the header), appending their instants to
// `out`; `last_tick` is the exact position of the previous message (kNoTick for none)
// and is updated. Returns how many were placed.
std::size_t FillWindow(const Window& w, std::size_t quota, long long rate, bool spread, long long& last_tick,
                       std::vector<UnixSeconds>& out) {
  // Virtual ticks: the stretches joined end to end, from the window's opening.
  const long long first_len = (w.parts[0].end - w.parts[0].begin) * rate;
  const long long total =
      first_len + (w.size == 2 ? (w.parts[1].end - w.parts[1].begin) * rate : 0);
  const long long open_tick = w.parts[0].begin * rate;
  // Joined ticks never lie further apart than real ones, so keeping the first message
  // kGapTicks after the previous one in joined ticks keeps it so in real time.
  const long long from =
      last_tick == kNoTick ? 0 : std::max(0LL, last_tick + kGapTicks - open_tick);
  if (from >= total || quota == 0) return 0;
  const long long room = total - from;
  const long long capacity = (room + kGapTicks - 1) / kGapTicks;  // k such that from + 60k < total
  const long long n = std::min(static_cast<long long>(quota), capacity);  // quota <= count fits
  const bool even = spread && room >= kGapTicks * n;  // even spacing is no tighter than the rate allows
  for (long long k = 0; k < n; ++k) {
    const long long v = from + (even ? k * room / n : k * kGapTicks);
    const long long tick =
        v < first_len ? open_tick + v : w.parts[1].begin * rate + (v - first_len);
    out.push_back(FloorDiv(tick, rate));
    last_tick = tick;
  }
  return static_cast<std::size_t>(n);
}

}  // namespace

bool IsInsideWindow(const SendingProfile& p, UnixSeconds t) {
  const UnixSeconds local = t + core::ParisUtcOffset(t);
  const long long date = FloorDiv(local, kDaySeconds);
  const long long minute = (local - date * kDaySeconds) / 60;
  return p.days[Weekday(date)] && p.window_start <= minute && minute < p.window_end;
}

UnixSeconds NextWindowOpen(const SendingProfile& p, UnixSeconds t) {
  if (!IsValid(p)) {
    assert(false && "NextWindowOpen needs a profile checked by ParseSendingProfile");
    return t;
  }
  if (IsInsideWindow(p, t)) return t;
  // Local dates never go backwards as time passes, so no window before t's date
  // reaches t.
  const long long today = LocalDate(t);
  for (long long date = today; date <= today + kLookAheadDays; ++date) {
    const Window w = WindowOf(p, date);
    for (int i = 0; i < w.size; ++i) {
      const Stretch& s = w.parts[static_cast<std::size_t>(i)];
      if (s.end > t) return std::max(s.begin, t);
    }
  }
  assert(false && "a valid profile has a window within kLookAheadDays");
  return t;
}

std::vector<UnixSeconds> PlanSendTimes(const SendingProfile& p, UnixSeconds start,
                                       std::size_t count) {
  std::vector<UnixSeconds> out;
  if (count == 0) return out;
  if (!IsValid(p)) {
    assert(false && "PlanSendTimes needs a profile checked by ParseSendingProfile");
    return out;
  }
  out.reserve(count);
  const UnixSeconds first = NextWindowOpen(p, start);
  const auto spread = static_cast<std::size_t>(p.spread_days);
  const std::size_t base_share = count / spread;
  const std::size_t longer_shares = count % spread;  // these first windows take one more
  const long long rate = p.rate_per_minute;
  long long last_tick = kNoTick;
  std::size_t carried = 0;  // messages earlier windows could not hold
  std::size_t window_index = 0;
  // Every valid profile has a non-empty window at least once every 14 days, so this
  // ends; each date costs a few offset look-ups.
  for (long long date = LocalDate(first); out.size() < count; ++date) {
    Window w = WindowOf(p, date);
    ClipFrom(w, first);
    if (w.size == 0) continue;
    std::size_t quota = carried;
    if (window_index < spread) quota += base_share + (window_index < longer_shares ? 1 : 0);
    ++window_index;
    carried = quota - FillWindow(w, quota, rate, p.spread_days > 1, last_tick, out);
  }
  return out;
}

}  // namespace vigie::awareness

#include "core/french_format.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace vigie::core {
namespace {

using std::chrono::days;
using std::chrono::duration_cast;
using std::chrono::floor;
using std::chrono::seconds;
using std::chrono::sys_days;
using std::chrono::sys_seconds;
using std::chrono::weekday;
using std::chrono::year_month_day;

constexpr const char* kNarrowNbsp = "\u202F";
constexpr const char* kNbsp = "\u00A0";

UnixSeconds LastSundayAt1Utc(int year, unsigned month) {
  const sys_days last_day{std::chrono::year{year} / std::chrono::month{month} / std::chrono::last};
  const weekday wd{last_day};
  const sys_days sunday = last_day - (wd - std::chrono::Sunday);
  return duration_cast<seconds>(sunday.time_since_epoch()).count() + 3600;
}

struct CivilTime {
  int year;
  unsigned month, day, hour, minute, second;
};

CivilTime ToParisCivil(UnixSeconds t) {
  const UnixSeconds local = t + ParisUtcOffset(t);
  const sys_days day{floor<days>(seconds{local})};
  const year_month_day ymd{day};
  const auto rest = local - duration_cast<seconds>(day.time_since_epoch()).count();
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day()), static_cast<unsigned>(rest / 3600),
          static_cast<unsigned>(rest % 3600 / 60), static_cast<unsigned>(rest % 60)};
}

}  // namespace

int ParisUtcOffset(UnixSeconds t) {
  const year_month_day ymd{floor<days>(sys_seconds{seconds{t}})};
  const int y = static_cast<int>(ymd.year());
  const bool summer = t >= LastSundayAt1Utc(y, 3) && t < LastSundayAt1Utc(y, 10);
  return summer ? 7200 : 3600;
}

std::string FormatDate(UnixSeconds t) {
  const CivilTime c = ToParisCivil(t);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", c.day, c.month, c.year);
  return buf;
}

std::string FormatTime(UnixSeconds t) {
  const CivilTime c = ToParisCivil(t);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%u h %02u", c.hour, c.minute);
  return buf;
}

std::string FormatIsoDateParis(UnixSeconds t) {
  const CivilTime c = ToParisCivil(t);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
  return buf;
}

std::optional<UnixSeconds> ParseParisLocalDateTime(std::string_view text) {
  // YYYY-MM-DDTHH:MM[:SS]
  if (text.size() != 16 && text.size() != 19) return std::nullopt;
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  if (!digits(0, 4, y) || text[4] != '-' || !digits(5, 2, mo) || text[7] != '-' || !digits(8, 2, d) ||
      (text[10] != 'T' && text[10] != ' ') || !digits(11, 2, h) || text[13] != ':' || !digits(14, 2, mi)) {
    return std::nullopt;
  }
  if (text.size() == 19 && (text[16] != ':' || !digits(17, 2, se))) return std::nullopt;
  const year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                          std::chrono::day{static_cast<unsigned>(d)}};
  if (y < 1970 || y > 9999 || !ymd.ok() || h > 23 || mi > 59 || se > 59) return std::nullopt;
  const UnixSeconds local = sys_days{ymd}.time_since_epoch().count() * 86400LL + h * 3600LL + mi * 60LL + se;
  // Try the summer offset first: right unless that instant is in winter time.
  const UnixSeconds summer = local - 7200;
  if (ParisUtcOffset(summer) == 7200) return summer;
  return local - 3600;
}

std::string FormatParisLocalDateTime(UnixSeconds t) {
  const CivilTime c = ToParisCivil(t);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02u:%02u", c.year, c.month, c.day, c.hour, c.minute);
  return buf;
}

std::string FormatDateTime(UnixSeconds t) { return FormatDate(t) + " à " + FormatTime(t); }

std::string FormatIsoUtc(UnixSeconds t) {
  const sys_days day{floor<days>(seconds{t})};
  const year_month_day ymd{day};
  const auto rest = t - duration_cast<seconds>(day.time_since_epoch()).count();
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lldZ",
                static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<long long>(rest / 3600),
                static_cast<long long>(rest % 3600 / 60), static_cast<long long>(rest % 60));
  return buf;
}

std::string FormatInteger(std::int64_t n) {
  const bool negative = n < 0;
  std::string digits = std::to_string(negative ? -n : n);
  std::string out;
  const std::size_t len = digits.size();
  for (std::size_t i = 0; i < len; ++i) {
    if (i > 0 && (len - i) % 3 == 0) out += kNarrowNbsp;
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

std::string FormatPercent(double ratio) {
  return FormatInteger(static_cast<std::int64_t>(std::lround(ratio * 100.0))) + kNbsp + "%";
}

}  // namespace vigie::core

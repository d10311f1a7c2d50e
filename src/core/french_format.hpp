#pragma once
// French display formats (docs: design/ui.md): dates 29/11/2026, times 14 h 05,
// numbers 12 345,6 with a narrow no-break space, percentages "45 %" with a no-break
// space. Times are shown in Europe/Paris whatever the server's time zone.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"

namespace vigie::core {

// Offset of Europe/Paris from UTC at instant t, in seconds (3600 or 7200). EU rule:
// summer time from the last Sunday of March 01:00 UTC to the last Sunday of October
// 01:00 UTC.
int ParisUtcOffset(UnixSeconds t);

std::string FormatDate(UnixSeconds t);       // "29/11/2026"
std::string FormatTime(UnixSeconds t);       // "14 h 05"
std::string FormatDateTime(UnixSeconds t);   // "29/11/2026 à 14 h 05"
std::string FormatIsoUtc(UnixSeconds t);     // "2026-11-29T13:05:00Z" (API, CSV)
std::string FormatIsoDateParis(UnixSeconds t);
// "2026-12-01T09:30" (an HTML datetime-local value, seconds optional) read as Paris
// local time; nullopt when malformed or out of range. In the autumn's repeated hour the
// first (summer) instant is taken; in the spring's missing hour, the instant one hour later.
std::optional<UnixSeconds> ParseParisLocalDateTime(std::string_view text);
// The inverse, for a form's value: "2026-12-01T09:30".
std::string FormatParisLocalDateTime(UnixSeconds t);  // "2026-11-29", the Paris day (file names)
std::string FormatInteger(std::int64_t n);   // "12 345" (U+202F between groups)
std::string FormatPercent(double ratio);     // 0.45 -> "45 %" (U+00A0 before %)

}  // namespace vigie::core
